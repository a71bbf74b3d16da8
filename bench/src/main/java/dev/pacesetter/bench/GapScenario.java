package dev.pacesetter.bench;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Gap analysis for a synthetic organisation ({@code dev.pacesetter.coaching.GapBenchmark}): peer
 * placement of every signal among the reps of the same role, the explained blend per skill, and the
 * ranking, for {@code reps} reps. In-process, on the server's classes (run with the server jar on the
 * class path; reached by reflection so this module keeps no dependency on the server).
 *
 * <p>Reference, same run: the least any implementation must do with the same amount of data — sort
 * each role's values of each of 14 signals and place every rep's value by binary search — on plain
 * {@code double[]}s. The ratio says how much the explained, rule-checked analysis costs over that floor.
 * Each figure is the median of {@code runs} timed runs after three untimed ones.
 */
final class GapScenario {
    private static final int SIGNALS = 14;
    private static final int ROLES = 3;

    private GapScenario() {
    }

    static void run(Path out, int reps, int runs) throws Exception {
        Class<?> bench = Class.forName("dev.pacesetter.coaching.GapBenchmark");
        Class<?> modelType = Class.forName("dev.pacesetter.content.SkillModel");
        // Loading the skill model and generating the organisation are outside the timed region.
        Object model = modelType.getMethod("load").invoke(null);
        Object org = bench.getMethod("syntheticReps", modelType, int.class, long.class).invoke(null, model, reps, 42L);
        Object asOf = bench.getField("AS_OF").get(null);
        Method analyse = bench.getMethod("analyse", modelType, java.util.List.class, java.time.LocalDate.class);
        Object result = null;
        long[] analysis = new long[runs];
        for (int i = -3; i < runs; i++) {
            long t0 = System.nanoTime();
            result = analyse.invoke(null, model, org, asOf);
            if (i >= 0) {
                analysis[i] = System.nanoTime() - t0;
            }
        }
        double[][] values = values(reps, 42L);
        long[] reference = new long[runs];
        double sink = 0;
        for (int i = -3; i < runs; i++) {
            long t0 = System.nanoTime();
            sink += floor(values);
            if (i >= 0) {
                reference[i] = System.nanoTime() - t0;
            }
        }
        double analysisMs = median(analysis) / 1e6;
        double referenceMs = median(reference) / 1e6;
        Results.put(out, "gaps", "reps", reps);
        Results.put(out, "gaps", "analysis.ms", analysisMs);
        Results.put(out, "gaps", "reference.ms", referenceMs);
        Results.put(out, "gaps", "ratio", analysisMs / referenceMs);
        Results.put(out, "gaps", "standings", ((Number) accessor(result, "standings")).doubleValue());
        Results.put(out, "gaps", "gaps", ((Number) accessor(result, "gaps")).doubleValue());
        Results.put(out, "gaps", "unknown", ((Number) accessor(result, "unknown")).doubleValue());
        System.out.println("(reference checksum " + sink + ")");
    }

    /** One array per (role, signal), each holding that role's reps' values. */
    private static double[][] values(int reps, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int perRole = (reps + ROLES - 1) / ROLES;
        double[][] out = new double[ROLES * SIGNALS][perRole];
        for (double[] column : out) {
            for (int i = 0; i < perRole; i++) {
                column[i] = Math.round(random.nextDouble(0, 100) * 10) / 10.0;
            }
        }
        return out;
    }

    /** Sort each column and place each value in it: the floor of peer placement. */
    private static double floor(double[][] columns) {
        double sum = 0;
        for (double[] column : columns) {
            double[] sorted = column.clone();
            Arrays.sort(sorted);
            for (double v : column) {
                sum += Arrays.binarySearch(sorted, v);
            }
        }
        return sum;
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
    }

    private static Object accessor(Object record, String name) throws Exception {
        return record.getClass().getMethod(name).invoke(record);
    }
}
