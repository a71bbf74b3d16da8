package dev.pacesetter.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The deal estimator: {@code POST /v1/compensation/estimate} as one rep with {@code deals} won deals
 * in the running month, on a monthly plan with a marginal rate table and an accelerator, a gate, a
 * cap, a milestone bonus and a per-unit payment. Every estimate runs the statement engine twice over
 * the month's ledger entries (as it stands, and with the hypothetical deal), so its cost grows with
 * the deals in the period. {@link #prepare} creates the plan, the assignment, the quota and the deals
 * through the API (organisation time zone UTC).
 */
final class EstimateScenario {
    private final String baseUrl;
    private final String repToken;
    private final long repId;
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    EstimateScenario(String baseUrl, String repToken, long repId) {
        this.baseUrl = baseUrl;
        this.repToken = repToken;
        this.repId = repId;
    }

    /** Plan, assignment, quota and {@code deals} deals spread over the month so far (batches of 500). */
    static void prepare(String baseUrl, String adminToken, String integrationToken, long repId, int deals)
            throws IOException, InterruptedException {
        YearMonth month = YearMonth.now(ZoneOffset.UTC);
        post(baseUrl + "/v1/compensation/plans", adminToken, """
                {"planKey":"bench-ae","name":"Bench AE","periodKind":"MONTH","effectiveFrom":"%s","components":[
                 {"id":"commission","kind":"RATE_TABLE","mode":"MARGINAL","tiers":[
                   {"fromPercent":"0","toPercent":"100","ratePercent":"8"},{"fromPercent":"100","ratePercent":"12"}],
                  "gate":{"minAttainmentPercent":"50"},"cap":{"targetMultiple":"3"}},
                 {"id":"club","kind":"MILESTONE","atAttainmentPercent":"100","bonus":"1000.00"},
                 {"id":"meetings","kind":"PER_UNIT","filter":{"types":["MEETING_BOOKED"]},"perUnit":"50.00"}]}
                """.formatted(month.atDay(1)), 201, "POST");
        post(baseUrl + "/v1/compensation/assignments", adminToken, """
                {"userId":%d,"planKey":"bench-ae","version":1,"from":"%s"}""".formatted(repId, month.atDay(1)), 201, "POST");
        post(baseUrl + "/v1/compensation/quotas/" + repId + "/" + month, adminToken, """
                {"amount":"10000000.00","targetIncentive":"100000.00","currency":"USD"}""", 200, "PUT");
        Instant from = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        long span = Math.max(1, Duration.between(from, Instant.now().minus(1, ChronoUnit.HOURS)).getSeconds());
        String run = Long.toString(System.currentTimeMillis(), 36);
        for (int first = 0; first < deals; first += 500) {
            StringBuilder body = new StringBuilder("{\"activities\":[");
            for (int i = first; i < Math.min(deals, first + 500); i++) {
                if (i > first) {
                    body.append(',');
                }
                Instant at = from.plusSeconds(span * i / deals).truncatedTo(ChronoUnit.SECONDS);
                body.append("{\"source\":\"bench-est\",\"externalId\":\"").append(run).append('-').append(i)
                        .append("\",\"type\":\"DEAL_WON\",\"userId\":").append(repId).append(",\"occurredAt\":\"")
                        .append(at).append("\",\"amount\":\"").append(5000 + (i * 37) % 20000)
                        .append(".25\",\"currency\":\"USD\",\"product\":\"Platform\"}");
            }
            post(baseUrl + "/v1/activities/batch", integrationToken, body.append("]}").toString(), 200, "POST");
        }
    }

    HttpRequest request(int n) {
        String body = "{\"userId\":" + repId + ",\"amount\":\"" + (20000 + n % 1000) + ".00\",\"currency\":\"USD\","
                + "\"product\":\"Platform\",\"closeDate\":\"" + today + "\"}";
        return HttpRequest.newBuilder(URI.create(baseUrl + "/v1/compensation/estimate"))
                .header("Authorization", "Bearer " + repToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static boolean estimated(HttpResponse<String> response) {
        return response.statusCode() == 200 && response.body().contains("\"deltaEarnings\"");
    }

    private static void post(String url, String token, String body, int expected, String method)
            throws IOException, InterruptedException {
        HttpResponse<String> response = Load.CLIENT.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(120)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": "
                    + response.body());
        }
    }
}
