package dev.pacesetter.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/** Turns the run's figures into {@code RESULTS.md}: the measurements, their references and the ratios. */
final class Report {
    private final Properties p = new Properties();

    private Report(Path figures) throws IOException {
        try (Reader r = Files.newBufferedReader(figures)) {
            p.load(r);
        }
    }

    static String render(Path figures, String header, String notes) throws IOException {
        return new Report(figures).render(header, notes);
    }

    private String render(String header, String notes) {
        StringBuilder s = new StringBuilder(header).append('\n');
        s.append("## References (same run, same machine)\n\n| reference | throughput |\n|---|---|\n");
        p.stringPropertyNames().stream().filter(k -> k.startsWith("ref.")).sorted().forEach(k ->
                s.append("| `").append(k, 4, k.length()).append("` | ").append(fmt(v(k))).append(" /s |\n"));
        s.append("\n| HTTP floor (JDK HttpServer, same load generator) | req/s | p50 ms | p99 ms |\n|---|---|---|---|\n");
        for (String f : new String[]{"floor.get", "floor.post"}) {
            s.append("| ").append(f).append(" | ").append(fmt(v(f + ".rate"))).append(" | ").append(ms(f + ".p50"))
                    .append(" | ").append(ms(f + ".p99")).append(" |\n");
        }
        s.append("\n## Batch ingest (batches of ").append("1000").append(", through the API)\n\n")
                .append("| senders | activities/s | batches/s | p50 ms | p95 ms | p99 ms | max ms | failed | ")
                .append("vs PG bulk insert rows/s | vs HTTP POST floor items/s |\n|---|---|---|---|---|---|---|---|---|---|\n");
        p.stringPropertyNames().stream().filter(k -> k.startsWith("ingest.") && k.endsWith(".items")).sorted()
                .forEach(k -> {
                    String n = k.substring(0, k.length() - ".items".length());
                    s.append("| ").append(n.substring("ingest.c".length())).append(" | ").append(fmt(v(k)))
                            .append(" | ").append(fmt(v(n + ".rate"))).append(" | ").append(ms(n + ".p50"))
                            .append(" | ").append(ms(n + ".p95")).append(" | ").append(ms(n + ".p99"))
                            .append(" | ").append(ms(n + ".max")).append(" | ").append(fmt(v(n + ".failures")))
                            .append(" | ").append(ratio(v(k), v("ref.pgbench.bulk-insert-1000.rows")))
                            .append(" | ").append(ratio(v(k), v("floor.post.items"))).append(" |\n");
                });
        if (p.getProperty("fresh.idle.p50") != null) {
            s.append("\n## Event to visible rank (a live contest on every rep's calls)\n\n")
                    .append("One call posted through `POST /v1/activities`, then the rep's own standing read every 2 ms until it "
                            + "shows; time from sending the call. Target: well under a second.\n\n")
                    .append("| server | samples | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|\n");
            for (String run : new String[]{"idle", "loaded"}) {
                String n = "fresh." + run;
                s.append("| ").append(run.equals("idle") ? "idle" : "under batch ingest (" + fmt(v("fresh.senders"))
                                + " sender(s) of 1000-item batches)").append(" | ").append(fmt(v(n + ".samples")))
                        .append(" | ").append(ms(n + ".p50")).append(" | ").append(ms(n + ".p95")).append(" | ")
                        .append(ms(n + ".p99")).append(" | ").append(ms(n + ".max")).append(" |\n");
            }
        }
        s.append("\n## Leaderboard reads (1,000,000-member board)\n\n")
                .append("`max` = closed loop, back to back; `half` = open loop at half of that rate, latency from when "
                        + "each request was due; `half, floor` = the same open loop (rate, threads) right after, "
                        + "against the HTTP floor: what the machine and the load generator alone put into the tail.\n\n")
                .append("| read | run | req/s | p50 ms | p95 ms | p99 ms | max ms | failed | vs HTTP GET floor |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        for (String kind : new String[]{"top", "me", "around"}) {
            for (String run : new String[]{"max", "half"}) {
                String n = "reads." + kind + "." + run;
                if (p.getProperty(n + ".rate") == null) {
                    continue;
                }
                s.append("| ").append(kind).append(" | ").append(run).append(" | ").append(fmt(v(n + ".rate")))
                        .append(" | ").append(ms(n + ".p50")).append(" | ").append(ms(n + ".p95")).append(" | ")
                        .append(ms(n + ".p99")).append(" | ").append(ms(n + ".max")).append(" | ")
                        .append(fmt(v(n + ".failures"))).append(" | ")
                        .append(ratio(v(n + ".rate"), v("floor.get.rate"))).append(" |\n");
                floorRow(s, kind, n, 9);
            }
        }
        s.append("\n## Deal estimator (`POST /v1/compensation/estimate`)\n\n")
                .append("One rep with the given number of won deals in the running month; closed loop. Target: p99 < 20 ms.\n\n")
                .append("| threads | deals in period | req/s | p50 ms | p95 ms | p99 ms | max ms | failed | vs HTTP POST floor req/s |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        p.stringPropertyNames().stream().filter(k -> k.startsWith("estimate.t") && k.endsWith(".rate")).sorted()
                .forEach(k -> {
                    String n = k.substring(0, k.length() - ".rate".length());
                    s.append("| ").append(n.substring("estimate.t".length())).append(" | ").append(fmt(v(n + ".deals")))
                            .append(" | ").append(fmt(v(k))).append(" | ").append(ms(n + ".p50")).append(" | ")
                            .append(ms(n + ".p95")).append(" | ").append(ms(n + ".p99")).append(" | ")
                            .append(ms(n + ".max")).append(" | ").append(fmt(v(n + ".failures"))).append(" | ")
                            .append(ratio(v(k), v("floor.post.rate"))).append(" |\n");
                });
        if (p.getProperty("estimate.engine.p50") != null) {
            s.append("\nEngine alone, in-process (crediting ").append(fmt(v("estimate.engine.deals")))
                    .append(" deals and the two engine runs, one thread): p50 ").append(ms("estimate.engine.p50"))
                    .append(" ms, p95 ").append(ms("estimate.engine.p95")).append(" ms, p99 ")
                    .append(ms("estimate.engine.p99")).append(" ms.\n");
        }
        if (p.getProperty("gaps.analysis.ms") != null) {
            s.append("\n## Gap analysis (").append(fmt(v("gaps.reps"))).append(" reps, in-process)\n\n")
                    .append("| analysis ms (median) | reference ms (sort + place, same data size) | ratio | standings | gaps | unknown |\n")
                    .append("|---|---|---|---|---|---|\n| ").append(ms("gaps.analysis.ms")).append(" | ")
                    .append(ms("gaps.reference.ms")).append(" | ").append(ms("gaps.ratio")).append("x | ")
                    .append(fmt(v("gaps.standings"))).append(" | ").append(fmt(v("gaps.gaps"))).append(" | ")
                    .append(fmt(v("gaps.unknown"))).append(" |\n");
        }
        if (p.getProperty("fanout.fcm.rate") != null) {
            s.append("\n## Push fan-out (").append(fmt(v("fanout.fcm.rate") * v("fanout.fcm.seconds")))
                    .append(" messages to a fake FCM endpoint in another JVM)\n\n")
                    .append("| sender | messages/s | seconds | allocated bytes/message | peak heap MB | failed | "
                            + "vs reference client |\n|---|---|---|---|---|---|---|\n");
            for (String[] row : new String[][]{{"fanout.fcm", "FcmPushSender (Firebase SDK, sendEach of 500)"},
                    {"fanout.ref", "reference: java.net.http, same JSON, same concurrency"}}) {
                String n = row[0];
                s.append("| ").append(row[1]).append(" | ").append(fmt(v(n + ".rate"))).append(" | ")
                        .append(fmt(v(n + ".seconds"))).append(" | ").append(fmt(v(n + ".alloc-bytes-per-msg")))
                        .append(" | ").append(fmt(v(n + ".peak-heap-mb"))).append(" | ").append(fmt(v(n + ".failed")))
                        .append(" | ").append(ratio(v(n + ".rate"), v("fanout.ref.rate"))).append(" |\n");
            }
        }
        if (p.getProperty("contest.top.max.rate") != null) {
            s.append("\n## Contest standings reads (1,000,000 entrants)\n\n")
                    .append("`GET /v1/contests/{id}/standings` of a live leaderboard race with 1,000,000 entrants, "
                            + "ranked by counts in Redis (one Lua read, the caller's distances included).\n\n")
                    .append("| read | run | req/s | p50 ms | p95 ms | p99 ms | max ms | failed | vs HTTP GET floor "
                            + "| vs redis ZRANK on the contest set |\n|---|---|---|---|---|---|---|---|---|---|\n");
            for (String kind : new String[]{"top", "me", "around"}) {
                for (String run : new String[]{"max", "half"}) {
                    String n = "contest." + kind + "." + run;
                    if (p.getProperty(n + ".rate") == null) {
                        continue;
                    }
                    s.append("| ").append(kind).append(" | ").append(run).append(" | ").append(fmt(v(n + ".rate")))
                            .append(" | ").append(ms(n + ".p50")).append(" | ").append(ms(n + ".p95")).append(" | ")
                            .append(ms(n + ".p99")).append(" | ").append(ms(n + ".max")).append(" | ")
                            .append(fmt(v(n + ".failures"))).append(" | ")
                            .append(ratio(v(n + ".rate"), v("floor.get.rate"))).append(" | ")
                            .append(ratio(v(n + ".rate"), v("ref.redis.contest-zrank.rate"))).append(" |\n");
                    floorRow(s, kind, n, 10);
                }
            }
        }
        return s.append('\n').append(notes).toString();
    }

    private double v(String key) {
        String value = p.getProperty(key);
        return value == null ? Double.NaN : Double.parseDouble(value);
    }

    private String ms(String key) {
        return String.format(Locale.ROOT, "%.2f", v(key));
    }

    private static String fmt(double x) {
        return Double.isNaN(x) ? "–" : String.format(Locale.ROOT, x < 100 ? "%.2f" : "%,.0f", x);
    }

    private static String ratio(double x, double reference) {
        return Double.isNaN(x) || Double.isNaN(reference) || reference == 0 ? "–"
                : String.format(Locale.ROOT, 100 * x / reference < 1 ? "%.3f%%" : "%.1f%%", 100 * x / reference);
    }

    /** The open-loop floor at a half run's rate, under that run's row, when it was measured. */
    private void floorRow(StringBuilder s, String kind, String half, int columns) {
        String f = half + "-floor";
        if (!half.endsWith(".half") || p.getProperty(f + ".rate") == null) {
            return;
        }
        s.append("| ").append(kind).append(" | half, floor | ").append(fmt(v(f + ".rate"))).append(" | ")
                .append(ms(f + ".p50")).append(" | ").append(ms(f + ".p95")).append(" | ").append(ms(f + ".p99"))
                .append(" | ").append(ms(f + ".max")).append(" |").append(" |".repeat(columns - 7)).append("\n");
    }
}
