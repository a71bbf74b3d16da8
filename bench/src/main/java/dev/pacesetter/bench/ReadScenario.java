package dev.pacesetter.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Random;

/**
 * Leaderboard reads on the seeded board, each as a different ranked rep (so "me" and "around me"
 * land anywhere in the million): {@code top} = the first page of 20, {@code me} = the caller's own
 * standing with a one-entry page, {@code around} = the caller and five either side.
 */
final class ReadScenario {
    enum Kind {
        TOP("limit=20&around=0"), ME("limit=1&around=0"), AROUND("limit=1&around=5");

        final String query;

        Kind(String query) {
            this.query = query;
        }
    }

    private final URI uri;
    private final String[] tokens;

    ReadScenario(String baseUrl, Kind kind, String metric, Tokens signer, long orgId, long firstUser, int members,
                 int distinctCallers) {
        this(URI.create(baseUrl + "/v1/leaderboards/" + metric + "?period=MONTH&" + kind.query), signer, orgId,
                firstUser, members, distinctCallers);
    }

    /** The same reads of a contest's standings ({@code GET /v1/contests/ID/standings}). */
    static ReadScenario contest(String baseUrl, Kind kind, long contestId, Tokens signer, long orgId, long firstUser,
                                int members, int distinctCallers) {
        return new ReadScenario(URI.create(baseUrl + "/v1/contests/" + contestId + "/standings?" + kind.query), signer,
                orgId, firstUser, members, distinctCallers);
    }

    private ReadScenario(URI uri, Tokens signer, long orgId, long firstUser, int members, int distinctCallers) {
        this.uri = uri;
        Random random = new Random(42);
        this.tokens = new String[distinctCallers];
        for (int i = 0; i < distinctCallers; i++) {
            tokens[i] = signer.sign(orgId, firstUser + random.nextInt(members), "REP");
        }
    }

    HttpRequest request(int n) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + tokens[Math.floorMod(n, tokens.length)])
                .GET().build();
    }

    static boolean ranked(java.net.http.HttpResponse<String> response) {
        return response.statusCode() == 200 && response.body().contains("\"ranked\":true");
    }

    /** A contest standings answer that found the caller among the entrants. */
    static boolean entered(java.net.http.HttpResponse<String> response) {
        return response.statusCode() == 200 && response.body().contains("\"entered\":true");
    }
}
