package dev.pacesetter.platform;

import dev.pacesetter.identity.UserView;
import dev.pacesetter.testing.TestOrg;
import dev.pacesetter.testing.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Many distinct callers at once, far more than the database pool has connections: every request
 * must be answered (requests may queue for a connection, but none may wait out the pool's timeout
 * or hang). Reproduces the benchmark's hang, where each request of a first-time caller held one
 * pooled connection for its authentication check while asking for another, until all were held.
 *
 * <p>Not a latency test: the bounds are minutes, there only so that a hang fails instead of
 * stalling the build.
 */
class ConcurrentLoadIT {
    /** Several times the default pool (16), like the benchmark's open-loop readers. */
    private static final int CALLERS = 160;
    private static TestOrg org;

    @BeforeAll
    static void setUp() {
        org = TestOrg.create(CALLERS);
    }

    @Test
    void manyFirstTimeCallersReadingAndRegisteringAreAllAnswered() throws Exception {
        List<HttpRequest> requests = new ArrayList<>();
        for (int i = 0; i < org.reps.size(); i++) {
            UserView rep = org.reps.get(i);
            String token = org.token(rep);
            // A mix of the hot reads and a write that allocates ids (a new device row).
            requests.add(get(token, "/v1/me"));
            requests.add(get(token, "/v1/leaderboards/points?period=MONTH&limit=20"));
            requests.add(HttpRequest.newBuilder(URI.create(TestServer.get().baseUri() + "/v1/me/devices"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(90))
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"token\":\"load-" + org.org.id() + "-" + rep.id() + "\",\"platform\":\"ANDROID\"}"))
                    .build());
        }
        Map<String, Integer> outcomes = new TreeMap<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
             HttpClient http = HttpClient.newBuilder().executor(threads).build()) {
            List<CompletableFuture<String>> answers = new ArrayList<>();
            for (HttpRequest request : requests) {
                answers.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                        .handle((r, e) -> e != null ? "failed: " + e.getClass().getSimpleName()
                                : r.statusCode() + " " + request.method() + " " + request.uri().getPath()));
            }
            try {
                CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(3, TimeUnit.MINUTES);
            } catch (TimeoutException e) {
                fail("the server stopped answering: " + answers.stream().filter(a -> !a.isDone()).count()
                        + " of " + answers.size() + " requests still open after 3 minutes");
            }
            for (CompletableFuture<String> a : answers) {
                outcomes.merge(a.get(), 1, Integer::sum);
            }
        }
        assertEquals(Map.of("200 GET /v1/me", CALLERS, "200 GET /v1/leaderboards/points", CALLERS,
                "200 POST /v1/me/devices", CALLERS), outcomes);
    }

    private static HttpRequest get(String token, String path) {
        return HttpRequest.newBuilder(URI.create(TestServer.get().baseUri() + path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(90)).GET().build();
    }
}
