package dev.pacesetter.coaching;

import dev.pacesetter.content.SalesRole;
import dev.pacesetter.content.SkillInfluence.Direction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import static dev.pacesetter.coaching.Plans.MANAGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EffectivenessTest {

    static final Instant START = Instant.parse("2025-03-03T09:00:00Z");
    static final Instant END = Instant.parse("2025-04-14T17:00:00Z");

    /** The AE plan (discovery, presenting, closing) started at START and completed at END. */
    static CoachingPlan completed() {
        CoachingPlan p = PlanLifecycle.start(Plans.assigned(), START).plan();
        for (TrackedItem i : p.items()) {
            p = ItemLifecycle.markDone(p, i.sequence(), "done", START.plus(Duration.ofDays(1))).plan();
            if (i.item().isActivity()) {
                p = ItemLifecycle.verify(p, i.sequence(), MANAGER, START.plus(Duration.ofDays(2))).plan();
            }
        }
        return PlanLifecycle.complete(p, END).plan();
    }

    private static Instant at(Instant base, int days) {
        return base.plus(Duration.ofDays(days));
    }

    private static List<LedgerFact> repeat(String type, int n, Instant at) {
        List<LedgerFact> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(LedgerFact.counted(type, at.plusSeconds(i), null));
        }
        return out;
    }

    /** Five deals: opportunity {@code openDays} after base, won {@code wonDays} after base, at {@code amount}. */
    private static List<LedgerFact> deals(String prefix, Instant base, int openDays, int wonDays, String amount) {
        List<LedgerFact> out = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            out.add(LedgerFact.counted("OPPORTUNITY_CREATED", at(base, openDays), prefix + i));
            out.add(LedgerFact.monetary("DEAL_WON", at(base, wonDays), new BigDecimal(amount), "core", prefix + i));
        }
        return out;
    }

    /*
     * 90-day windows: before = [START − 90d, START), after = [END, END + 90d).
     *   meeting-to-opportunity: before 20 meetings, 5 opportunities (the deals') = 25 %;
     *                           after 20 meetings, 5 + 3 opportunities = 40 %            -> +15
     *   average deal size:      before 5 × 10,000; after 5 × 12,000                      -> +2,000
     *   sales cycle:            before opened START−60d, won START−20d = 40 days;
     *                           after opened END+10d, won END+40d = 30 days              -> −10, improvement +10
     *   demo-to-win: no demos, insufficient both sides; win-rate: 5 closed deals a side, below its
     *   minimum of 10; deal-slip-rate: 5 and 8 opportunities, below 10;
     *   quota-attainment: no quota.
     */
    @Test
    void measuresEachTargetedSkillsSignalsBeforeAndAfter() {
        List<LedgerFact> facts = Facts.all(
                repeat("MEETING_BOOKED", 20, at(START, -30)), deals("b", START, -60, -20, "10000"),
                repeat("MEETING_BOOKED", 20, at(END, 5)), repeat("OPPORTUNITY_CREATED", 3, at(END, 5)),
                deals("a", END, 10, 40, "12000"));
        PlanEffect effect = EffectivenessRules.measure(Standings.MODEL, completed(),
                RepLedger.of(Plans.REP, SalesRole.AE, facts), 90, at(END, 90));
        assertEquals(new TimeWindow(at(START, -90), START), effect.before());
        assertEquals(new TimeWindow(END, at(END, 90)), effect.after());
        assertEquals(List.of(
                "discovery meeting-to-opportunity-rate 15.0",
                "discovery win-rate before: insufficient, 5 events of 10; after: insufficient, 5 events of 10",
                "discovery average-deal-size 2000.0",
                "presenting win-rate before: insufficient, 5 events of 10; after: insufficient, 5 events of 10",
                "presenting demo-to-win-rate before: insufficient, 0 events of 10; after: insufficient, 0 events of 10",
                "closing win-rate before: insufficient, 5 events of 10; after: insufficient, 5 events of 10",
                "closing sales-cycle-length -10.0 (improvement 10.0)",
                "closing deal-slip-rate before: insufficient, 5 events of 10; after: insufficient, 8 events of 10",
                "closing quota-attainment before: not available, the rep has no quota for this window; "
                        + "after: not available, the rep has no quota for this window"),
                effect.deltas().stream().map(EffectivenessTest::render).toList());
    }

    private static String render(SignalDelta d) {
        if (!d.comparable()) {
            return d.skillId() + " " + d.signalId() + " " + d.note();
        }
        double delta = d.delta().getAsDouble();
        double improvement = d.improvement().getAsDouble();
        return d.skillId() + " " + d.signalId() + " " + Math.round(delta * 1000) / 1000.0
                + (delta == improvement ? "" : " (improvement " + Math.round(improvement * 1000) / 1000.0 + ")");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "not completed     | IN_PROGRESS | 90 | 200 | state",
            "window too short  | COMPLETED   | 6  | 200 | windowDays",
            "too early         | COMPLETED   | 90 | 89  | now"})
    void measuresOnlyCompletedPlansOnceTheAfterWindowHasPassed(String name, String state, int window, int nowDays,
                                                              String field) {
        CoachingPlan plan = state.equals("COMPLETED") ? completed() : Plans.inProgress();
        var e = assertThrows(CoachingRuleException.class, () -> EffectivenessRules.measure(Standings.MODEL, plan,
                RepLedger.of(Plans.REP, SalesRole.AE, List.of()), window, at(END, nowDays)));
        assertEquals(field, e.field());
    }

    @Test
    void anotherRepsLedgerIsRefused() {
        var e = assertThrows(CoachingRuleException.class, () -> EffectivenessRules.measure(Standings.MODEL,
                completed(), RepLedger.of(99, SalesRole.AE, List.of()), 90, at(END, 90)));
        assertEquals("ledger", e.field());
    }

    private static SignalDelta delta(String skill, String signal, Direction dir, double before, double after) {
        return new SignalDelta(skill, signal, dir, OptionalDouble.of(before), OptionalDouble.of(after), "");
    }

    /*
     * Aggregation. Manager 3 has plans 1 and 2, manager 4 has plan 3.
     *   plan 1 targets discovery and qualification; meeting-to-opp (informs both) 20 -> 35 = +15,
     *          sales cycle 40 -> 30 days = −10 (improvement +10)
     *   plan 2 discovery: meeting-to-opp 20 -> 25 = +5; plus an incomparable average deal size
     *   plan 3 discovery: meeting-to-opp 30 -> 25 = −5
     * By manager: (3, m2o) = (15 + 5) / 2 = 10 over 2 plans — plan 1's m2o counts once, not twice;
     *             (3, cycle) = −10, improvement 10; (4, m2o) = −5.
     * By skill:   (discovery, m2o) = (15 + 5 − 5) / 3 = 5; (qualification, m2o) = 15 over 1.
     */
    @Test
    void aggregatesPerManagerAndPerSkillPerSignal() {
        String m2o = "meeting-to-opportunity-rate";
        String cycle = "sales-cycle-length";
        TimeWindow w = new TimeWindow(START, END);
        PlanEffect p1 = new PlanEffect(1, 10, 3, w, w, List.of(
                delta("discovery", m2o, Direction.HIGHER_IS_BETTER, 20, 35),
                delta("qualification", m2o, Direction.HIGHER_IS_BETTER, 20, 35),
                delta("qualification", cycle, Direction.LOWER_IS_BETTER, 40, 30)));
        PlanEffect p2 = new PlanEffect(2, 11, 3, w, w, List.of(
                delta("discovery", m2o, Direction.HIGHER_IS_BETTER, 20, 25),
                new SignalDelta("discovery", "average-deal-size", Direction.HIGHER_IS_BETTER, OptionalDouble.empty(),
                        OptionalDouble.of(9000), "before: insufficient")));
        PlanEffect p3 = new PlanEffect(3, 12, 4, w, w, List.of(
                delta("discovery", m2o, Direction.HIGHER_IS_BETTER, 30, 25)));
        EffectivenessReport r = EffectivenessReport.of(List.of(p3, p2, p1));
        assertEquals(List.of(new SignalMean<>(3L, m2o, 10.0, 10.0, 2), new SignalMean<>(3L, cycle, -10.0, 10.0, 1),
                new SignalMean<>(4L, m2o, -5.0, -5.0, 1)), r.byManager());
        assertEquals(List.of(new SignalMean<>("discovery", m2o, 5.0, 5.0, 3),
                new SignalMean<>("qualification", m2o, 15.0, 15.0, 1),
                new SignalMean<>("qualification", cycle, -10.0, 10.0, 1)), r.bySkill());
    }

    @Test
    void noComparableDeltasMeansAnEmptyReport() {
        EffectivenessReport r = EffectivenessReport.of(List.of());
        assertTrue(r.byManager().isEmpty());
        assertFalse(new SignalDelta("d", "s", Direction.HIGHER_IS_BETTER, OptionalDouble.empty(),
                OptionalDouble.of(1), "x").improvement().isPresent());
    }
}
