package dev.pacesetter.coaching.service;

import dev.pacesetter.api.model.BlendInput;
import dev.pacesetter.api.model.EvidenceSourceKind;
import dev.pacesetter.api.model.HeatmapCell;
import dev.pacesetter.api.model.HeatmapCellStatus;
import dev.pacesetter.api.model.HeatmapColumn;
import dev.pacesetter.api.model.HeatmapRow;
import dev.pacesetter.api.model.KpiSignalReading;
import dev.pacesetter.api.model.RatingSource;
import dev.pacesetter.api.model.RepGapReport;
import dev.pacesetter.api.model.RepProficiency;
import dev.pacesetter.api.model.SignalStatus;
import dev.pacesetter.api.model.SkillGap;
import dev.pacesetter.api.model.SkillProficiencyView;
import dev.pacesetter.api.model.SkillRating;
import dev.pacesetter.api.model.TeamSkillHeatmap;
import dev.pacesetter.coaching.BlendPolicy;
import dev.pacesetter.coaching.CoachingEngine;
import dev.pacesetter.coaching.Explanation;
import dev.pacesetter.coaching.RepGaps;
import dev.pacesetter.coaching.RepSignals;
import dev.pacesetter.coaching.SignalReading;
import dev.pacesetter.coaching.SkillStanding;
import dev.pacesetter.coaching.TeamHeatmap;
import dev.pacesetter.content.KpiSignal;
import dev.pacesetter.identity.UserView;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Assessments as the API shows them. Levels and gaps travel as decimal strings, as money does. */
final class AssessmentViews {

    private AssessmentViews() {
    }

    static SkillRating rating(RatingRow r) {
        return new SkillRating().id(r.id).repId(r.repId).skillId(r.skillId).source(RatingSource.fromValue(r.source))
                .level(r.level).note(r.note).ratedBy(r.ratedBy).ratedOn(r.ratedOn);
    }

    static RepProficiency proficiency(CoachingEngine engine, AssessmentService.RepView view) {
        RepGaps gaps = view.gaps();
        RepSignals signals = view.org().signals().get(view.rep().id());
        return new RepProficiency().repId(view.rep().id())
                .salesRole(dev.pacesetter.api.model.SalesRole.fromValue(gaps.role().name()))
                .asOf(PlanCodec.at(view.org().asOf())).policy(policy(engine.policy()))
                .signals(signals.readings().values().stream().map(r -> signal(engine, r)).toList())
                .skills(gaps.standings().stream().map(AssessmentViews::skill).toList());
    }

    static RepGapReport gaps(AssessmentService.RepView view) {
        RepGaps gaps = view.gaps();
        List<SkillGap> ranked = new ArrayList<>();
        int rank = 1;
        for (SkillStanding s : gaps.ranked()) {
            ranked.add(new SkillGap().rank(rank++).skillId(s.skillId()).skillName(s.skillName()).weight(s.weight())
                    .targetLevel(s.targetLevel()).proficiency(s.proficiency().level().orElseThrow().toPlainString())
                    .gap(s.gap().orElseThrow().toPlainString())
                    .weightedGap(s.weightedGapRounded().orElseThrow().toPlainString()).evidence(skill(s)));
        }
        return new RepGapReport().repId(view.rep().id())
                .salesRole(dev.pacesetter.api.model.SalesRole.fromValue(gaps.role().name()))
                .asOf(PlanCodec.at(view.org().asOf())).gaps(ranked)
                .unknown(gaps.unknown().stream().map(SkillStanding::skillId).toList());
    }

    static TeamSkillHeatmap heatmap(CoachingEngine engine, AssessmentService.Heatmap h) {
        Map<Long, UserView> members = new HashMap<>();
        h.members().forEach(m -> members.put(m.id(), m));
        TeamHeatmap map = engine.heatmap(h.members().stream().map(m -> h.org().gaps().get(m.id())).toList());
        return new TeamSkillHeatmap().teamId(h.team().id()).asOf(PlanCodec.at(h.org().asOf())).skillIds(map.skillIds())
                .rows(map.rows().stream().map(r -> new HeatmapRow().repId(r.repId())
                        .displayName(members.get(r.repId()).displayName())
                        .salesRole(dev.pacesetter.api.model.SalesRole.fromValue(r.role().name()))
                        .cells(r.cells().stream().map(c -> new HeatmapCell().skillId(c.skillId())
                                .status(HeatmapCellStatus.fromValue(c.status().name()))
                                .proficiency(c.proficiency().map(BigDecimal::toPlainString).orElse(null))
                                .gap(c.gap().map(BigDecimal::toPlainString).orElse(null))).toList())).toList())
                .columns(map.columns().stream().map(c -> new HeatmapColumn().skillId(c.skillId())
                        .assessedFor(c.assessedFor()).withGap(c.withGap()).unknown(c.unknown())
                        .meanShortfall(c.meanShortfall().map(BigDecimal::toPlainString).orElse(null))).toList());
    }

    static SkillProficiencyView skill(SkillStanding s) {
        Explanation e = s.proficiency().explanation();
        return new SkillProficiencyView().skillId(s.skillId()).skillName(s.skillName()).weight(s.weight())
                .targetLevel(s.targetLevel()).known(s.proficiency().known())
                .level(s.proficiency().level().map(BigDecimal::toPlainString).orElse(null)).summary(e.summary())
                .inputs(e.inputs().stream().map(in -> new BlendInput()
                        .source(EvidenceSourceKind.fromValue(in.source().name())).label(in.label())
                        .level(in.level().isPresent() ? in.level().getAsInt() : null).observedOn(in.observedOn())
                        .baseWeight(in.baseWeight()).decay(in.decay()).share(in.share())
                        .contribution(in.contribution()).used(in.used()).note(in.note())).toList());
    }

    private static KpiSignalReading signal(CoachingEngine engine, SignalReading r) {
        KpiSignal def = engine.model().signal(r.signalId()).orElseThrow();
        KpiSignalReading out = new KpiSignalReading().signalId(r.signalId()).name(def.name())
                .unit(def.unit().name());
        return switch (r) {
            case SignalReading.Measured m -> out.status(SignalStatus.MEASURED).value(m.value()).eventCount(m.eventCount());
            case SignalReading.Insufficient i -> out.status(SignalStatus.INSUFFICIENT).eventCount(i.eventCount())
                    .minEvents(i.minEvents());
            case SignalReading.NotAvailable n -> out.status(SignalStatus.NOT_AVAILABLE).reason(n.reason());
        };
    }

    private static String policy(BlendPolicy p) {
        return "manager rating " + Math.round(p.managerWeight() * 100) + " %, KPI signals "
                + Math.round(p.kpiWeight() * 100) + " %, self-rating " + Math.round(p.selfWeight() * 100)
                + " %; evidence counts half after " + p.halfLifeDays() + " days and not at all after "
                + p.maxAgeDays() + " days";
    }
}
