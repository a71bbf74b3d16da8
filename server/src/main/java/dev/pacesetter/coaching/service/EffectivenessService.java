package dev.pacesetter.coaching.service;

import dev.pacesetter.api.model.CoachingEffectiveness;
import dev.pacesetter.api.model.CoachingPlanEffect;
import dev.pacesetter.api.model.SignalChange;
import dev.pacesetter.api.model.SignalMeanChange;
import dev.pacesetter.coaching.CoachingEngine;
import dev.pacesetter.coaching.CoachingPlan;
import dev.pacesetter.coaching.EffectivenessReport;
import dev.pacesetter.coaching.PlanEffect;
import dev.pacesetter.coaching.RepLedger;
import dev.pacesetter.coaching.SignalDelta;
import dev.pacesetter.coaching.SignalMean;
import dev.pacesetter.identity.IdentityService;
import dev.pacesetter.platform.Caller;
import dev.pacesetter.platform.ProblemException;
import dev.pacesetter.platform.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Before-and-after of completed plans ({@code EffectivenessRules}): for each plan whose after-window
 * has ended, the rep's facts around the plan are loaded and the targeted skills' signals compared;
 * then averaged per manager and per skill. Association, not proof; the report says so in the contract.
 */
@ApplicationScoped
class EffectivenessService {

    @Inject
    CoachingEngine engine;

    @Inject
    CoachingStore store;

    @Inject
    LedgerFacts facts;

    @Inject
    IdentityService identity;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    CoachingEffectiveness report(Caller caller, Integer windowDaysParam) {
        if (caller.actingFor() != null || !caller.isAdmin() && !caller.has(Role.MANAGER)) {
            throw ProblemException.forbidden("Coaching effectiveness is for managers and admins.");
        }
        int windowDays = windowDaysParam == null ? 30 : windowDaysParam;
        if (windowDays < 7 || windowDays > 365) {
            throw ProblemException.invalid("windowDays", "must be 7 to 365, was " + windowDays);
        }
        List<PlanRow> completed = store.plans(caller.orgId(), caller.isAdmin() ? null
                : identity.reportIds(caller.orgId(), caller.userId()), "COMPLETED", true);
        Instant now = clock.instant();
        List<PlanEffect> effects = new ArrayList<>();
        List<Long> pending = new ArrayList<>();
        for (PlanRow row : completed) {
            CoachingPlan plan = PlanCodec.plan(row, store.items(row.id));
            if (now.isBefore(engine.measurableFrom(plan, windowDays))) {
                pending.add(row.id);
                continue;
            }
            Instant from = plan.startedAt().orElseThrow().minus(Duration.ofDays(windowDays));
            Instant to = plan.endedAt().orElseThrow().plus(Duration.ofDays(windowDays));
            RepLedger ledger = RepLedger.of(plan.repId(), plan.role(),
                    facts.byUser(caller.orgId(), List.of(plan.repId()), from, to).getOrDefault(plan.repId(), List.of()));
            effects.add(engine.measure(plan, ledger, windowDays, now));
        }
        EffectivenessReport report = engine.report(effects);
        return new CoachingEffectiveness().windowDays(windowDays).pending(pending)
                .plans(effects.stream().map(EffectivenessService::effect).toList())
                .byManager(report.byManager().stream().map(EffectivenessService::mean).toList())
                .bySkill(report.bySkill().stream().map(EffectivenessService::mean).toList());
    }

    private static CoachingPlanEffect effect(PlanEffect e) {
        return new CoachingPlanEffect().planId(e.planId()).repId(e.repId()).managerId(e.managerId())
                .beforeFrom(PlanCodec.at(e.before().from())).beforeTo(PlanCodec.at(e.before().to()))
                .afterFrom(PlanCodec.at(e.after().from())).afterTo(PlanCodec.at(e.after().to()))
                .changes(e.deltas().stream().map(EffectivenessService::change).toList());
    }

    private static SignalChange change(SignalDelta d) {
        return new SignalChange().skillId(d.skillId()).signalId(d.signalId()).comparable(d.comparable()).note(d.note())
                .before(d.before().isPresent() ? d.before().getAsDouble() : null)
                .after(d.after().isPresent() ? d.after().getAsDouble() : null)
                .delta(d.delta().isPresent() ? d.delta().getAsDouble() : null)
                .improvement(d.improvement().isPresent() ? d.improvement().getAsDouble() : null);
    }

    private static SignalMeanChange mean(SignalMean<?> m) {
        return new SignalMeanChange().group(String.valueOf(m.group())).signalId(m.signalId()).meanDelta(m.meanDelta())
                .meanImprovement(m.meanImprovement()).count(m.count());
    }
}
