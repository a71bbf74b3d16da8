package dev.pacesetter.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Entry point; {@code bench/run.sh} calls one sub-command per step and collects the figures in a
 * properties file that {@code report} turns into {@code bench/RESULTS.md}.
 *
 * <pre>
 * keys DIR                                       generate the benchmark's JWT key pair
 * seed-redis HOST PORT DB ORG METRIC YYYY-MM FIRST_USER MEMBERS
 * floor OUT THREADS SECONDS BATCH                 the trivial HTTP server's GET and POST figures
 * ingest OUT URL KEYS ORG INTEGRATION FIRST_USER USERS SENDERS WARMUP SECONDS BATCH
 * reads OUT URL KEYS ORG FIRST_USER MEMBERS THREADS WARMUP SECONDS OPEN_SECONDS
 * report OUT RESULTS_MD HEADER_MD NOTES_MD
 * </pre>
 */
public final class Bench {
    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: see the Javadoc of dev.pacesetter.bench.Bench");
            System.exit(2);
        }
        String[] a = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "keys" -> Tokens.generate(Path.of(a[0]));
            case "seed-redis" -> RedisSeed.seed(a[0], Integer.parseInt(a[1]), Integer.parseInt(a[2]),
                    Long.parseLong(a[3]), a[4], a[5], Long.parseLong(a[6]), Integer.parseInt(a[7]));
            case "floor" -> floor(Path.of(a[0]), Integer.parseInt(a[1]), Double.parseDouble(a[2]), Integer.parseInt(a[3]));
            case "ingest" -> ingest(a);
            case "reads" -> reads(a);
            case "report" -> Files.writeString(Path.of(a[1]),
                    Report.render(Path.of(a[0]), Files.readString(Path.of(a[2])), Files.readString(Path.of(a[3]))));
            default -> {
                System.err.println("unknown command " + args[0]);
                System.exit(2);
            }
        }
    }

    private static void floor(Path out, int threads, double seconds, int batch) throws Exception {
        try (Floor floor = new Floor()) {
            String base = floor.baseUrl();
            // The ingest scenario's own bodies, so the POST floor carries the same bytes.
            IngestScenario bodies = new IngestScenario(base.replace("/v1/activities/batch", ""), "x", 1, 1000, batch);
            Load.Run get = Load.closed(threads, 3, seconds, n -> java.net.http.HttpRequest
                    .newBuilder(java.net.URI.create(base + "/page")).GET().build(), r -> r.statusCode() == 200);
            Results.put(out, "floor.get", get.perSecond(), get.latencies());
            Load.Run post = Load.closed(Math.max(1, threads / 2), 3, seconds, bodies::request, r -> r.statusCode() == 200);
            Results.put(out, "floor.post", post.perSecond(), post.latencies());
            Results.put(out, "floor.post", "items", post.perSecond() * batch);
        }
    }

    private static void ingest(String[] a) throws Exception {
        Path out = Path.of(a[0]);
        Tokens tokens = Tokens.load(Path.of(a[2]));
        long org = Long.parseLong(a[3]);
        String token = tokens.sign(org, Long.parseLong(a[4]), "INTEGRATION");
        int senders = Integer.parseInt(a[7]);
        int batch = Integer.parseInt(a[10]);
        IngestScenario scenario = new IngestScenario(a[1], token, Long.parseLong(a[5]), Integer.parseInt(a[6]), batch);
        Load.Run run = Load.closed(senders, Double.parseDouble(a[8]), Double.parseDouble(a[9]), scenario::request,
                scenario::created);
        String name = "ingest.c" + senders;
        Results.put(out, name, run.perSecond(), run.latencies());
        Results.put(out, name, "items", (run.requests() - run.failures()) * (double) batch / run.seconds());
        Results.put(out, name, "failures", run.failures());
    }

    private static void reads(String[] a) throws Exception {
        Path out = Path.of(a[0]);
        Tokens tokens = Tokens.load(Path.of(a[2]));
        long org = Long.parseLong(a[3]);
        long firstUser = Long.parseLong(a[4]);
        int members = Integer.parseInt(a[5]);
        int threads = Integer.parseInt(a[6]);
        double warmup = Double.parseDouble(a[7]);
        double seconds = Double.parseDouble(a[8]);
        double openSeconds = Double.parseDouble(a[9]);
        // Warm every read path up first, so the first kind measured does not pay for the JIT.
        for (ReadScenario.Kind kind : ReadScenario.Kind.values()) {
            ReadScenario scenario = new ReadScenario(a[1], kind, "points", tokens, org, firstUser, members, 200);
            Load.closed(threads, 0, warmup, scenario::request, ReadScenario::ranked);
        }
        for (ReadScenario.Kind kind : ReadScenario.Kind.values()) {
            ReadScenario scenario = new ReadScenario(a[1], kind, "points", tokens, org, firstUser, members, 2000);
            String name = "reads." + kind.name().toLowerCase(java.util.Locale.ROOT);
            Load.Run max = Load.closed(threads, warmup, seconds, scenario::request, ReadScenario::ranked);
            Results.put(out, name + ".max", max.perSecond(), max.latencies());
            Results.put(out, name + ".max", "failures", max.failures());
            Load.Run half = Load.open(threads * 2, max.perSecond() / 2, openSeconds, scenario::request,
                    ReadScenario::ranked);
            Results.put(out, name + ".half", half.perSecond(), half.latencies());
            Results.put(out, name + ".half", "failures", half.failures());
        }
    }
}
