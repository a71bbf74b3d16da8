package dev.pacesetter.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeds a leaderboard sorted set directly, in the layout of {@code LeaderboardKeys}: key
 * {@code {o:ORG}:lb:METRIC:M:YYYY-MM}, member {@code Long.MAX_VALUE - userId} as 19 digits, score an
 * integer. Pipelined ZADDs of 1000 members over plain RESP (no client library needed), plus the
 * projection registry so a rebuild would remove the board like any other.
 */
final class RedisSeed {
    private RedisSeed() {
    }

    static void seed(String host, int port, int db, long orgId, String metric, String month, long firstUser,
                     int members) throws IOException {
        String tag = "{o:" + orgId + "}";
        String key = tag + ":lb:" + metric + ":M:" + month;
        Random random = new Random(7);
        try (Socket socket = new Socket(host, port)) {
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 1 << 16);
            InputStream in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
            int pending = 0;
            pending += command(out, List.of("SELECT", Integer.toString(db)));
            pending += command(out, List.of("DEL", key));
            pending += command(out, List.of("SADD", tag + ":lb:keys", key));
            for (int from = 0; from < members; from += 1000) {
                List<String> args = new ArrayList<>(2002);
                args.add("ZADD");
                args.add(key);
                for (int i = from; i < Math.min(members, from + 1000); i++) {
                    // Skewed like a real board: most reps have a little, a few have a lot; many tie.
                    long score = (long) (Math.pow(random.nextDouble(), 3) * 500_000);
                    args.add(Long.toString(score));
                    args.add(String.format("%019d", Long.MAX_VALUE - (firstUser + i)));
                }
                pending += command(out, args);
                if (pending >= 100) {
                    out.flush();
                    drain(in, pending);
                    pending = 0;
                }
            }
            out.flush();
            drain(in, pending);
        }
        System.out.println("seeded " + members + " members into " + key);
    }

    static int command(OutputStream out, List<String> args) throws IOException {
        StringBuilder s = new StringBuilder().append('*').append(args.size()).append("\r\n");
        for (String a : args) {
            s.append('$').append(a.length()).append("\r\n").append(a).append("\r\n");
        }
        out.write(s.toString().getBytes(StandardCharsets.US_ASCII));
        return 1;
    }

    /** Reads {@code n} simple replies (status, integer or error); an error aborts the seed. */
    static void drain(InputStream in, int n) throws IOException {
        for (int i = 0; i < n; i++) {
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) != '\n') {
                if (c < 0) {
                    throw new IOException("Redis closed the connection");
                }
                line.append((char) c);
            }
            if (line.charAt(0) == '-') {
                throw new IOException("Redis: " + line.toString().trim());
            }
        }
    }
}
