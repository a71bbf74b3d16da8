package dev.pacesetter.live.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pacesetter.api.model.NewTeam;
import dev.pacesetter.api.model.NewUser;
import dev.pacesetter.api.model.SalesRole;
import dev.pacesetter.client.model.Contest;
import dev.pacesetter.client.model.ContestAudience;
import dev.pacesetter.client.model.ContestKind;
import dev.pacesetter.client.model.NewContest;
import dev.pacesetter.client.model.ScreenToken;
import dev.pacesetter.identity.IdentityAdmin;
import dev.pacesetter.identity.TeamView;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.testing.TestOrg;
import dev.pacesetter.testing.TestServer;
import jakarta.enterprise.inject.spi.CDI;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The TV board in a real browser: headless Chromium opens the page with a screen token, the page
 * draws the standings from the stream, and when activity changes the leader the same page redraws
 * without a reload. The final screenshot is kept as {@code target/tv/tv-board.png} for a person to
 * look at. Without Chromium this fails under CI=true and is skipped loudly otherwise.
 */
class TvBoardIT {
    private static final Path OUT = Path.of("target", "tv");
    /** Every wait on the page is bounded; the leader changes within a second or two in practice. */
    private static final long WAIT_NANOS = 30_000_000_000L;
    private static final String ROWS = "JSON.stringify(Array.from(document.querySelectorAll('#rows li')).map(li => "
            + "[li.querySelector('.rank').textContent, li.querySelector('.name').textContent, "
            + "li.querySelector('.score').textContent]))";

