package dev.pacesetter.coaching;

import dev.pacesetter.content.SalesRole;
import dev.pacesetter.content.SkillInfluence.Direction;
import dev.pacesetter.content.SkillModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProficiencyBlenderTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 4);

    /** A KPI placed at {@code level}, observed {@code daysAgo} days before TODAY; blank level = not placed. */
    private static KpiEvidence kpi(String id, double influence, Integer level, int daysAgo) {
        Optional<PeerPlacement> placement = level == null ? Optional.empty()
                : Optional.of(new PeerPlacement(id, 1, Direction.HIGHER_IS_BETTER, 50, level, 10));
        return new KpiEvidence(id, id, influence, placement, level == null ? "insufficient: 3 events, 15 needed"
                : "placed", TODAY.minusDays(daysAgo));
    }

    private static Optional<Rating> rating(Integer level, int daysAgo) {
        return level == null ? Optional.empty() : Optional.of(new Rating(level, TODAY.minusDays(daysAgo)));
    }

    /*
     * Default policy: manager 0.5, KPI 0.35, self 0.15, half-life 90 days, ignore beyond 365 days.
     * weight = base × ½^(age/90); share = weight / Σ weight; proficiency = Σ level × share, 1 dp half up.
     *
     *  1. all fresh: M2, K3, S4 -> 0.5·2 + 0.35·3 + 0.15·4 = 1 + 1.05 + 0.6 = 2.65 -> 2.7
     *  2. manager only, M2 -> 2.0; self only, S4 -> 4.0 (renormalised: the only source has all the weight)
     *  3. manager 90 days old (decay ½), K4 fresh: (2·0.25 + 4·0.35) / (0.25 + 0.35) = 1.9 / 0.6 = 3.17 -> 3.2
     *  4. manager 400 days old is ignored; K4 fresh -> 4.0
     *  5. two KPIs with influence 0.6 and 0.3 at levels 2 and 5, M3 fresh: KPI weight splits 2:1,
     *     0.2333 and 0.1167: (1.5 + 0.4667 + 0.5833) / 0.85 = 2.55 / 0.85 = 3.0
     *  6. a KPI that could not be placed carries nothing: M2 + unplaced KPI -> 2.0
     *  7. a rating dated tomorrow is not used: M5 tomorrow + S3 today -> 3.0
     *  8. manager 180 days old (¼), self 0 days: (2·0.125 + 4·0.15) / 0.275 = 0.85 / 0.275 = 3.09 -> 3.1
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "1 all fresh            | 2 |   0 | 3 |   | 0 | 4 |  0 | 2.7",
            "2 manager only         | 2 |   0 |   |   | 0 |   |  0 | 2.0",
            "2 self only            |   |   0 |   |   | 0 | 4 |  0 | 4.0",
            "3 old manager          | 2 |  90 | 4 |   | 0 |   |  0 | 3.2",
            "4 stale manager        | 2 | 400 | 4 |   | 0 |   |  0 | 4.0",
            "5 two KPIs             | 3 |   0 | 2 | 5 | 0 |   |  0 | 3.0",
            "6 unplaced KPI         | 2 |   0 |   |   | 0 |   |  0 | 2.0",
            "7 future manager       | 5 |  -1 |   |   | 0 | 3 |  0 | 3.0",
            "8 manager 180 days old | 2 | 180 |   |   | 0 | 4 |  0 | 3.1"})
    void blendsWeightedDecayedEvidence(String name, Integer manager, int managerAge, Integer kpi1, Integer kpi2,
                                       int kpiAge, Integer self, int selfAge, String expected) {
        List<KpiEvidence> kpis = new ArrayList<>();
        kpis.add(kpi("k1", 0.6, kpi1, kpiAge));
        if (kpi2 != null) {
            kpis.add(kpi("k2", 0.3, kpi2, kpiAge));
        }
        SkillEvidence e = new SkillEvidence("discovery", rating(manager, managerAge), rating(self, selfAge), kpis);
        SkillProficiency p = ProficiencyBlender.blend(e, BlendPolicy.DEFAULT, TODAY);
        assertEquals(new BigDecimal(expected), p.level().orElseThrow());
        double shares = p.explanation().used().stream().mapToDouble(Explanation.Input::share).sum();
        assertEquals(1.0, shares, 1e-9);
    }

    @Test
    void theExplanationListsEveryInputWithWeightAndContribution() {
        SkillEvidence e = new SkillEvidence("discovery", rating(2, 0), rating(4, 0),
                List.of(kpi("k1", 0.6, 3, 0), kpi("k2", 0.3, null, 0)));
        Explanation x = ProficiencyBlender.blend(e, BlendPolicy.DEFAULT, TODAY).explanation();
        assertEquals(4, x.inputs().size());
        // used first, largest share first; the unplaced KPI last with its reason
        assertEquals(List.of(EvidenceSource.MANAGER_RATING, EvidenceSource.KPI, EvidenceSource.SELF_RATING,
                EvidenceSource.KPI), x.inputs().stream().map(Explanation.Input::source).toList());
        Explanation.Input manager = x.inputs().getFirst();
        assertEquals(0.5, manager.baseWeight(), 1e-12);
        assertEquals(1.0, manager.decay(), 1e-12);
        assertEquals(0.5, manager.share(), 1e-12);
        assertEquals(1.0, manager.contribution(), 1e-12);
        Explanation.Input unplaced = x.inputs().getLast();
        assertFalse(unplaced.used());
        assertTrue(unplaced.note().startsWith("insufficient"), unplaced.note());
        assertEquals("2.7 from manager rating 2 (50%), k1 3 (35%), self-rating 4 (15%)", x.summary());
    }

    @Test
    void noEvidenceIsUnknownAndSaysWhatIsMissing() {
        SkillEvidence e = new SkillEvidence("discovery", Optional.empty(), Optional.empty(),
                List.of(kpi("k1", 0.6, null, 0)));
        SkillProficiency p = ProficiencyBlender.blend(e, BlendPolicy.DEFAULT, TODAY);
        assertFalse(p.known());
        assertEquals("unknown: no manager rating; no self-rating; k1: insufficient: 3 events, 15 needed",
                p.explanation().summary());
    }

    @Test
    void onlyStaleEvidenceIsUnknownToo() {
        SkillEvidence e = new SkillEvidence("discovery", rating(4, 366), Optional.empty(), List.of());
        SkillProficiency p = ProficiencyBlender.blend(e, BlendPolicy.DEFAULT, TODAY);
        assertFalse(p.known());
        assertTrue(p.explanation().summary().contains("older than 365 days"), p.explanation().summary());
    }

    /* A policy that gives self-ratings no weight lists them but never lets them decide. */
    @Test
    void aZeroWeightSourceIsListedButDoesNotCount() {
        BlendPolicy managersOnly = new BlendPolicy(0.7, 0.3, 0.0, 90, 365);
        SkillEvidence e = new SkillEvidence("discovery", Optional.empty(), rating(5, 0), List.of());
        SkillProficiency p = ProficiencyBlender.blend(e, managersOnly, TODAY);
        assertFalse(p.known());
        assertEquals("carries no weight in the blend policy", p.explanation().inputs().getFirst().note());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "weights sum to 0.9 | 0.5 | 0.3 | 0.1 | 90  | 365 | weights",
            "negative weight    | 1.1 | -0.1| 0.0 | 90  | 365 | weights",
            "half-life 0        | 0.5 | 0.35| 0.15| 0   | 365 | halfLifeDays",
            "max age < half-life| 0.5 | 0.35| 0.15| 90  | 30  | maxAgeDays"})
    void policiesAreValidated(String name, double m, double k, double s, int halfLife, int maxAge, String field) {
        var e = assertThrows(CoachingRuleException.class, () -> new BlendPolicy(m, k, s, halfLife, maxAge));
        assertEquals(field, e.field());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"2.65, 2.7", "2.649999999, 2.6", "3.05, 3.1", "1.04, 1.0", "4.95, 5.0"})
    void roundsHalfUpToOneDecimal(double value, String expected) {
        assertEquals(new BigDecimal(expected), ProficiencyBlender.round(value));
    }

    /*
     * From readings to evidence, AE discovery: the AE signals informing discovery are meeting-to-opportunity
     * (0.6), win-rate (0.25, not computable) and average-deal-size (0.3). Ten AE peers with meeting-to-opp
     * 10..100 %; our rep has 30 % -> mid-rank (2 + 0.5) / 10 = 25th percentile -> level 2.
     */
    @Test
    void kpiEvidenceNamesPercentileAndPeersOrTheReason() {
        SkillModel model = SkillModel.load();
        List<RepSignals> team = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            team.add(new RepSignals(i, SalesRole.AE, Facts.NOW, Map.of("meeting-to-opportunity-rate",
                    new SignalReading.Measured("meeting-to-opportunity-rate", i * 10.0, 20))));
        }
        RepSignals rep = team.get(2);
        List<KpiEvidence> ev = KpiEvidenceRules.forSkill(model, rep, PeerGroups.of(SalesRole.AE, team), "discovery");
        assertEquals(List.of("meeting-to-opportunity-rate", "win-rate", "average-deal-size"),
                ev.stream().map(KpiEvidence::signalId).toList());
        assertEquals(2, ev.getFirst().placement().orElseThrow().level());
        assertEquals("30.0 %, 25th percentile of 10 AE peers", ev.getFirst().note());
        assertEquals("not available: not read for this rep", ev.get(1).note());
        assertEquals(TODAY, ev.getFirst().observedOn());
    }

    @ParameterizedTest
    @CsvSource({"1, 1st", "2, 2nd", "3, 3rd", "4, 4th", "11, 11th", "12, 12th", "13, 13th", "21, 21st",
            "22.4, 22nd", "99.5, 100th", "0, 0th"})
    void percentilesReadAsOrdinals(double p, String text) {
        assertEquals(text, KpiEvidenceRules.ordinal(p));
    }
}
