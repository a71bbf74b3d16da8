package dev.pacesetter.bench;

import java.lang.reflect.Method;
import java.nio.file.Path;

/**
 * The estimator's engine alone ({@code dev.pacesetter.comp.EstimateBenchmark}), in-process on the
 * server's classes (run with the server jar on the class path; reached by reflection so this module
 * keeps no dependency on the server): crediting a month of {@code deals} won deals and the two
 * engine runs of one estimate, single-threaded, {@code runs} timed estimates after as many untimed.
 * Set against the endpoint's latency, it says how much of an estimate is the engine and how much
 * the reads, the framework and HTTP.
 */
final class EstimateEngineScenario {

    private EstimateEngineScenario() {
    }

    static void run(Path out, int deals, int runs) throws Exception {
        Class<?> bench = Class.forName("dev.pacesetter.comp.EstimateBenchmark");
        Object period = bench.getMethod("synthetic", int.class).invoke(null, deals);
        Method estimate = bench.getMethod("estimate", period.getClass(), String.class);
        Object last = null;
        for (int i = 0; i < runs; i++) { // warm-up: let the JIT compile the engine first
            last = estimate.invoke(null, period, (20000 + i % 1000) + ".00");
        }
        Latencies latencies = new Latencies();
        long t0 = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            long s = System.nanoTime();
            last = estimate.invoke(null, period, (20000 + i % 1000) + ".00");
            latencies.record(System.nanoTime() - s);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Results.put(out, "estimate.engine", runs / seconds, Latencies.merge(java.util.List.of(latencies)));
        Results.put(out, "estimate.engine", "deals", deals);
        System.out.println("(last estimate: " + last.getClass().getMethod("deltaEarnings").invoke(last) + ")");
    }
}
