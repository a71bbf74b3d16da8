package dev.pacesetter.leaderboards;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
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
    private static final LuaScript READ = LuaScript.load("lua/leaderboard-read.lua");

    /** Entries in board order and how many members score strictly more than the first. */
    record Page(List<Tuple> entries, long above) {
    }

    /** The reader's own place: score, members strictly above, the lowest score above, 0-based index, neighbours. */
    record Own(double score, long above, Double nextAbove, long index, Page around) {
    }

    /** One consistent read of a board; {@code own} is null when the reader has no score. */
    record Snapshot(long total, long position, Page top, Own own) {
    }

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

    /** A page, the reader's standing and neighbours, and the checkpoint, in one round trip. */
    Snapshot read(String key, long orgId, String member, long offset, int limit, int around) {
        List<?> reply = (List<?>) READ.run(redis, List.of(key, LeaderboardKeys.position(orgId)),
                List.of(member, Long.toString(offset), Integer.toString(limit), Integer.toString(around)));
        List<?> own = (List<?>) reply.get(4);
        return new Snapshot((Long) reply.get(0), Long.parseLong((String) reply.get(1)), page(reply.get(2), reply.get(3)),
                own.isEmpty() ? null : new Own(Double.parseDouble((String) own.get(0)), (Long) own.get(1),
                        own.get(2) == null ? null : Double.valueOf((String) own.get(2)), (Long) own.get(3),
                        page(own.get(4), own.get(5))));
    }

    private static Page page(Object flat, Object above) {
        List<?> values = (List<?>) flat;
        List<Tuple> entries = new ArrayList<>(values.size() / 2);
        for (int i = 0; i < values.size(); i += 2) {
            entries.add(new Tuple((String) values.get(i), Double.valueOf((String) values.get(i + 1))));
        }
        return new Page(entries, (Long) above);
    }

    List<Double> scores(String key, List<String> members) {
        return members.isEmpty() ? List.of() : redis.zmscore(key, members.toArray(String[]::new));
    }

    Double score(String key, String member) {
        return redis.zscore(key, member);
    }

    /** How many members score strictly more than {@code score} (scores are whole units). */
    long countAbove(String key, double score) {
        return redis.zcount(key, "(" + (long) score, "+inf");
    }

    /** {@link #countAbove} for many scores, in one round trip (pipelined). */
    List<Long> countsAbove(String key, List<Double> scores) {
        if (scores.isEmpty()) {
            return List.of();
        }
        List<Response<Long>> replies = new ArrayList<>(scores.size());
        try (AbstractPipeline pipeline = redis.pipelined()) {
            scores.forEach(score -> replies.add(pipeline.zcount(key, "(" + score.longValue(), "+inf")));
            pipeline.sync();
        }
        return replies.stream().map(Response::get).toList();
    }

    /** {@link #between} for many {@code [min, max)} ranges, in one round trip (pipelined). */
    List<List<Tuple>> between(String key, List<long[]> ranges, int limit) {
        if (ranges.isEmpty()) {
            return List.of();
        }
        List<Response<List<Tuple>>> replies = new ArrayList<>(ranges.size());
        try (AbstractPipeline pipeline = redis.pipelined()) {
            ranges.forEach(r -> replies.add(pipeline.zrevrangeByScoreWithScores(key, "(" + r[1], Long.toString(r[0]),
                    0, limit)));
            pipeline.sync();
        }
        return replies.stream().map(Response::get).toList();
    }

    /** Members scoring at least {@code min} and less than {@code max}, at most {@code limit}, highest first. */
    List<Tuple> between(String key, long min, long max, int limit) {
        return redis.zrevrangeByScoreWithScores(key, "(" + max, Long.toString(min), 0, limit);
    }
}
