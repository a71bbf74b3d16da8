package dev.pacesetter.contests.service;

import dev.pacesetter.contests.Entry;
import dev.pacesetter.contests.ReachedAt;
import dev.pacesetter.contests.SortedSetKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisNoScriptException;
import redis.clients.jedis.resps.Tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;

/**
 * A contest's live standings in Redis: a checkpoint, a sorted set whose order is
 * {@link dev.pacesetter.contests.StandingOrder} (see {@link SortedSetKey}) and a hash from entrant to
 * member. Every key carries the hash tag {@code {c:<id>}}.
 */
@ApplicationScoped
class RedisStandings {
    private static final String SCRIPT = load("lua/contest-standings-apply.lua");
    private static final String SHA = sha1(SCRIPT);

    @Inject
    UnifiedJedis redis;

    static String checkpointKey(long contestId) {
        return "contest:{c:" + contestId + "}:checkpoint";
    }

    static String rankingKey(long contestId) {
        return "contest:{c:" + contestId + "}:ranking";
    }

    static String membersKey(long contestId) {
        return "contest:{c:" + contestId + "}:members";
    }

    /** The ledger position the standings reflect; empty when Redis has none (never built, or lost). */
    OptionalLong checkpoint(long contestId) {
        String value = redis.get(checkpointKey(contestId));
        return value == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(value));
    }

    /**
     * Writes entries if the checkpoint still reads {@code expected} (empty: a rebuild, which replaces
     * everything) and moves it to {@code next}; false when someone else got there first.
     */
    boolean write(long contestId, OptionalLong expected, long next, List<Entry> entries) {
        List<String> keys = List.of(checkpointKey(contestId), rankingKey(contestId), membersKey(contestId));
        List<String> args = new ArrayList<>(2 + 3 * entries.size());
        args.add(expected.isPresent() ? Long.toString(expected.getAsLong()) : "");
        args.add(Long.toString(next));
        for (Entry e : entries) {
            args.add(e.entrantId());
            args.add(SortedSetKey.scoreArgument(e.score()));
            args.add(SortedSetKey.member(e));
        }
        Object result;
        try {
            result = redis.evalsha(SHA, keys, args);
        } catch (JedisNoScriptException e) {
            result = redis.eval(SCRIPT, keys, args);
        }
        return result instanceof Long l && l == 1L;
    }

    /** Every entry, best first (Redis's order is the standing order). */
    List<Entry> entries(long contestId) {
        List<Entry> out = new ArrayList<>();
        for (Tuple t : redis.zrangeWithScores(rankingKey(contestId), 0, -1)) {
            out.add(decode(t.getElement(), -(long) t.getScore()));
        }
        return out;
    }

    /** Drops a contest's standings (after finalisation, when the frozen rows are the truth). */
    void drop(long contestId) {
        redis.del(checkpointKey(contestId), rankingKey(contestId), membersKey(contestId));
    }

    /** The inverse of {@link SortedSetKey#member}: the reached-at prefix, then the entrant id. */
    static Entry decode(String member, long score) {
        long seconds = Long.parseUnsignedLong(member.substring(0, 16), 16) ^ Long.MIN_VALUE;
        int nanos = Integer.parseInt(member.substring(16, 24), 16);
        long position = Long.parseUnsignedLong(member.substring(24, 40), 16) ^ Long.MIN_VALUE;
        return new Entry(SortedSetKey.entrantId(member), score,
                new ReachedAt(Instant.ofEpochSecond(seconds, nanos), position));
    }

    private static String load(String resource) {
        try (InputStream in = RedisStandings.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing script " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    private static String sha1(String source) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                    .digest(source.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
