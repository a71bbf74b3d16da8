package dev.pacesetter.comp.service;

import dev.pacesetter.api.model.CompAdjustment;
import dev.pacesetter.api.model.CompAttainment;
import dev.pacesetter.api.model.CompLineInputs;
import dev.pacesetter.api.model.CompRule;
import dev.pacesetter.api.model.CompStatement;
import dev.pacesetter.api.model.CompStatementLine;
import dev.pacesetter.api.model.CompStatementState;
import dev.pacesetter.api.model.CompTotals;
import dev.pacesetter.comp.CompPeriod;
import dev.pacesetter.comp.LineInputs;
import dev.pacesetter.comp.Rule;
import dev.pacesetter.comp.Statement;
import dev.pacesetter.comp.StatementLine;

import java.util.ArrayList;

/** An engine statement as the wire (and the frozen JSON) shows it: every line with its rule, inputs and words. */
final class StatementMapper {

    private StatementMapper() {
    }

    static CompStatement toApi(long userId, Statement statement, long asOfPosition) {
        CompPeriod period = statement.scope().period();
        CompStatement out = new CompStatement().userId(userId).period(period.label())
                .periodStart(period.start()).periodEnd(period.lastDay())
                .planKey(statement.scope().plan().planId()).planVersion(statement.scope().plan().version())
                .state(CompStatementState.DRAFT).currency(statement.totals().earned().currency().getCurrencyCode())
                .attainment(new CompAttainment().creditedRevenue(Wire.money(statement.attainment().creditedRevenue()))
                        .quota(Wire.money(statement.attainment().quota()))
                        .percent(Wire.percent(statement.attainment().percent())))
                .totals(new CompTotals().earned(Wire.money(statement.totals().earned()))
                        .adjustments(Wire.money(statement.totals().adjustments()))
                        .payable(Wire.money(statement.totals().payable())))
                .lines(new ArrayList<>()).approvals(new ArrayList<>()).asOfPosition(asOfPosition);
        for (StatementLine line : statement.lines()) {
            out.addLinesItem(line(period, line));
        }
        return out;
    }

    /** The id of a line: its period and key, stable across recalculations and unique per rep. */
    static String lineId(CompPeriod period, String key) {
        return period.label() + ":" + key;
    }

    private static CompStatementLine line(CompPeriod period, StatementLine line) {
        CompStatementLine out = new CompStatementLine().id(lineId(period, line.key().toString()))
                .componentId(line.componentId()).slot(line.key().slot()).rule(rule(line.rule()))
                .inputs(inputs(line.inputs())).amount(Wire.money(line.amount())).explanation(line.explanation());
        if (line.rule() instanceof Rule.Adjustment a) {
            out.adjustment(new CompAdjustment().period(a.period().label()).componentId(a.adjusts().componentId())
                    .slot(a.adjusts().slot()).originalLineId(a.originalLineId().orElse(null))
                    .recalculated(Wire.money(a.recalculated())).previouslyPaid(Wire.money(a.previouslyPaid())));
        }
        return out;
    }

    private static CompLineInputs inputs(LineInputs in) {
        CompLineInputs out = new CompLineInputs().creditedRevenue(Wire.money(in.creditedRevenue()))
                .attainmentPercent(Wire.percent(in.attainmentPercent()));
        in.slice().ifPresent(s -> out.sliceFrom(Wire.money(s.from())).sliceTo(Wire.money(s.to())));
        in.units().ifPresent(u -> out.units(Wire.number(u)));
        return out;
    }

    private static CompRule rule(Rule rule) {
        return switch (rule) {
            case Rule.RateTier t -> new CompRule().kind(CompRule.KindEnum.RATE_TIER).description(t.tier().label(t.number()))
                    .tierNumber(t.number()).mode(CompRule.ModeEnum.valueOf(t.mode().name()))
                    .fromPercent(Wire.number(t.tier().fromPercent()))
                    .toPercent(t.tier().toPercent().map(Wire::number).orElse(null))
                    .ratePercent(Wire.number(t.tier().ratePercent()));
            case Rule.GateNotMet g -> new CompRule().kind(CompRule.KindEnum.GATE_NOT_MET)
                    .description("gate at " + Wire.number(g.gate().minAttainmentPercent()) + "% of quota not met")
                    .thresholdPercent(Wire.number(g.gate().minAttainmentPercent())).reached(false);
            case Rule.CapApplied c -> new CompRule().kind(CompRule.KindEnum.CAP_APPLIED)
                    .description("cap " + c.limit().format()).limit(Wire.money(c.limit()))
                    .uncapped(Wire.money(c.uncapped()));
            case Rule.Milestone m -> new CompRule().kind(CompRule.KindEnum.MILESTONE)
                    .description(m.bonus().format() + " at " + Wire.number(m.atAttainmentPercent()) + "% of quota")
                    .thresholdPercent(Wire.number(m.atAttainmentPercent())).bonus(Wire.money(m.bonus()))
                    .reached(m.reached());
            case Rule.UnitRate u -> new CompRule().kind(CompRule.KindEnum.UNIT_RATE)
                    .description(u.perUnit().format() + " per " + u.filter().describe()).perUnit(Wire.money(u.perUnit()));
            case Rule.Adjustment a -> new CompRule().kind(CompRule.KindEnum.ADJUSTMENT)
                    .description("adjusts " + a.adjusts() + " of " + a.period().label());
        };
    }
}
