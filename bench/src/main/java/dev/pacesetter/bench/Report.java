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
        s.append("\n## Leaderboard reads (1,000,000-member board)\n\n")
                .append("`max` = closed loop, back to back; `half` = open loop at half of that rate, latency from when "
                        + "each request was due.\n\n")
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
}
