package dev.pacesetter.coaching;

import dev.pacesetter.content.KpiSignal;
import dev.pacesetter.content.SalesRole;
import dev.pacesetter.content.Skill;
import dev.pacesetter.content.SkillModel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A ready-made workload for the benchmark module: gap analysis (peer placement, blend, ranking) for
 * {@code n} synthetic reps spread evenly over the three roles, each against the peers of their role.
 * Generation is seeded, so the same {@code (n, seed)} always builds the same organisation.
 *
 * <pre>{@code
 * List<RepAssessment> org = GapBenchmark.syntheticReps(model, 10_000, 42);  // outside the timed region
 * GapBenchmark.Result r = GapBenchmark.analyse(model, org, GapBenchmark.AS_OF); // time this
 * }</pre>
 *
 * Signal readings are generated directly (not computed from ledger facts), so the figure is the
 * analysis alone, without loading or signal computation.
 */
public final class GapBenchmark {

    /** The synthetic organisation is assessed on this day; no clock is read. */
    public static final LocalDate AS_OF = LocalDate.of(2025, 6, 4);
    private static final Instant READ_AT = AS_OF.atStartOfDay(ZoneOffset.UTC).toInstant();

    private GapBenchmark() {
    }

    /**
     * What one run produced, enough to check that two runs did the same work.
     *
     * @param reps      reps analysed
     * @param standings rep × skill standings produced
     * @param gaps      standings below target
     * @param unknown   standings with no usable evidence
     * @param checksum  sum over reps of (top weighted gap × 1000, truncated) + (number of ranked gaps)
     */
    public record Result(int reps, int standings, int gaps, int unknown, long checksum) {
    }

    /** Loads the shipped skill model, builds {@code n} reps from {@code seed}, and analyses them. */
    public static Result analyseSyntheticReps(int n, long seed) {
        SkillModel model = SkillModel.load();
        return analyse(model, syntheticReps(model, n, seed), AS_OF);
    }

    /** Gap analysis for every rep against the peers of their role. */
    public static Result analyse(SkillModel model, List<RepAssessment> reps, LocalDate asOf) {
        List<RepGaps> all = new SkillAssessor(model, BlendPolicy.DEFAULT).assessAll(reps, asOf);
        int standings = 0;
        int gaps = 0;
        int unknown = 0;
        long checksum = 0;
        for (RepGaps g : all) {
            List<SkillStanding> ranked = g.ranked();
            standings += g.standings().size();
            gaps += ranked.size();
            unknown += g.unknown().size();
            if (!ranked.isEmpty()) {
                checksum += ranked.getFirst().weightedGap().orElseThrow().movePointRight(3).longValue() + ranked.size();
            }
        }
        return new Result(all.size(), standings, gaps, unknown, checksum);
    }

    /**
     * {@code n} reps, round-robin over SDR, AE, AM. Per rep: each computable signal measured 85 % of the
     * time (else insufficient), the rest not available; a manager rating for 70 % of skills and a
     * self-rating for 40 %, up to 400 days old (so some are past the policy's maximum age).
     */
    public static List<RepAssessment> syntheticReps(SkillModel model, int n, long seed) {
        Checks.require(n >= 1, "n", "must be 1 or more, was " + n);
        SplittableRandom random = new SplittableRandom(seed);
        List<RepAssessment> reps = new ArrayList<>(n);
        SalesRole[] roles = SalesRole.values();
        for (int i = 0; i < n; i++) {
            SalesRole role = roles[i % roles.length];
            reps.add(new RepAssessment(signals(model, i + 1L, role, random), ratings(model, role, 0.7, random),
                    ratings(model, role, 0.4, random)));
        }
        return reps;
    }

    private static RepSignals signals(SkillModel model, long repId, SalesRole role, SplittableRandom random) {
        Map<String, SignalReading> readings = new LinkedHashMap<>();
        for (KpiSignal s : model.signalsFor(role)) {
            SignalReading r;
            if (!model.computableFromLedger(s)) {
                r = new SignalReading.NotAvailable(s.id(), "synthetic: not computable");
            } else if (random.nextDouble() < 0.15) {
                r = new SignalReading.Insufficient(s.id(), 0, Math.max(1, s.minEvents()));
            } else {
                r = new SignalReading.Measured(s.id(), value(s, random), Math.max(s.minEvents(), 1));
            }
            readings.put(s.id(), r);
        }
        return new RepSignals(repId, role, READ_AT, readings);
    }

    private static double value(KpiSignal s, SplittableRandom random) {
        return switch (s.unit()) {
            case PERCENT -> Math.round(random.nextDouble(0, 100) * 10) / 10.0;
            case MONEY -> Math.round(random.nextDouble(5_000, 200_000));
            case DAYS -> Math.round(random.nextDouble(10, 200));
            case HOURS -> Math.round(random.nextDouble(0, 48) * 10) / 10.0;
            case PER_WEEK -> random.nextInt(0, 80);
        };
    }

    private static Map<String, Rating> ratings(SkillModel model, SalesRole role, double share, SplittableRandom random) {
        Map<String, Rating> out = new HashMap<>();
        for (Skill skill : model.skillsFor(role)) {
            if (random.nextDouble() < share) {
                out.put(skill.id(), new Rating(random.nextInt(1, 6), AS_OF.minusDays(random.nextInt(0, 400))));
            }
        }
        return out;
    }
}
