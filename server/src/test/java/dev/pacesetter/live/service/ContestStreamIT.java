package dev.pacesetter.live.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pacesetter.client.api.ContestsApi;
import dev.pacesetter.client.api.LiveApi;
import dev.pacesetter.client.model.Contest;
import dev.pacesetter.client.model.NewScreenToken;
import dev.pacesetter.client.model.ScreenToken;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.testing.Problems;
import dev.pacesetter.testing.TestOrg;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contest stream, black-box: a snapshot first, then a standings event once activity moves the
 * board; screen tokens open exactly one contest's stream and nothing else.
 */
class ContestStreamIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestOrg org;
    private static UserView rep0;
    private static UserView rep1;
    private static Contest race;
    private static Contest other;

    @BeforeAll
    static void setUp() throws Exception {
        org = TestOrg.create(3);
        rep0 = org.reps.get(0);
        rep1 = org.reps.get(1);
        race = Screens.liveCallRace(org, "Stream race");
        other = Screens.liveCallRace(org, "Other race");
        Screens.calls(org, rep0, 2);
        Screens.calls(org, rep1, 1);
        Screens.caughtUp(race.getId());
    }

    @Test
    void aWatcherGetsTheSnapshotThenTheNewLeaderAfterActivity() throws Exception {
        try (SseReader stream = SseReader.open(streamUri(race.getId(), null), org.token(org.manager), null)) {
            assertEquals(200, stream.status);
            assertTrue(stream.contentType.startsWith("text/event-stream"), stream.contentType);
            SseReader.Event snapshot = stream.next(20);
            assertEquals("snapshot", snapshot.name());
            JsonNode board = JSON.readTree(snapshot.data());
            assertEquals("Stream race", board.path("name").asText());
            assertEquals("LIVE", board.path("status").asText());
            assertEquals(rep0.id(), leader(board));
            assertEquals("2", board.path("standings").path("entries").path(0).path("score").asText());
            assertTrue(board.path("standings").path("me").isMissingNode(), "a board has no 'me'");
            assertEquals(snapshot.id(), board.path("checkpoint").asText());

            Screens.calls(org, rep1, 3);
            JsonNode changed = awaitLeader(stream, rep1.id());
            assertEquals("4", changed.path("standings").path("entries").path(0).path("score").asText());
            assertEquals(rep0.id(), changed.path("standings").path("entries").path(1).path("entrantId").asLong());
        }
    }

    @Test
    void aScreenTokenOpensItsContestsStream() throws Exception {
        ScreenToken token = Screens.token(org, org.manager, race.getId());
        assertTrue(token.getTvUrl().startsWith("/tv/contests/" + race.getId() + "#token="), token.getTvUrl());
        try (SseReader stream = SseReader.open(TestOrg.uri(token.getStreamUrl()), null, null)) {
            assertEquals(200, stream.status, stream.body);
            SseReader.Event snapshot = stream.next(20);
            assertEquals("snapshot", snapshot.name());
            assertEquals(race.getId(), JSON.readTree(snapshot.data()).path("contestId").asLong());
        }
    }

    @Test
    void aReconnectWithLastEventIdGetsAFreshSnapshot() throws Exception {
        ScreenToken token = Screens.token(org, org.admin, race.getId());
        try (SseReader stream = SseReader.open(streamUri(race.getId(), token.getToken()), null, "1")) {
            assertEquals(200, stream.status, stream.body);
            SseReader.Event snapshot = stream.next(20);
            assertEquals("snapshot", snapshot.name());
            assertFalse(JSON.readTree(snapshot.data()).path("standings").path("entries").isEmpty());
        }
    }

    @Test
    void withoutATokenTheStreamIsA401Problem() throws Exception {
        try (SseReader stream = SseReader.open(streamUri(race.getId(), null), null, null)) {
            assertProblem(stream, 401);
        }
    }

    @Test
    void aForgedOrTamperedScreenTokenIsA401Problem() throws Exception {
        String good = Screens.token(org, org.manager, race.getId()).getToken();
        String tampered = good.substring(0, good.length() - 2) + (good.endsWith("AA") ? "BB" : "AA");
        for (String bad : new String[] {tampered, "pst1.e30.e30", org.token(org.manager)}) {
            try (SseReader stream = SseReader.open(streamUri(race.getId(), bad), null, null)) {
                assertProblem(stream, 401);
            }
        }
    }

    @Test
    void aScreenTokenForOneContestCannotReadAnother() throws Exception {
        String token = Screens.token(org, org.manager, race.getId()).getToken();
        try (SseReader stream = SseReader.open(streamUri(other.getId(), token), null, null)) {
            assertProblem(stream, 403);
        }
    }

    @Test
    void aScreenTokenIsNoBearerTokenAndOpensNoOtherEndpoint() throws Exception {
        String token = Screens.token(org, org.manager, race.getId()).getToken();
        Problems.expect(401, () -> new ContestsApi(TestOrg.clientWithToken(token)).getContest(race.getId()));
        Problems.expect(401, () -> new ContestsApi(TestOrg.clientWithToken(token))
                .getContestStandings(race.getId(), null, null, null, null));
        HttpResponse<String> standings = HttpClient.newHttpClient().send(HttpRequest.newBuilder(TestOrg.uri(
                "/v1/contests/" + race.getId() + "/standings?token=" + token)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, standings.statusCode(), standings.body());
        try (SseReader stream = SseReader.open(streamUri(race.getId(), token), org.token(rep0), null)) {
            // A bearer token, when sent, is what counts: this rep is in the contest's team, so may watch.
            assertEquals(200, stream.status, stream.body);
        }
    }

    @Test
    void anotherOrganisationsScreenTokenOrBearerSeesNothing() throws Exception {
        TestOrg stranger = TestOrg.create(1);
        Contest theirs = Screens.liveCallRace(stranger, "Their race");
        String theirToken = Screens.token(stranger, stranger.manager, theirs.getId()).getToken();
        try (SseReader stream = SseReader.open(streamUri(race.getId(), theirToken), null, null)) {
            assertProblem(stream, 403);
        }
        try (SseReader stream = SseReader.open(streamUri(race.getId(), null), stranger.token(stranger.admin), null)) {
            assertProblem(stream, 404);
        }
        Problems.expect(404, () -> new LiveApi(stranger.client(stranger.admin))
                .createScreenToken(race.getId(), null, new NewScreenToken()));
    }

    @Test
    void onlyManagersAndAdminsMintScreenTokensForAFewHoursToADay() {
        Problems.expect(403, () -> new LiveApi(org.client(rep0)).createScreenToken(race.getId(), null, null));
        Problems.expect(401, () -> new LiveApi(TestOrg.clientWithToken(null)).createScreenToken(race.getId(), null, null));
        JsonNode problem = Problems.expect(422, () -> new LiveApi(org.client(org.manager))
                .createScreenToken(race.getId(), null, new NewScreenToken().hours(169)));
        assertTrue(Problems.names(problem, "hours", null), problem::toString);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheSameToken() throws Exception {
        LiveApi api = new LiveApi(org.client(org.manager));
        ScreenToken first = api.createScreenToken(race.getId(), "tv-lobby", new NewScreenToken().hours(3));
        ScreenToken again = api.createScreenToken(race.getId(), "tv-lobby", new NewScreenToken().hours(3));
        assertEquals(first.getToken(), again.getToken());
        Problems.expect(409, () -> api.createScreenToken(other.getId(), "tv-lobby", new NewScreenToken().hours(3)));
    }

    @Test
    void theScreenTokenNeverReachesTheRequestLog() throws Exception {
        String token = Screens.token(org, org.manager, race.getId()).getToken();
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(String.valueOf(record.getMessage()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger requests = Logger.getLogger("dev.pacesetter.requests");
        requests.addHandler(capture);
        try (SseReader stream = SseReader.open(streamUri(race.getId(), token), null, null)) {
            assertEquals("snapshot", stream.next(20).name());
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (lines.stream().noneMatch(l -> l.contains("/stream 200")) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        } finally {
            requests.removeHandler(capture);
        }
        assertTrue(lines.stream().anyMatch(l -> l.contains("GET /v1/contests/" + race.getId() + "/stream 200")),
                lines::toString);
        assertTrue(lines.stream().noneMatch(l -> l.contains(token) || l.contains("token=")), lines::toString);
    }

    @Test
    void theTopParameterIsBounded() throws Exception {
        try (SseReader stream = SseReader.open(URI.create(streamUri(race.getId(), null) + "?top=51"),
                org.token(org.manager), null)) {
            assertProblem(stream, 400);
        }
    }

    /** Reads events until the board's leader is {@code userId}; earlier boards may predate the activity. */
    private static JsonNode awaitLeader(SseReader stream, long userId) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            SseReader.Event e = stream.next(30);
            assertEquals("standings", e.name());
            JsonNode board = JSON.readTree(e.data());
            if (leader(board) == userId) {
                return board;
            }
        }
        throw new AssertionError("the leader never became " + userId);
    }

    private static long leader(JsonNode board) {
        return board.path("standings").path("entries").path(0).path("entrantId").asLong();
    }

    private static void assertProblem(SseReader stream, int status) throws Exception {
        assertEquals(status, stream.status, stream.body);
        assertTrue(stream.contentType.startsWith("application/problem+json"), stream.contentType);
        assertEquals(status, JSON.readTree(stream.body).path("status").asInt(), stream.body);
    }

    private static URI streamUri(long contestId, String token) {
        return TestOrg.uri("/v1/contests/" + contestId + "/stream"
                + (token == null ? "" : "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)));
    }
}
