package dev.pacesetter.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/** Appends figures to the run's properties file ({@code name.metric=value}); the report reads them back. */
final class Results {
    private Results() {
    }

    static void put(Path file, String name, String metric, double value) throws IOException {
        String line = String.format(Locale.ROOT, "%s.%s=%.3f%n", name, metric, value);
        System.out.print(line);
        Files.writeString(file, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Throughput (per second) and latency percentiles (ms) of one run. */
    static void put(Path file, String name, double perSecond, Latencies merged) throws IOException {
        put(file, name, "rate", perSecond);
        put(file, name, "requests", merged.count());
        put(file, name, "p50", merged.millis(0.50));
        put(file, name, "p95", merged.millis(0.95));
        put(file, name, "p99", merged.millis(0.99));
        put(file, name, "max", merged.millis(1.0));
    }
}
