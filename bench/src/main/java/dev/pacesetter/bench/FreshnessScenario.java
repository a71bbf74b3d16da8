package dev.pacesetter.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Event to visible rank: one rep who nobody else logs for posts a call (a single-item
 * {@code POST /v1/activities}) and reads their own contest standing ({@code GET
 * /v1/contests/{id}/standings?limit=1&around=0}, the {@code me} block) every 2 ms until the score
 * shows it. The figure is the time from sending the activity to the first read that shows it: what a
 * rep watching the app (or a TV board) waits for. Measured on an idle server and again while
 * {@code background} senders post 1000-item batches for the other reps (whose calls move the same
 * contest), so the projector has a queue to work through.
 */
final class FreshnessScenario {
    private static final Pattern ME_SCORE = Pattern.compile("\"me\"\\s*:\\s*\\{[^}]*\"score\"\\s*:\\s*\"([0-9.]+)\"");
    private static final Duration GIVE_UP = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI post;
    private final URI read;
    private final String integrationToken;
    private final String repToken;
    private final long rep;
    private final String runId = Long.toString(System.currentTimeMillis(), 36);
    private int sent;

    FreshnessScenario(String baseUrl, String integrationToken, String repToken, long rep, long contest) {
        this.post = URI.create(baseUrl + "/v1/activities");
        this.read = URI.create(baseUrl + "/v1/contests/" + contest + "/standings?limit=1&around=0");
        this.integrationToken = integrationToken;
        this.repToken = repToken;
        this.rep = rep;
    }

    /** {@code samples} measurements, one after the other, each waiting for the one before to show. */
    Latencies measure(int samples) throws IOException, InterruptedException {
        Latencies out = new Latencies();
        for (int n = 0; n < samples; n++) {
            BigDecimal before = score();
            long started = System.nanoTime();
            HttpResponse<String> posted = http.send(activity(sent++), HttpResponse.BodyHandlers.ofString());
            if (posted.statusCode() != 201 && posted.statusCode() != 200) {
                throw new IllegalStateException("activity not accepted: " + posted.statusCode() + " " + posted.body());
            }
            long deadline = started + GIVE_UP.toNanos();
            while (score().compareTo(before) <= 0) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the call never showed in the standings within " + GIVE_UP);
                }
                Thread.sleep(2);
            }
            out.record(System.nanoTime() - started);
        }
        return out;
    }

    private HttpRequest activity(int n) {
        String body = "{\"source\":\"bench-fresh\",\"externalId\":\"" + runId + "-" + n + "\",\"type\":\"CALL_LOGGED\","
                + "\"userId\":" + rep + ",\"occurredAt\":\"" + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\"}";
        return HttpRequest.newBuilder(post).header("Authorization", "Bearer " + integrationToken)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private BigDecimal score() throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(read).header("Authorization", "Bearer " + repToken)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("standings read failed: " + r.statusCode() + " " + r.body());
        }
        Matcher m = ME_SCORE.matcher(r.body());
        return m.find() ? new BigDecimal(m.group(1)) : BigDecimal.ZERO;
    }

    /**
     * FRESH OUT URL KEYS ORG INTEGRATION REP CONTEST SAMPLES FIRST_USER USERS BACKGROUND_SENDERS: the
     * idle figure, then the figure under background batch ingest.
     */
    static void run(String[] a) throws Exception {
        Path out = Path.of(a[0]);
        Tokens tokens = Tokens.load(Path.of(a[2]));
        long org = Long.parseLong(a[3]);
        String integration = tokens.sign(org, Long.parseLong(a[4]), "INTEGRATION");
        long rep = Long.parseLong(a[5]);
        FreshnessScenario fresh = new FreshnessScenario(a[1], integration, tokens.sign(org, rep, "REP"), rep,
                Long.parseLong(a[6]));
        int samples = Integer.parseInt(a[7]);
        fresh.measure(5); // warm-up
        latencies(out, "fresh.idle", fresh.measure(samples));

        int senders = Integer.parseInt(a[10]);
        Results.put(out, "fresh", "senders", senders);
        IngestScenario batches = new IngestScenario(a[1], integration, Long.parseLong(a[8]), Integer.parseInt(a[9]), 1000);
        AtomicBoolean stop = new AtomicBoolean();
        Thread[] background = new Thread[senders];
        for (int s = 0; s < senders; s++) {
            int sender = s;
            background[s] = Thread.ofPlatform().daemon().start(() -> {
                HttpClient client = HttpClient.newHttpClient();
                for (int n = sender; !stop.get(); n += senders) {
                    try {
                        client.send(batches.request(n), HttpResponse.BodyHandlers.discarding());
                    } catch (IOException | InterruptedException e) {
                        return;
                    }
                }
            });
        }
        try {
            Thread.sleep(2000); // let the projector fall into its working rhythm
            latencies(out, "fresh.loaded", fresh.measure(samples));
        } finally {
            stop.set(true);
            for (Thread t : background) {
                t.join(60_000);
            }
        }
    }

    private static void latencies(Path out, String name, Latencies samples) throws IOException {
        Latencies l = Latencies.merge(java.util.List.of(samples)); // sorted, for the percentiles
        Results.put(out, name, "samples", l.count());
        Results.put(out, name, "p50", l.millis(0.50));
        Results.put(out, name, "p95", l.millis(0.95));
        Results.put(out, name, "p99", l.millis(0.99));
        Results.put(out, name, "max", l.millis(1.0));
    }
}
