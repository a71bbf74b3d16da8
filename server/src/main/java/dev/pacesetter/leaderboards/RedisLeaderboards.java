package dev.pacesetter.leaderboards;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.resps.Tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The leaderboards' Redis side: atomic projection steps and ranking reads. */
@ApplicationScoped
class RedisLeaderboards {
    private static final LuaScript APPLY = LuaScript.load("lua/leaderboard-apply.lua");
    private static final LuaScript RESET = LuaScript.load("lua/leaderboard-reset.lua");

    @Inject
    UnifiedJedis redis;

    /** The ledger position applied, or 0 when there is none (never projected, or Redis lost it). */
    long position(long orgId) {
        String value = redis.get(LeaderboardKeys.position(orgId));
        return value == null ? 0L : Long.parseLong(value);
    }

    boolean hasPosition(long orgId) {
        return redis.exists(LeaderboardKeys.position(orgId));
    }

    /** Applies a plan if the checkpoint still reads {@code expected}; false when someone else did. */
    boolean apply(long orgId, long expected, long next, Map<String, Map<String, Long>> plan) {
        List<String> keys = new ArrayList<>(plan.size() + 2);
        keys.add(LeaderboardKeys.position(orgId));
        keys.add(LeaderboardKeys.registry(orgId));
        List<String> args = new ArrayList<>();
        args.add(Long.toString(expected));
        args.add(Long.toString(next));
        plan.forEach((key, increments) -> {
            keys.add(key);
            args.add(Integer.toString(increments.size()));
            increments.forEach((member, delta) -> {
                args.add(member);
                args.add(Long.toString(delta));
            });
        });
        Object applied = APPLY.run(redis, keys, args);
        return applied instanceof Long l && l == 1L;
    }

    /** Removes every board and the checkpoint of an organisation. */
    long reset(long orgId) {
        Object removed = RESET.run(redis, List.of(LeaderboardKeys.position(orgId), LeaderboardKeys.registry(orgId)),
                List.of());
        return removed instanceof Long l ? l : 0L;
    }

    List<Tuple> top(String key, long offset, int limit) {
        return redis.zrevrangeWithScores(key, offset, offset + limit - 1);
    }

    long size(String key) {
        return redis.zcard(key);
    }

    Double score(String key, String member) {
        return redis.zscore(key, member);
    }

    List<Double> scores(String key, List<String> members) {
        return members.isEmpty() ? List.of() : redis.zmscore(key, members.toArray(String[]::new));
    }

    /** Members scoring at least {@code min} and less than {@code max}, at most {@code limit}, highest first. */
    List<Tuple> between(String key, long min, long max, int limit) {
        return redis.zrevrangeByScoreWithScores(key, "(" + max, Long.toString(min), 0, limit);
    }

    /** How many members score strictly more than {@code score}. */
    long countAbove(String key, double score) {
        return redis.zcount(key, "(" + toScoreString(score), "+inf");
    }

    Long reverseRank(String key, String member) {
        return redis.zrevrank(key, member);
    }

    /** The lowest score strictly above {@code score}, or null when nobody is above. */
    Double nextScoreAbove(String key, double score) {
        List<Tuple> next = redis.zrangeByScoreWithScores(key, "(" + toScoreString(score), "+inf", 0, 1);
        return next.isEmpty() ? null : next.getFirst().getScore();
    }

    private static String toScoreString(double score) {
        return Long.toString((long) score);
    }
}
