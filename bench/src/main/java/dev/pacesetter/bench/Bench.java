package dev.pacesetter.bench;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * Entry point; {@code bench/run.sh} calls one sub-command per step and collects the figures in a
 * properties file that {@code report} turns into {@code bench/RESULTS.md}.
 *
 * <pre>
 * keys DIR                                       generate the benchmark's JWT key pair
 * seed-redis HOST PORT DB ORG METRIC YYYY-MM FIRST_USER MEMBERS
 * floor OUT THREADS SECONDS BATCH                 the trivial HTTP server's GET and POST figures
 * ingest OUT URL KEYS ORG INTEGRATION FIRST_USER USERS SENDERS WARMUP SECONDS BATCH [LABEL [full|minimal]]
 * reads OUT URL KEYS ORG FIRST_USER MEMBERS THREADS WARMUP SECONDS OPEN_SECONDS
 * estimate OUT URL KEYS ORG ADMIN INTEGRATION REP DEALS THREADS WARMUP SECONDS
 * gaps OUT REPS RUNS                             gap analysis in-process (server jar on the class path)
 * estimate-engine OUT DEALS RUNS                  the estimator's engine alone, in-process (server jar on the class path)
 * fcm-fake PORT_FILE                              a fake FCM endpoint (runs until killed)
 * fanout OUT FAKE_URL MESSAGES                    pushes through the real FcmPushSender, and the reference client
 * seed-contest HOST PORT DB CONTEST FIRST_USER MEMBERS
 * contest-reads OUT URL KEYS ORG CONTEST FIRST_USER MEMBERS THREADS WARMUP SECONDS OPEN_SECONDS
 * freshness OUT URL KEYS ORG INTEGRATION REP CONTEST SAMPLES FIRST_USER USERS SENDERS  event to visible rank
 * token KEYS ORG USER ROLE                        print a bearer token (for curl in run.sh)
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
            case "estimate" -> estimate(a);
            case "estimate-engine" -> EstimateEngineScenario.run(Path.of(a[0]), Integer.parseInt(a[1]),
                    Integer.parseInt(a[2]));
            case "gaps" -> GapScenario.run(Path.of(a[0]), Integer.parseInt(a[1]), Integer.parseInt(a[2]));
            case "fcm-fake" -> FakeFcmServer.serve(Path.of(a[0]));
            case "fanout" -> FanOut.run(Path.of(a[0]), java.net.URI.create(a[1]), Integer.parseInt(a[2]));
            case "seed-contest" -> ContestSeed.seed(a[0], Integer.parseInt(a[1]), Integer.parseInt(a[2]),
                    Long.parseLong(a[3]), Long.parseLong(a[4]), Integer.parseInt(a[5]));
            case "contest-reads" -> contestReads(a);
            case "freshness" -> FreshnessScenario.run(a);
            case "token" -> System.out.println(Tokens.load(Path.of(a[0])).sign(Long.parseLong(a[1]),
                    Long.parseLong(a[2]), a[3]));
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
        boolean minimal = a.length <= 12 || !a[12].equals("full");
        IngestScenario scenario = new IngestScenario(a[1], token, Long.parseLong(a[5]), Integer.parseInt(a[6]), batch,
                minimal);
        Load.Run run = Load.closed(senders, Double.parseDouble(a[8]), Double.parseDouble(a[9]), scenario::request,
                scenario::created);
        String name = "ingest.c" + senders + (a.length > 11 ? a[11] : "");
        Results.put(out, name, run.perSecond(), run.latencies());
        Results.put(out, name, "items", (run.requests() - run.failures()) * (double) batch / run.seconds());
        Results.put(out, name, "failures", run.failures());
    }

    private static void reads(String[] a) throws Exception {
        Tokens tokens = Tokens.load(Path.of(a[2]));
        long org = Long.parseLong(a[3]);
        long firstUser = Long.parseLong(a[4]);
        int members = Integer.parseInt(a[5]);
        maxThenHalf(Path.of(a[0]), "reads", Arrays.copyOfRange(a, 6, 10),
                (kind, callers) -> new ReadScenario(a[1], kind, "points", tokens, org, firstUser, members, callers),
                ReadScenario::ranked);
    }

    /**
     * Each read kind closed loop at its maximum, then open loop at half that rate; every path warmed
     * up first so the first kind measured does not pay for the JIT.
     *
     * @param timing THREADS WARMUP SECONDS OPEN_SECONDS
     */
    private static void maxThenHalf(Path out, String prefix, String[] timing,
                                    BiFunction<ReadScenario.Kind, Integer, ReadScenario> scenarios,
                                    Predicate<HttpResponse<String>> ok) throws Exception {
        int threads = Integer.parseInt(timing[0]);
        double warmup = Double.parseDouble(timing[1]);
        double seconds = Double.parseDouble(timing[2]);
        double openSeconds = Double.parseDouble(timing[3]);
        for (ReadScenario.Kind kind : ReadScenario.Kind.values()) {
            ReadScenario scenario = scenarios.apply(kind, 200);
            Load.closed(threads, 0, warmup, scenario::request, ok);
        }
        for (ReadScenario.Kind kind : ReadScenario.Kind.values()) {
            ReadScenario scenario = scenarios.apply(kind, 2000);
            String name = prefix + "." + kind.name().toLowerCase(java.util.Locale.ROOT);
            Load.Run max = Load.closed(threads, warmup, seconds, scenario::request, ok);
            Results.put(out, name + ".max", max.perSecond(), max.latencies());
            Results.put(out, name + ".max", "failures", max.failures());
            Load.Run half = Load.open(threads * 2, max.perSecond() / 2, openSeconds, scenario::request, ok);
            Results.put(out, name + ".half", half.perSecond(), half.latencies());
            Results.put(out, name + ".half", "failures", half.failures());
            // The same open loop, same rate and threads, right after, against the HTTP floor: what the
            // machine, the load generator and HTTP alone put into the tail at this moment.
            Load.Run floor = openFloor(threads * 2, max.perSecond() / 2, openSeconds);
            Results.put(out, name + ".half-floor", floor.perSecond(), floor.latencies());
        }
    }

    /** The open loop of a {@code half} run against the JDK HttpServer floor. */
    private static Load.Run openFloor(int threads, double rate, double seconds) throws Exception {
        try (Floor floor = new Floor()) {
            java.net.URI page = java.net.URI.create(floor.baseUrl() + "/page");
            return Load.open(threads, rate, seconds, n -> java.net.http.HttpRequest.newBuilder(page).GET().build(),
                    r -> r.statusCode() == 200);
        }
    }

    private static void estimate(String[] a) throws Exception {
        Path out = Path.of(a[0]);
        Tokens tokens = Tokens.load(Path.of(a[2]));
        long org = Long.parseLong(a[3]);
        long rep = Long.parseLong(a[6]);
        int deals = Integer.parseInt(a[7]);
        int threads = Integer.parseInt(a[8]);
        EstimateScenario.prepare(a[1], tokens.sign(org, Long.parseLong(a[4]), "ADMIN"),
                tokens.sign(org, Long.parseLong(a[5]), "INTEGRATION"), rep, deals);
        EstimateScenario scenario = new EstimateScenario(a[1], tokens.sign(org, rep, "REP"), rep);
        // One thread: the latency a rep (or the chat-bot) sees; then as many as the reads use: throughput.
        for (int t : new int[]{1, threads}) {
            Load.Run run = Load.closed(t, Double.parseDouble(a[9]), Double.parseDouble(a[10]), scenario::request,
                    EstimateScenario::estimated);
            String name = "estimate.t" + t;
            Results.put(out, name, run.perSecond(), run.latencies());
            Results.put(out, name, "failures", run.failures());
            Results.put(out, name, "deals", deals);
        }
    }

    private static void contestReads(String[] a) throws Exception {
        Tokens tokens = Tokens.load(Path.of(a[2]));
        long org = Long.parseLong(a[3]);
        long contest = Long.parseLong(a[4]);
        long firstUser = Long.parseLong(a[5]);
        int members = Integer.parseInt(a[6]);
        maxThenHalf(Path.of(a[0]), "contest", Arrays.copyOfRange(a, 7, 11),
                (kind, callers) -> ReadScenario.contest(a[1], kind, contest, tokens, org, firstUser, members, callers),
                ReadScenario::entered);
    }
}
