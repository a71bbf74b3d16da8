package dev.pacesetter.leaderboards;

/**
 * Redis key and member layout. Every key of an organisation carries the hash tag {@code {o:ID}},
 * so the organisation's keys live in one Redis Cluster slot and one Lua call may touch them all.
 */
final class LeaderboardKeys {

    private LeaderboardKeys() {
    }

    static String tag(long orgId) {
        return "{o:" + orgId + "}";
    }

    static String board(long orgId, String metric, Period.Window window) {
        return tag(orgId) + ":lb:" + metric + ":" + window.id();
    }

    /** The ledger position the projection has applied. */
    static String position(long orgId) {
        return tag(orgId) + ":lb:pos";
    }

    /** Every board key the projection created, so a reset can remove exactly them. */
    static String registry(long orgId) {
        return tag(orgId) + ":lb:keys";
    }

    /**
     * Members are {@code Long.MAX_VALUE - userId}, zero-padded to 19 digits: Redis lists equal
     * scores in reverse lexicographic order, and this makes that ascending user id.
     */
    static String member(long userId) {
        return String.format("%019d", Long.MAX_VALUE - userId);
    }

    static long userId(String member) {
        return Long.MAX_VALUE - Long.parseLong(member);
    }
}
