package dev.pacesetter.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Batch ingest: each sender posts batches of {@code batchSize} new activities (one in ten a won
 * deal with an amount, the rest calls) for reps {@code firstUser .. firstUser+users-1}, back to
 * back. Every item is new (the run id keeps external ids unique across runs), so each batch
 * writes {@code batchSize} ledger rows; a response that did not create them all counts as a failure.
 * By default it asks for {@code Prefer: return=minimal}, as a CRM sync would (it needs the ids, not the
 * activities echoed back); the {@code full} variant takes the whole answer.
 */
final class IngestScenario {
    private final URI uri;
    private final String token;
    private final long firstUser;
    private final int users;
    private final int batchSize;
    private final String runId = Long.toString(System.currentTimeMillis(), 36);
    private final String occurredAt = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();

    private final boolean minimal;

    IngestScenario(String baseUrl, String token, long firstUser, int users, int batchSize) {
        this(baseUrl, token, firstUser, users, batchSize, true);
    }

    /** {@code minimal}: ask for {@code Prefer: return=minimal} (ids and positions, not the stored activities). */
    IngestScenario(String baseUrl, String token, long firstUser, int users, int batchSize, boolean minimal) {
        this.minimal = minimal;
        this.uri = URI.create(baseUrl + "/v1/activities/batch");
        this.token = token;
        this.firstUser = firstUser;
        this.users = users;
        this.batchSize = batchSize;
    }

    HttpRequest request(int n) {
        StringBuilder body = new StringBuilder(batchSize * 170).append("{\"activities\":[");
        for (int i = 0; i < batchSize; i++) {
            if (i > 0) {
                body.append(',');
            }
            long user = firstUser + Math.floorMod((long) n * 7919 + i, users);
            body.append("{\"source\":\"bench\",\"externalId\":\"").append(runId).append('-').append(n).append('-')
                    .append(i).append("\",\"userId\":").append(user).append(",\"occurredAt\":\"")
                    .append(occurredAt).append('"');
            if (i % 10 == 0) {
                body.append(",\"type\":\"DEAL_WON\",\"amount\":\"").append(1000 + i).append(".50\",\"currency\":\"USD\"}");
            } else {
                body.append(",\"type\":\"CALL_LOGGED\"}");
            }
        }
        body.append("]}");
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json");
        if (minimal) {
            request.header("Prefer", "return=minimal");
        }
        return request.POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    }

    boolean created(java.net.http.HttpResponse<String> response) {
        return response.statusCode() == 200 && response.body().contains("\"created\":" + batchSize + ",")
                || response.statusCode() == 200 && response.body().contains("\"created\":" + batchSize + "}");
    }
}
