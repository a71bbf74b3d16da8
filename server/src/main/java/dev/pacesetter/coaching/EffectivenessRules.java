package dev.pacesetter.coaching;

import dev.pacesetter.content.KpiSignal;
import dev.pacesetter.content.SkillInfluence;
import dev.pacesetter.content.SkillModel;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Measures a completed plan: the rep's signals over {@code windowDays} before the plan started and
 * the same length after it was completed. The service loads the rep's facts for
 * {@code [started − windowDays, completed + windowDays)} and calls this once the after-window has
 * passed ({@link #measurableFrom}); the quota, if any, is taken to be the same in both windows.
 *
 * <p>This is association, not proof: seasonality, territory changes and the plan itself all move the
 * numbers. The report says what changed around coaching; a control group is future work.
 */
final class EffectivenessRules {

    private EffectivenessRules() {
    }

    /** When the after-window of a completed plan ends. */
    static Instant measurableFrom(CoachingPlan plan, int windowDays) {
        requireCompleted(plan);
        Checks.range(windowDays, 7, 365, "windowDays");
        return plan.endedAt().orElseThrow().plus(Duration.ofDays(windowDays));
    }

    static PlanEffect measure(SkillModel model, CoachingPlan plan, RepLedger ledger, int windowDays, Instant now) {
        Instant ready = measurableFrom(plan, windowDays);
        Checks.require(!now.isBefore(ready), "now", "the after-window ends at " + ready + "; measure from then");
        Checks.require(ledger.repId() == plan.repId() && ledger.role() == plan.role(), "ledger",
                "is for rep " + ledger.repId() + " (" + ledger.role() + "), the plan for rep " + plan.repId()
                        + " (" + plan.role() + ")");
        TimeWindow before = TimeWindow.ending(plan.startedAt().orElseThrow(), windowDays);
        TimeWindow after = TimeWindow.starting(plan.endedAt().orElseThrow(), windowDays);
        RepSignals was = SignalCalculator.over(model, ledger, before);
        RepSignals is = SignalCalculator.over(model, ledger, after);
        List<SignalDelta> deltas = new ArrayList<>();
        for (String skill : plan.targetedSkills()) {
            for (KpiSignal signal : model.signalsFor(plan.role())) {
                for (SkillInfluence influence : signal.informs()) {
                    if (influence.skill().equals(skill)) {
                        deltas.add(delta(skill, signal.id(), influence.direction(), was, is));
                    }
                }
            }
        }
        return new PlanEffect(plan.planId(), plan.repId(), plan.managerId(), before, after, deltas);
    }

    private static SignalDelta delta(String skill, String signalId, SkillInfluence.Direction direction,
                                     RepSignals was, RepSignals is) {
        OptionalDouble before = was.measured(signalId);
        OptionalDouble after = is.measured(signalId);
        List<String> why = new ArrayList<>();
        if (before.isEmpty()) {
            why.add("before: " + describe(was.reading(signalId).orElseThrow()));
        }
        if (after.isEmpty()) {
            why.add("after: " + describe(is.reading(signalId).orElseThrow()));
        }
        return new SignalDelta(skill, signalId, direction, before, after, String.join("; ", why));
    }

    private static String describe(SignalReading r) {
        return switch (r) {
            case SignalReading.Measured m -> "measured";
            case SignalReading.Insufficient i -> "insufficient, " + i.eventCount() + " events of " + i.minEvents();
            case SignalReading.NotAvailable n -> "not available, " + n.reason();
        };
    }

    private static void requireCompleted(CoachingPlan plan) {
        Checks.require(plan.state() == PlanState.COMPLETED, "state",
                "only a COMPLETED plan can be measured; plan " + plan.planId() + " is " + plan.state());
    }
}
