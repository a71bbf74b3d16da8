package dev.pacesetter.contests.service;

import dev.pacesetter.contests.Entry;
import dev.pacesetter.contests.Placing;
import dev.pacesetter.contests.ReachedAt;
import dev.pacesetter.contests.SortedSetKey;
import dev.pacesetter.contests.TallyState;
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
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A contest's live standings in Redis: a checkpoint, a sorted set whose order is
 * {@link dev.pacesetter.contests.StandingOrder} (see {@link SortedSetKey}), a hash from entrant to
 * member, a hash from entrant to its {@link TallyState} (so a batch is folded onto it instead of
 * recounting histories), and the distinct scores with their counts (for DENSE ranks). Every key
 * carries the hash tag {@code {c:<id>}}.
 */
@ApplicationScoped
class RedisStandings {
    private static final String SCRIPT = load("lua/contest-standings-apply.lua");
    private static final String SHA = sha1(SCRIPT);
    private static final String READ = load("lua/contest-standings-read.lua");
    private static final String READ_SHA = sha1(READ);

    /**
     * What one standings response lists, with the counts that rank each entrant ({@link Placing}).
     *
     * @param total      how many entrants there are
     * @param checkpoint the ledger position these reflect; empty when Redis has no standings
     * @param page       the requested page of the top
     * @param me         the caller, when an entrant
     * @param around     the caller and their neighbours
     * @param chosen     the chosen entrants that are entrants
     * @param listed     contest scores at zero-based positions of the listing, read with the rest for
     *                   the caller's distances (the entrant just better, each prize rank)
     * @param distinct   the same for positions among the distinct scores (DENSE distances)
     */
    record Snapshot(long total, OptionalLong checkpoint, List<Placing> page, Optional<Placing> me,
                    List<Placing> around, List<Placing> chosen, Map<Long, Long> listed, Map<Long, Long> distinct) {
    }

    @Inject
    UnifiedJedis redis;

    /**
     * Named for the tally format: standings written before tallies and distinct scores were kept have
     * no checkpoint under this name, so they are rebuilt once rather than read half-complete.
     */
    static String checkpointKey(long contestId) {
        return "contest:{c:" + contestId + "}:tally-checkpoint";
    }

    static String rankingKey(long contestId) {
        return "contest:{c:" + contestId + "}:ranking";
    }

    static String membersKey(long contestId) {
        return "contest:{c:" + contestId + "}:members";
    }

    static String talliesKey(long contestId) {
        return "contest:{c:" + contestId + "}:tallies";
    }

    static String distinctKey(long contestId) {
        return "contest:{c:" + contestId + "}:distinct";
    }

    static String distinctCountsKey(long contestId) {
        return "contest:{c:" + contestId + "}:distinct-counts";
    }

    private static List<String> keys(long contestId) {
        return List.of(checkpointKey(contestId), rankingKey(contestId), membersKey(contestId), talliesKey(contestId),
                distinctKey(contestId), distinctCountsKey(contestId));
    }

