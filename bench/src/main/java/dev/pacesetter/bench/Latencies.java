package dev.pacesetter.bench;

import java.util.Arrays;

/**
 * Every latency of a run, in nanoseconds, kept exactly (a run holds at most a few million), so
 * percentiles are read off the sorted samples rather than estimated. Not thread-safe: one per
 * sender thread, merged at the end.
 */
final class Latencies {
    private long[] samples = new long[1 << 12];
    private int size;

    void record(long nanos) {
        if (size == samples.length) {
            samples = Arrays.copyOf(samples, size * 2);
        }
        samples[size++] = nanos;
    }

    int count() {
        return size;
    }

    static Latencies merge(Iterable<Latencies> parts) {
        Latencies all = new Latencies();
        for (Latencies p : parts) {
            for (int i = 0; i < p.size; i++) {
                all.record(p.samples[i]);
            }
        }
        Arrays.sort(all.samples, 0, all.size);
        return all;
    }

    /** The q-quantile (0..1) of a merged (sorted) set, in milliseconds. */
    double millis(double q) {
        if (size == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(size - 1, Math.ceil(q * size) - 1);
        return samples[Math.max(0, index)] / 1e6;
    }
}
