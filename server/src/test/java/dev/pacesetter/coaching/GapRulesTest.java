package dev.pacesetter.coaching;

import dev.pacesetter.content.SalesRole;
import dev.pacesetter.content.Skill;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GapRulesTest {

    /*
     * AE weights / targets (shipped model): discovery .15/4, closing .13/4, presenting .12/4,
     * qualification .10/4, negotiation .10/4, objection-handling .10/4, pipeline .10/4, prospecting .06/3.
     *
     * Worked example (first row):
     *   discovery     2.4 -> gap 1.6 × .15 = 0.240
     *   presenting    2.0 -> gap 2.0 × .12 = 0.240   tie on weighted gap: heavier weight (discovery) first
     *   closing       2.2 -> gap 1.8 × .13 = 0.234
     *   negotiation   3.0 -> gap 1.0 × .10 = 0.100   tie on weighted gap and weight: skill id decides,
     *   qualification 3.0 -> gap 1.0 × .10 = 0.100   "negotiation" < "qualification"
     *   objection-handling 4.2 -> gap −0.2: above target, not a gap
     *   prospecting   3.0 -> gap 0 (target 3): not a gap; everything not listed is unknown
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ties by weight then id | AE | discovery=2.4 presenting=2.0 closing=2.2 negotiation=3.0 qualification=3.0 "
                    + "objection-handling=4.2 prospecting=3.0 | discovery presenting closing negotiation qualification",
            "bigger gap, lower weight wins | AE | prospecting=1.0 discovery=3.5 | prospecting discovery",
            "at target is no gap | AM | renewals=4.0 account-growth=4.0 |",
            "SDR | SDR | prospecting=3.9 qualification=3.5 objection-handling=3.0 | objection-handling qualification "
                    + "prospecting"})
    void gapsRankByWeightedGapThenWeightThenId(String name, SalesRole role, String profile, String expected) {
        RepGaps gaps = Standings.of(1, role, profile);
        List<String> want = expected == null ? List.of() : Arrays.asList(expected.trim().split(" +"));
        assertEquals(want, gaps.ranked().stream().map(SkillStanding::skillId).toList());
    }

    @Test
    void everySkillOfTheRoleStandsAndUnmeasuredOnesAreUnknown() {
        RepGaps gaps = Standings.of(1, SalesRole.AE, "discovery=2.4");
        assertEquals(Standings.MODEL.skillsFor(SalesRole.AE).stream().map(Skill::id).toList(),
                gaps.standings().stream().map(SkillStanding::skillId).toList());
        assertEquals(gaps.standings().size() - 1, gaps.unknown().size());
        SkillStanding discovery = gaps.ranked().getFirst();
        assertEquals(new BigDecimal("1.6"), discovery.gap().orElseThrow());
        assertEquals(new BigDecimal("0.240"), discovery.weightedGapRounded().orElseThrow());
        assertEquals("unknown: not assessed", gaps.unknown().getFirst().proficiency().explanation().summary());
    }

    @ParameterizedTest(name = "top {0} of 3 -> {1}")
    @CsvSource({"1, 1", "3, 3", "5, 3"})
    void topIsTheHeadOfTheRanking(int n, int size) {
        assertEquals(size, Standings.of(1, SalesRole.AE, "discovery=2.0 closing=2.0 presenting=2.0").top(n).size());
    }

    /*
     * Heatmap: an AE and an AM. Columns are the skills that matter to either role, in model order.
     *   rep 2 (AE): discovery 2.5 (gap 1.5), negotiation 4.5 (above), others unknown; account-growth n/a
     *   rep 1 (AM): discovery 3.0 (gap 1.0), account-growth 2.0 (gap 2.0), others unknown; prospecting n/a
     *   discovery column: 2 assessed, 2 with gap, mean shortfall (1.5 + 1.0) / 2 = 1.25
     *   negotiation column: AE 4.5 (shortfall 0), AM unknown -> mean 0.00 over one known rep
     */
    @Test
    void heatmapAggregatesRepsBySkill() {
        RepGaps ae = Standings.of(2, SalesRole.AE, "discovery=2.5 negotiation=4.5");
        RepGaps am = Standings.of(1, SalesRole.AM, "discovery=3.0 account-growth=2.0");
        TeamHeatmap map = TeamHeatmap.of(Standings.MODEL, List.of(ae, am));
        assertEquals(List.of(1L, 2L), map.rows().stream().map(TeamHeatmap.Row::repId).toList());
        assertEquals(Standings.MODEL.skills().size(), map.skillIds().size(), "AE ∪ AM covers every skill but none");
        int discovery = map.skillIds().indexOf("discovery");
        int prospecting = map.skillIds().indexOf("prospecting");
        int negotiation = map.skillIds().indexOf("negotiation");
        assertEquals(TeamHeatmap.Status.NOT_FOR_ROLE, map.rows().get(0).cells().get(prospecting).status());
        assertEquals(TeamHeatmap.Status.AT_OR_ABOVE_TARGET, map.rows().get(1).cells().get(negotiation).status());
        assertEquals(new TeamHeatmap.Column("discovery", 2, 2, 0, Optional.of(new BigDecimal("1.25"))),
                map.columns().get(discovery));
        assertEquals(new TeamHeatmap.Column("negotiation", 2, 0, 1, Optional.of(new BigDecimal("0.00"))),
                map.columns().get(negotiation));
        TeamHeatmap.Column prospectingColumn = map.columns().get(prospecting);
        assertEquals(1, prospectingColumn.assessedFor());
        assertEquals(Optional.empty(), prospectingColumn.meanShortfall());
    }

    @Test
    void emptyTeamHasAnEmptyHeatmap() {
        TeamHeatmap map = TeamHeatmap.of(Standings.MODEL, List.of());
        assertTrue(map.rows().isEmpty());
        assertTrue(map.skillIds().isEmpty());
    }

    @Test
    void theBenchmarkWorkloadIsDeterministicAndCoversEveryRole() {
        GapBenchmark.Result a = run(300, 42);
        assertEquals(a, run(300, 42));
        assertNotEquals(a, run(300, 43));
        int standingsPerTrio = Arrays.stream(SalesRole.values())
                .mapToInt(r -> Standings.MODEL.skillsFor(r).size()).sum();
        assertEquals(100 * standingsPerTrio, a.standings());
        assertTrue(a.gaps() > 0 && a.unknown() > 0 && a.gaps() + a.unknown() < a.standings(), a.toString());
    }

    private static GapBenchmark.Result run(int reps, long seed) {
        return GapBenchmark.analyse(Standings.MODEL, GapBenchmark.syntheticReps(Standings.MODEL, reps, seed),
                GapBenchmark.AS_OF);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"30 | 30.0", "2.25 | 2.3", "-0.04 | 0.0", "-1.25 | -1.2", "0.95 | 1.0"})
    void oneDecimalRoundsHalfUp(double value, String text) {
        assertEquals(text, Numbers.oneDecimal(value));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"0 | 0", "999 | 999", "1000 | 1,000", "31200.4 | 31,200",
            "1234567 | 1,234,567", "-45000 | -45,000"})
    void moneyIsGroupedByThousands(double value, String text) {
        assertEquals(text, Numbers.grouped(value));
    }
}