    /** The ledger position the standings reflect; empty when Redis has none (never built, or lost). */
    OptionalLong checkpoint(long contestId) {
        String value = redis.get(checkpointKey(contestId));
        return value == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(value));
    }

    /**
     * Writes entrants' tallies if the checkpoint still reads {@code expected} (empty: a rebuild, which
     * replaces everything) and moves it to {@code next}; false when someone else got there first.
     */
    boolean write(long contestId, OptionalLong expected, long next, List<TallyState> tallies) {
        List<String> args = new ArrayList<>(2 + 4 * tallies.size());
        args.add(expected.isPresent() ? Long.toString(expected.getAsLong()) : "");
        args.add(Long.toString(next));
        for (TallyState t : tallies) {
            Entry e = t.entry();
            args.add(e.entrantId());
            args.add(SortedSetKey.scoreArgument(e.score()));
            args.add(SortedSetKey.member(e));
            args.add(encode(t));
        }
        Object result;
        try {
            result = redis.evalsha(SHA, keys(contestId), args);
        } catch (JedisNoScriptException e) {
            result = redis.eval(SCRIPT, keys(contestId), args);
        }
        return result instanceof Long l && l == 1L;
    }

    /**
     * The kept tallies of these entrants (one HMGET); an entrant Redis has none for is absent. Read
     * after the checkpoint, so a write based on them fails its compare-and-set if either moved since.
     */
    Map<Long, TallyState> tallies(long contestId, Collection<Long> entrantIds) {
        Map<Long, TallyState> out = new HashMap<>();
        if (entrantIds.isEmpty()) {
            return out;
        }
        List<Long> ids = List.copyOf(entrantIds);
        List<String> values = redis.hmget(talliesKey(contestId), ids.stream().map(String::valueOf).toArray(String[]::new));
        for (int i = 0; i < ids.size(); i++) {
            if (values.get(i) != null) {
                out.put(ids.get(i), decodeTally(String.valueOf(ids.get(i)), values.get(i)));
            }
        }
        return out;
    }

    /** A tally as stored: contest score first (the Lua script keys its distinct-score count on it). */
    static String encode(TallyState t) {
        ReachedAt r = t.entry().reachedAt();
        ReachedAt l = t.last();
        return t.entry().score() + "," + t.raw() + "," + r.at().getEpochSecond() + "," + r.at().getNano() + ","
                + r.ledgerPosition() + "," + l.at().getEpochSecond() + "," + l.at().getNano() + "," + l.ledgerPosition();
    }

    static TallyState decodeTally(String entrantId, String value) {
        String[] f = value.split(",");
        ReachedAt reached = new ReachedAt(Instant.ofEpochSecond(Long.parseLong(f[2]), Long.parseLong(f[3])),
                Long.parseLong(f[4]));
        ReachedAt last = new ReachedAt(Instant.ofEpochSecond(Long.parseLong(f[5]), Long.parseLong(f[6])),
                Long.parseLong(f[7]));
        return new TallyState(new Entry(entrantId, Long.parseLong(f[0]), reached), Long.parseLong(f[1]), last);
    }

    /** Every entry, best first (Redis's order is the standing order). */
    List<Entry> entries(long contestId) {
        List<Entry> out = new ArrayList<>();
        for (Tuple t : redis.zrangeWithScores(rankingKey(contestId), 0, -1)) {
            out.add(decode(t.getElement(), -(long) t.getScore()));
        }
        return out;
    }

    /**
     * A page, the caller, their neighbours and chosen entrants, ranked by counts, in one round trip; with
     * the scores the caller's distances to the next rank and to {@code prizeRanks} may need.
     */
    Snapshot read(long contestId, long offset, int limit, String me, int around, List<String> chosen,
                  List<Integer> prizeRanks) {
        List<String> keys = List.of(rankingKey(contestId), membersKey(contestId), distinctKey(contestId),
                checkpointKey(contestId));
        List<String> args = new ArrayList<>(5 + prizeRanks.size() + chosen.size());
        args.add(Long.toString(offset));
        args.add(Integer.toString(limit));
        args.add(me);
        args.add(Integer.toString(around));
        args.add(Integer.toString(prizeRanks.size()));
        prizeRanks.forEach(r -> args.add(Integer.toString(r)));
        args.addAll(chosen);
        Object result;
        try {
            result = redis.evalsha(READ_SHA, keys, args);
        } catch (JedisNoScriptException e) {
            result = redis.eval(READ, keys, args);
        }
        List<?> reply = (List<?>) result;
        String checkpoint = (String) reply.get(1);
        List<Placing> mine = placings(reply.get(3));
        return new Snapshot((Long) reply.get(0), checkpoint.isEmpty() ? OptionalLong.empty()
                : OptionalLong.of(Long.parseLong(checkpoint)), placings(reply.get(2)),
                mine.stream().findFirst(), placings(reply.get(4)), placings(reply.get(5)), scores(reply.get(6)),
                scores(reply.get(7)));
    }

    /** Flat (zero-based position, sorted-set score) pairs as position to contest score. */
    private static Map<Long, Long> scores(Object flat) {
        List<?> values = (List<?>) flat;
        Map<Long, Long> out = new HashMap<>();
        for (int i = 0; i < values.size(); i += 2) {
            out.put((Long) values.get(i), -(long) Double.parseDouble((String) values.get(i + 1)));
        }
        return out;
    }

    private static List<Placing> placings(Object flat) {
        List<?> values = (List<?>) flat;
        List<Placing> out = new ArrayList<>(values.size() / 6);
        for (int i = 0; i < values.size(); i += 6) {
            long score = -(long) Double.parseDouble((String) values.get(i + 1));
            out.add(new Placing(decode((String) values.get(i), score), (Long) values.get(i + 2),
                    (Long) values.get(i + 3), (Long) values.get(i + 4), (Long) values.get(i + 5)));
        }
        return out;
    }

    /** The contest score at a zero-based position of the listing (STANDARD, FIRST_TO_REACH distances). */
    long scoreAt(long contestId, long index) {
        List<Tuple> at = redis.zrangeWithScores(rankingKey(contestId), index, index);
        return at.isEmpty() ? 0 : -(long) at.getFirst().getScore();
    }

    /** The zero-based {@code index}-th highest distinct score (DENSE distances). */
    long distinctScoreAt(long contestId, long index) {
        List<Tuple> at = redis.zrangeWithScores(distinctKey(contestId), index, index);
        return at.isEmpty() ? 0 : -(long) at.getFirst().getScore();
    }

    /** How many entrants score at least {@code score}. */
    long atLeast(long contestId, long score) {
        return redis.zcount(rankingKey(contestId), "-inf", SortedSetKey.scoreArgument(score));
    }

    /** Drops a contest's standings (after finalisation, when the frozen rows are the truth). */
    void drop(long contestId) {
        redis.del(keys(contestId).toArray(String[]::new));
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
