package dev.pacesetter.coaching;

import dev.pacesetter.content.CoachingActivity;
import dev.pacesetter.content.CoachingLibrary;
import dev.pacesetter.content.SalesRole;
import dev.pacesetter.content.SkillModel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The one public door to the coaching rules for the feature's service in {@code coaching.service}:
 * the policies stay package-private (and table-tested here), the service sees only what it calls.
 * Holds the loaded skill model and library; no clock, no I/O: every instant and day is passed in.
 *
 * <pre>{@code
 * CoachingEngine engine = new CoachingEngine(SkillModel.load(), CoachingLibrary.load(), BlendPolicy.DEFAULT);
 * RepSignals signals = engine.signals(ledger, now);
 * List<RepGaps> gaps = engine.assess(orgReps, today);
 * }</pre>
 */
public final class CoachingEngine {

    private final SkillModel model;
    private final CoachingLibrary library;
    private final BlendPolicy policy;

    public CoachingEngine(SkillModel model, CoachingLibrary library, BlendPolicy policy) {
        this.model = Checks.present(model, "model");
        this.library = Checks.present(library, "library");
        this.policy = Checks.present(policy, "policy");
    }

    public SkillModel model() {
        return model;
    }

    public CoachingLibrary library() {
        return library;
    }

    public BlendPolicy policy() {
        return policy;
    }

    /** How many days of ledger facts {@link #signals} needs for a role. */
    public int lookbackDays(SalesRole role) {
        return SignalCalculator.lookbackDays(model, role);
    }

    /** Every signal of the rep's role over its own rolling window ending at {@code asOf}. */
    public RepSignals signals(RepLedger ledger, Instant asOf) {
        return SignalCalculator.rolling(model, ledger, asOf);
    }

    /** Gap analysis of every rep, each placed among the reps of the same role in {@code reps}. */
    public List<RepGaps> assess(Collection<RepAssessment> reps, LocalDate asOf) {
        return new SkillAssessor(model, policy).assessAll(reps, asOf);
    }

    /** Reps × skills for a team, from the team members' gap analyses. */
    public TeamHeatmap heatmap(Collection<RepGaps> reps) {
        return TeamHeatmap.of(model, reps);
    }

    /** A deterministic plan for the top gaps (see {@link PlanGenerator}). */
    public GeneratedPlan generate(RepGaps gaps, PlanSettings settings, LocalDate startsOn) {
        return new PlanGenerator(model, library).generate(gaps, settings, startsOn);
    }

    /** The library activity with this id, or a rule exception naming {@code field}. */
    public CoachingActivity activity(String id, String field) {
        Checks.text(id, field);
        return library.find(id).orElseThrow(() -> new CoachingRuleException(field, "no library activity '" + id + "'"));
    }

    // Draft edits (DraftEdits).

    public CoachingPlan addItem(CoachingPlan plan, CoachingActivity activity, Optional<Integer> position,
                                Optional<Integer> week, Optional<LocalDate> dueOn, LocalDate startsOn) {
        return DraftEdits.add(plan, activity, position, week, dueOn, startsOn);
    }

    public CoachingPlan removeItem(CoachingPlan plan, int sequence) {
        return DraftEdits.remove(plan, sequence);
    }

    public CoachingPlan moveItem(CoachingPlan plan, int sequence, int position) {
        return DraftEdits.move(plan, sequence, position);
    }

    public CoachingPlan redateItem(CoachingPlan plan, int sequence, LocalDate dueOn, LocalDate startsOn) {
        return DraftEdits.redate(plan, sequence, dueOn, startsOn);
    }

    // Lifecycle (PlanLifecycle, ItemLifecycle).

    public PlanChange assign(CoachingPlan plan, Instant at) {
        return PlanLifecycle.assign(plan, at);
    }

    public PlanChange start(CoachingPlan plan, Instant at) {
        return PlanLifecycle.start(plan, at);
    }

    public PlanChange pause(CoachingPlan plan, String reason, Instant at) {
        return PlanLifecycle.pause(plan, reason, at);
    }

    public PlanChange resume(CoachingPlan plan, Instant at) {
        return PlanLifecycle.resume(plan, at);
    }

    public PlanChange complete(CoachingPlan plan, Instant at) {
        return PlanLifecycle.complete(plan, at);
    }

    public PlanChange abandon(CoachingPlan plan, String reason, Instant at) {
        return PlanLifecycle.abandon(plan, reason, at);
    }

    public PlanChange markDone(CoachingPlan plan, int sequence, String evidence, Instant at) {
        return ItemLifecycle.markDone(plan, sequence, evidence, at);
    }

    public PlanChange verify(CoachingPlan plan, int sequence, long verifierId, Instant at) {
        return ItemLifecycle.verify(plan, sequence, verifierId, at);
    }

    public PlanChange sendBack(CoachingPlan plan, int sequence, String reason, Instant at) {
        return ItemLifecycle.sendBack(plan, sequence, reason, at);
    }

    /** The points an event earns, if any (see {@link CoachingPoints}). */
    public Optional<CoachingAward> award(PlanEvent event) {
        return CoachingPoints.award(event);
    }

    // Effectiveness (EffectivenessRules, EffectivenessReport).

    public Instant measurableFrom(CoachingPlan plan, int windowDays) {
        return EffectivenessRules.measurableFrom(plan, windowDays);
    }

    public PlanEffect measure(CoachingPlan plan, RepLedger ledger, int windowDays, Instant now) {
        return EffectivenessRules.measure(model, plan, ledger, windowDays, now);
    }

    public EffectivenessReport report(Collection<PlanEffect> effects) {
        return EffectivenessReport.of(effects);
    }
}