    @BeforeAll
    static void needChromium() {
        if (!Chromium.installed()) {
            String why = "Chromium is not installed (" + Chromium.BINARY + "): the TV board test cannot run. "
                    + "Install Debian's 'chromium' package (./pacesetter test does so when it can).";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why);
            }
            System.err.println("\n*** SKIPPED: " + why + " ***\n");
            Assumptions.abort(why);
        }
    }

    @Test
    void theBoardShowsTheStandingsAndFollowsANewLeader() throws Exception {
        TestOrg org = TestOrg.create(3);
        Contest race = Screens.liveCallRace(org, "Friday call blitz");
        Screens.calls(org, org.reps.get(0), 3);
        Screens.calls(org, org.reps.get(1), 1);
        Screens.caughtUp(race.getId());
        ScreenToken token = Screens.token(org, org.manager, race.getId());
        Files.createDirectories(OUT);

        try (Chromium chromium = Chromium.launch(OUT)) {
            String page = chromium.open(TestServer.get().baseUri() + token.getTvUrl());
            String first = awaitRows(chromium, page, "[\"1\",\"Rep0\",\"3\"]");
            assertTrue(first.contains("[\"2\",\"Rep1\",\"1\"]"), first);
            assertEquals("Friday call blitz", text(chromium, page, "name"));
            assertEquals("LIVE", text(chromium, page, "status"));
            assertEquals("Live", text(chromium, page, "link"));
            assertTrue(chromium.eval(page, "document.getElementById('teams').offsetParent === null").asBoolean(),
                    "a contest of individuals shows no team panel");
            assertTrue(text(chromium, page, "clock").matches("0\\d:\\d\\d:\\d\\d"), text(chromium, page, "clock"));

            Screens.calls(org, org.reps.get(1), 4);
            String after = awaitRows(chromium, page, "[\"1\",\"Rep1\",\"5\"]");
            assertTrue(after.contains("[\"2\",\"Rep0\",\"3\"]"), after);
            awaitNoAnimations(chromium, page);

            byte[] png = chromium.screenshot(page);
            Files.write(OUT.resolve("tv-board.png"), png);
            assertReadableImage(png);
        }
    }

    @Test
    void aTeamBattleShowsTheTeamStandingsBesideThePeople() throws Exception {
        TestOrg org = TestOrg.create(3);
        IdentityAdmin admin = CDI.current().select(IdentityAdmin.class).get();
        TeamView closers = admin.createTeam(org.org.id(), new NewTeam().name("Closers"));
        UserView rival = admin.createUser(org.org.id(), new NewUser().email("rival@example.com").displayName("Rival")
                .roles(List.of(dev.pacesetter.api.model.Role.REP)).salesRole(SalesRole.AE).teamId(closers.id())
                .timeZone("America/New_York").locale("en-US"));
        NewContest battle = Screens.callRace(org, "Team call battle").kind(ContestKind.TEAM_BATTLE)
                .audience(new ContestAudience().teamIds(List.of(org.team.id(), closers.id())));
        Contest contest = Screens.live(org, org.admin, battle);
        Screens.calls(org, org.reps.get(2), 2);
        Screens.calls(org, rival, 5);
        Screens.caughtUp(contest.getId());
        ScreenToken token = Screens.token(org, org.admin, contest.getId());
        Files.createDirectories(OUT);

        try (Chromium chromium = Chromium.launch(OUT)) {
            String page = chromium.open(TestServer.get().baseUri() + token.getTvUrl());
            awaitRows(chromium, page, "[\"1\",\"Rival\",\"5\"]");
            String teams = chromium.eval(page, ROWS.replace("#rows", "#team-rows")).asText();
            assertTrue(teams.startsWith("[[\"1\",\"Closers\",\"5\"],[\"2\",\"Team "), teams);
            assertTrue(chromium.eval(page, "document.getElementById('teams').offsetParent !== null").asBoolean());
            awaitNoAnimations(chromium, page);
            byte[] png = chromium.screenshot(page);
            Files.write(OUT.resolve("tv-team-battle.png"), png);
            assertReadableImage(png);
        }
    }

    @Test
    void thePageIsStaticWithStrictHeadersAndTheTokenStaysOutOfIt() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(TestServer.get().baseUri() + "/tv/contests/12345")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElse(""));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(page.body().contains("/tv/assets/board.js"));
        HttpResponse<String> notAContest = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(TestServer.get().baseUri() + "/tv/contests/x%3Cscript%3E")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, notAContest.statusCode());
    }

    private static String awaitRows(Chromium chromium, String page, String leaderRow) throws Exception {
        long deadline = System.nanoTime() + WAIT_NANOS;
        String rows = "";
        while (System.nanoTime() < deadline) {
            JsonNode value = chromium.eval(page, "document.readyState === 'complete' ? " + ROWS + " : '[]'");
            rows = value.asText();
            if (rows.startsWith("[" + leaderRow)) {
                return rows;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the board never showed " + leaderRow + " first; it showed " + rows
                + " (link: " + text(chromium, page, "link") + ")");
    }

    private static void awaitNoAnimations(Chromium chromium, String page) throws Exception {
        long deadline = System.nanoTime() + WAIT_NANOS;
        while (System.nanoTime() < deadline && chromium.eval(page, "document.getAnimations().length").asInt() > 0) {
            Thread.sleep(100);
        }
    }

    private static String text(Chromium chromium, String page, String id) throws Exception {
        return chromium.eval(page, "document.getElementById('" + id + "').textContent").asText();
    }

    /** 1920×1080, not blank: many colours and real contrast between text and background. */
    private static void assertReadableImage(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(1920, image.getWidth());
        assertEquals(1080, image.getHeight());
        Set<Integer> colours = new HashSet<>();
        double sum = 0;
        double squares = 0;
        int n = 0;
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                double luma = 0.2126 * (rgb >> 16) + 0.7152 * ((rgb >> 8) & 0xFF) + 0.0722 * (rgb & 0xFF);
                sum += luma;
                squares += luma * luma;
                n++;
            }
        }
        double mean = sum / n;
        double deviation = Math.sqrt(squares / n - mean * mean);
        assertTrue(colours.size() >= 16, "only " + colours.size() + " colours: the page looks blank");
        assertTrue(deviation > 20, "luminance deviation " + deviation + ": too little contrast to read");
    }
}
