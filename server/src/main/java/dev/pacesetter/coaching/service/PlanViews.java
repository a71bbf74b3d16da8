package dev.pacesetter.coaching.service;

import dev.pacesetter.api.model.CoachingItem;
import dev.pacesetter.api.model.CoachingItemKind;
import dev.pacesetter.api.model.CoachingItemState;
import dev.pacesetter.api.model.CoachingPlanState;
import dev.pacesetter.api.model.CoachingPlanView;
import dev.pacesetter.api.model.SalesRole;
import dev.pacesetter.coaching.CoachingEngine;
import dev.pacesetter.coaching.CoachingPlan;
import dev.pacesetter.content.CoachingActivity;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Plans as the API shows them. */
final class PlanViews {

    private PlanViews() {
    }

    /** The plan with its items. */
    static CoachingPlanView full(CoachingEngine engine, PlanService.Loaded l) {
        Map<Integer, PlanItemRow> rows = new HashMap<>();
        l.items().forEach(r -> rows.put(r.seq, r));
        return header(l.row(), l.plan()).items(l.plan().items().stream().map(t -> {
            PlanItemRow r = rows.get(t.sequence());
            return new CoachingItem().id(r.id).sequence(t.sequence()).week(t.item().week())
                    .kind(CoachingItemKind.fromValue(t.item().kind().name()))
                    .activityId(t.item().activityId().orElse(null)).title(t.item().title())
                    .summary(t.item().activityId().flatMap(id -> engine.library().find(id))
                            .map(CoachingActivity::summary).orElse(null))
                    .skillIds(t.item().skillIds()).level(t.item().level()).minutes(t.item().minutes())
                    .dueOn(t.item().dueOn()).why(t.item().why()).overCapacity(t.item().overCapacity())
                    .state(CoachingItemState.fromValue(t.state().name())).evidenceNote(r.evidenceNote)
                    .evidenceLink(r.evidenceLink).sentBackReason(t.sentBackReason().orElse(null))
                    .doneAt(t.doneAt().map(PlanCodec::at).orElse(null))
                    .verifiedAt(t.verifiedAt().map(PlanCodec::at).orElse(null));
        }).toList());
    }

    /** The plan without its items, for listings. */
    static CoachingPlanView summary(PlanRow row, List<PlanItemRow> items) {
        return header(row, PlanCodec.plan(row, items));
    }

    private static CoachingPlanView header(PlanRow row, CoachingPlan plan) {
        return new CoachingPlanView().id(row.id).repId(row.repId).managerId(row.managerId)
                .salesRole(SalesRole.fromValue(row.salesRole)).title(row.title)
                .state(CoachingPlanState.fromValue(plan.state().name()))
                .pausedFrom(plan.pausedFrom().map(s -> CoachingPlanState.fromValue(s.name())).orElse(null))
                .reason(row.reason).startsOn(row.startsOn).weeks(row.weeks).weeklyCapacityMinutes(row.weeklyMinutes)
                .topGaps(row.topGaps).targetedSkills(plan.targetedSkills()).progressPercent(plan.progressPercent())
                .notes(row.notes.isEmpty() ? List.of() : Arrays.asList(row.notes.split("\n")))
                .createdAt(row.createdAt).startedAt(row.startedAt).endedAt(row.endedAt);
    }
}
