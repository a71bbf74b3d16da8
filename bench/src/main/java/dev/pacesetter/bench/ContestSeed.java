package dev.pacesetter.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Seeds a live contest's standings directly into Redis, in the layout the server's contest projector
 * writes (see {@code RedisStandings} and {@code SortedSetKey}): under the hash tag {@code {c:ID}}, the
 * ranking sorted set (negated score; member = reached-at prefix, {@code :}, user id), the entrant to
 * member hash, the tally hash, and the distinct scores with their counts. Scores are skewed with many
 * ties; every scoring entrant reached their score at its own instant and ledger position, the others
 * from the start. The tally checkpoint is left as the server's rebuild wrote it, so the projector
 * (with no ledger entries in the organisation) leaves the seeded standings alone.
 */
final class ContestSeed {
    private static final long FROM_START_SECONDS = -31557014167219200L; // Instant.MIN

    private ContestSeed() {
    }

    static void seed(String host, int port, int db, long contestId, long firstUser, int members) throws IOException {
        String tag = "contest:{c:" + contestId + "}:";
        Random random = new Random(11);
        long base = java.time.Instant.now().getEpochSecond() - 3600;
        Map<Long, Long> counts = new HashMap<>();
        try (Socket socket = new Socket(host, port)) {
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 1 << 16);
            InputStream in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
            int pending = RedisSeed.command(out, List.of("SELECT", Integer.toString(db)));
            pending += RedisSeed.command(out, List.of("DEL", tag + "ranking", tag + "members", tag + "tallies",
                    tag + "distinct", tag + "distinct-counts"));
            for (int from = 0; from < members; from += 1000) {
                List<String> zadd = new ArrayList<>(List.of("ZADD", tag + "ranking"));
                List<String> hmembers = new ArrayList<>(List.of("HSET", tag + "members"));
                List<String> htallies = new ArrayList<>(List.of("HSET", tag + "tallies"));
                for (int i = from; i < Math.min(members, from + 1000); i++) {
                    long user = firstUser + i;
                    long score = (long) (Math.pow(random.nextDouble(), 3) * 200);
                    long seconds = score == 0 ? FROM_START_SECONDS : base + random.nextInt(3000);
                    long position = score == 0 ? 0 : 2L * (i + 1) + 1;
                    String member = String.format(Locale.ROOT, "%016x%08x%016x:%d", seconds ^ Long.MIN_VALUE, 0,
                            position ^ Long.MIN_VALUE, user);
                    zadd.add(Long.toString(-score));
                    zadd.add(member);
                    hmembers.add(Long.toString(user));
                    hmembers.add(member);
                    htallies.add(Long.toString(user));
                    htallies.add(score + "," + score + "," + seconds + ",0," + position + "," + seconds + ",0," + position);
                    counts.merge(score, 1L, Long::sum);
                }
                pending += RedisSeed.command(out, zadd) + RedisSeed.command(out, hmembers)
                        + RedisSeed.command(out, htallies);
                if (pending >= 90) {
                    out.flush();
                    RedisSeed.drain(in, pending);
                    pending = 0;
                }
            }
            for (Map.Entry<Long, Long> e : counts.entrySet()) {
                pending += RedisSeed.command(out, List.of("ZADD", tag + "distinct", Long.toString(-e.getKey()),
                        Long.toString(e.getKey())));
                pending += RedisSeed.command(out, List.of("HSET", tag + "distinct-counts", Long.toString(e.getKey()),
                        Long.toString(e.getValue())));
            }
            out.flush();
            RedisSeed.drain(in, pending);
        }
        System.out.println("seeded " + members + " entrants into contest " + contestId + " (" + counts.size()
                + " distinct scores)");
    }
}
