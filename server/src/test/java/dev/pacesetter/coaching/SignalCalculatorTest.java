package dev.pacesetter.coaching;

import dev.pacesetter.content.KpiSignal;
import dev.pacesetter.content.SalesRole;
import dev.pacesetter.content.SkillModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static dev.pacesetter.coaching.Facts.NOW;
import static dev.pacesetter.coaching.Facts.all;
import static dev.pacesetter.coaching.Facts.counted;
import static dev.pacesetter.coaching.Facts.opportunity;
import static dev.pacesetter.coaching.Facts.won;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignalCalculatorTest {

    static final SkillModel MODEL = SkillModel.load();

    private static RepSignals sdr(List<LedgerFact> facts) {
        return SignalCalculator.rolling(MODEL, RepLedger.of(7, SalesRole.SDR, facts), NOW);
    }

    private static RepSignals ae(List<LedgerFact> facts) {
        return SignalCalculator.rolling(MODEL, RepLedger.of(7, SalesRole.AE, facts), NOW);
    }

    /*
     * Conversion rates, SDR, all facts within the last 20 days (inside every window):
     *   meeting-to-opportunity: 6 opportunities / 20 meetings = 30 %, resting on 20 meetings (min 15)
     *   call-to-meeting:        20 meetings / 200 calls      = 10 %, resting on 200 calls (min 50)
     *   lead-to-opportunity:    6 opportunities / 24 leads   = 25 %, resting on 24 leads (min 20)
     */
    @ParameterizedTest(name = "{0} = {1} over {2} events")
    @CsvSource({
            "meeting-to-opportunity-rate, 30.0, 20",
            "call-to-meeting-rate,        10.0, 200",
            "lead-to-opportunity-rate,    25.0, 24",
            // 200 calls over a 28-day window = 4 weeks: 50 a week
            "call-volume,                 50.0, 200",
            "meeting-volume,               5.0, 20"})
    void ratesAndVolumesFollowTheirFormula(String signal, double value, int events) {
        RepSignals s = sdr(all(counted("OPPORTUNITY_CREATED", 6, 20), counted("MEETING_BOOKED", 20, 20),
                counted("CALL_LOGGED", 200, 20), counted("LEAD_QUALIFIED", 24, 20)));
        var m = assertInstanceOf(SignalReading.Measured.class, s.reading(signal).orElseThrow());
        assertEquals(value, m.value(), 1e-9);
        assertEquals(events, m.eventCount());
    }

    /* Meeting-to-opportunity needs 15 meetings: 14 is insufficient, 15 is measured. */
    @ParameterizedTest(name = "{0} meetings -> {1}")
    @CsvSource({"0, INSUFFICIENT", "14, INSUFFICIENT", "15, MEASURED", "40, MEASURED"})
    void belowMinEventsIsInsufficientNotGuessed(int meetings, String expected) {
        SignalReading r = sdr(all(counted("MEETING_BOOKED", meetings, 5), counted("OPPORTUNITY_CREATED", 3, 5)))
                .reading("meeting-to-opportunity-rate").orElseThrow();
        assertEquals(expected, r instanceof SignalReading.Measured ? "MEASURED" : "INSUFFICIENT");
        if (r instanceof SignalReading.Insufficient i) {
            assertEquals(meetings, i.eventCount());
            assertEquals(15, i.minEvents());
        }
    }

    /* A volume signal has minEvents 0: no calls at all is the finding "0 a week", not missing data. */
    @Test
    void noCallsIsZeroCallsAWeek() {
        var m = assertInstanceOf(SignalReading.Measured.class, sdr(List.of()).reading("call-volume").orElseThrow());
        assertEquals(0.0, m.value());
    }

    @Test
    void withoutAQuotaQuotaAttainmentIsNotAvailableAndSaysWhy() {
        RepSignals s = ae(List.of());
        var quota = assertInstanceOf(SignalReading.NotAvailable.class, s.reading("quota-attainment").orElseThrow());
        assertTrue(quota.reason().contains("no quota"), quota.reason());
    }

    @Test
    void onlyTheRolesSignalsAreRead() {
        assertEquals(MODEL.signalsFor(SalesRole.AM).stream().map(KpiSignal::id).toList(),
                List.copyOf(SignalCalculator.rolling(MODEL, RepLedger.of(1, SalesRole.AM, List.of()), NOW)
                        .readings().keySet()));
    }

    @Test
    void everyComputableSignalOfTheShippedModelHasAFormula() {
        for (KpiSignal s : MODEL.signals()) {
            if (MODEL.computableFromLedger(s)) {
                assertTrue(SignalFormulas.forSignal(s.id()).isPresent(), s.id());
            }
        }
    }

    /*
     * Average deal size, AE, window 180 days. Deals: 10k, 20k, 30k, 40k, 50k, and a 60k deal that is
     * reversed, and the 10k deal amended to 16k:
     *   net count 5 (6 new, 1 reversal, amendment counts 0); net amount 150k + 6k = 156k; mean 31,200.
     */
    @Test
    void correctionsNetOutOfAmountsAndCounts() {
        LedgerFact first = won(10, "10000", "core", "d1");
        LedgerFact reversed = won(11, "60000", "core", "d6");
        List<LedgerFact> facts = List.of(first, won(12, "20000", "core", "d2"), won(13, "30000", "core", "d3"),
                won(14, "40000", "core", "d4"), won(15, "50000", "core", "d5"), reversed,
                Facts.reversal(reversed), Facts.amendment(first, "16000"));
        var m = assertInstanceOf(SignalReading.Measured.class, ae(facts).reading("average-deal-size").orElseThrow());
        assertEquals(31_200.0, m.value(), 1e-6);
        assertEquals(5, m.eventCount());
    }

    /*
     * Closed-outcome rates, AE/AM, facts 10 days ago (inside every window):
     *   win-rate:     6 won / (6 won + 9 lost)            = 40 %, resting on 15 closed deals (min 10)
     *   renewal-rate: 8 renewed / (8 renewed + 2 churned) = 80 %, resting on 10 renewals due (min 5)
     *   deal-slip-rate: deals a, b, c pushed (a twice, counted once) / 12 opportunities = 25 %, on 12
     */
    @ParameterizedTest(name = "{0} ({1}) = {2} over {3} events")
    @CsvSource({
            "win-rate,       AE, 40.0, 15",
            "win-rate,       AM, 40.0, 15",
            "renewal-rate,   AM, 80.0, 10",
            "deal-slip-rate, AE, 25.0, 12"})
    void closedOutcomeAndSlipRatesFollowTheirFormula(String signal, SalesRole role, double value, int events) {
        List<LedgerFact> facts = all(counted("DEAL_WON", 6, 10), lost(9), counted("RENEWAL_WON", 8, 10),
                counted("RENEWAL_LOST", 2, 10), counted("OPPORTUNITY_CREATED", 12, 10),
                List.of(pushed(10, "a"), pushed(9, "a"), pushed(8, "b"), pushed(7, "c")));
        var m = assertInstanceOf(SignalReading.Measured.class,
                SignalCalculator.rolling(MODEL, RepLedger.of(7, role, facts), NOW).reading(signal).orElseThrow());
        assertEquals(value, m.value(), 1e-9);
        assertEquals(events, m.eventCount());
    }

    /* A lost deal that was reversed is not lost: 6 won, 9 lost, 1 of them reversed -> 6 / 14 = 42.857 %. */
    @Test
    void aReversedLossDropsOutOfWinRate() {
        LedgerFact wrong = LedgerFact.counted("DEAL_LOST", Facts.daysAgo(3), "x");
        List<LedgerFact> facts = all(counted("DEAL_WON", 6, 10), lost(8), List.of(wrong, Facts.reversal(wrong)));
        var m = assertInstanceOf(SignalReading.Measured.class, ae(facts).reading("win-rate").orElseThrow());
        assertEquals(600.0 / 14, m.value(), 1e-9);
        assertEquals(14, m.eventCount());
    }

    /*
     * Lead response time, SDR, window 30 days: hours from LEAD_ASSIGNED to the first CALL_LOGGED with
     * the same deal id at or after it. Leads l0..l10 assigned 20 days ago, called after 1, 2, ... 11 hours
     * (l0 also called 5 hours BEFORE its assignment, which does not count) -> median 6 hours over 11 leads.
     * Lead "never" is not called yet and a call on an unassigned lead is ignored.
     */
    @Test
    void leadResponseTimeIsTheMedianHoursToTheFirstCallOnTheLead() {
        List<LedgerFact> facts = new java.util.ArrayList<>();
        for (int i = 0; i <= 10; i++) {
            java.time.Instant at = Facts.daysAgo(20).plus(Duration.ofHours(i));
            facts.add(LedgerFact.counted("LEAD_ASSIGNED", at, "l" + i));
            facts.add(LedgerFact.counted("CALL_LOGGED", at.plus(Duration.ofHours(i + 1)), "l" + i));
            facts.add(LedgerFact.counted("CALL_LOGGED", at.plus(Duration.ofHours(i + 30)), "l" + i));
        }
        facts.add(LedgerFact.counted("CALL_LOGGED", Facts.daysAgo(20).minus(Duration.ofHours(5)), "l0"));
        facts.add(LedgerFact.counted("LEAD_ASSIGNED", Facts.daysAgo(2), "never"));
        facts.add(LedgerFact.counted("CALL_LOGGED", Facts.daysAgo(2), "unassigned"));
        var m = assertInstanceOf(SignalReading.Measured.class, sdr(facts).reading("lead-response-time").orElseThrow());
        assertEquals(6.0, m.value(), 1e-9);
        assertEquals(11, m.eventCount());
    }

    /* Nine leads answered is below lead-response-time's minimum of 10. */
    @Test
    void fewLeadsAnsweredIsInsufficient() {
        List<LedgerFact> facts = new java.util.ArrayList<>();
        for (int i = 0; i < 9; i++) {
            facts.add(LedgerFact.counted("LEAD_ASSIGNED", Facts.daysAgo(5), "l" + i));
            facts.add(LedgerFact.counted("CALL_LOGGED", Facts.daysAgo(4), "l" + i));
        }
        var r = assertInstanceOf(SignalReading.Insufficient.class, sdr(facts).reading("lead-response-time").orElseThrow());
        assertEquals(9, r.eventCount());
    }

    private static List<LedgerFact> lost(int n) {
        List<LedgerFact> out = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(LedgerFact.counted("DEAL_LOST", Facts.daysAgo(10), "lost-" + i));
        }
        return out;
    }

    private static LedgerFact pushed(int daysAgo, String dealId) {
        return LedgerFact.counted("CLOSE_DATE_PUSHED", Facts.daysAgo(daysAgo), dealId);
    }

    /*
     * Window edges: call-volume looks back 28 days from NOW. A call exactly 28 days ago is in
     * (the window is [NOW-28d, NOW)); one a millisecond earlier, or at NOW itself, is out.
     */
    @ParameterizedTest(name = "call at NOW{0}ms counts: {1}")
    @CsvSource({"-2419200000, true", "-2419200001, false", "0, false", "-1, true"})
    void windowsAreHalfOpen(long offsetMillis, boolean counts) {
        LedgerFact call = LedgerFact.counted("CALL_LOGGED", NOW.plus(Duration.ofMillis(offsetMillis)), null);
        var m = (SignalReading.Measured) sdr(List.of(call)).reading("call-volume").orElseThrow();
        assertEquals(counts ? 0.25 : 0.0, m.value(), 1e-12);
    }

    /*
     * Sales cycle length: median days from OPPORTUNITY_CREATED to DEAL_WON on the same deal id, for
     * wins in the 180-day window. Five deals: 10, 20, 30, 40 and 200 days (opened 250 days ago, before
     * the window, which the look-back still matches) -> median 30. A win without its opportunity, and a
     * win that was reversed, are left out.
     */
    @Test
    void salesCycleIsTheMedianOverMatchedDeals() {
        LedgerFact reversedWin = won(5, "1000", "core", "r");
        List<LedgerFact> facts = List.of(
                opportunity(60, "a"), won(50, "1", "core", "a"),
                opportunity(60, "b"), won(40, "1", "core", "b"),
                opportunity(60, "c"), won(30, "1", "core", "c"),
                opportunity(60, "d"), won(20, "1", "core", "d"),
                opportunity(250, "e"), won(50, "1", "core", "e"),
                won(3, "1", "core", "orphan"),
                opportunity(9, "r"), reversedWin, Facts.reversal(reversedWin));
        var m = assertInstanceOf(SignalReading.Measured.class, ae(facts).reading("sales-cycle-length").orElseThrow());
        assertEquals(30.0, m.value(), 1e-9);
        assertEquals(5, m.eventCount());
    }

    /*
     * Revenue by product: share of won revenue outside the largest product.
     *   core 60k, addon 30k, (no product) 10k -> 40 % outside "core".
     */
    @Test
    void revenueByProductIsTheShareOutsideTheLargestProduct() {
        List<LedgerFact> facts = List.of(won(1, "30000", "core", "1"), won(2, "30000", "core", "2"),
                won(3, "20000", "addon", "3"), won(4, "10000", "addon", "4"), won(5, "10000", null, "5"));
        var m = assertInstanceOf(SignalReading.Measured.class, ae(facts).reading("revenue-by-product").orElseThrow());
        assertEquals(40.0, m.value(), 1e-9);
    }

    /* Quota attainment: 45k won against a 60k quota = 75 %. */
    @Test
    void quotaAttainmentUsesTheQuotaWhenThereIsOne() {
        RepLedger ledger = new RepLedger(7, SalesRole.AE, List.of(won(1, "45000", "core", "1")),
                Optional.of(new BigDecimal("60000")));
        var m = (SignalReading.Measured) SignalCalculator.rolling(MODEL, ledger, NOW).reading("quota-attainment")
                .orElseThrow();
        assertEquals(75.0, m.value(), 1e-9);
    }

    @Test
    void anExplicitWindowAppliesToEverySignal() {
        TimeWindow window = TimeWindow.ending(NOW, 7);
        RepSignals s = SignalCalculator.over(MODEL, RepLedger.of(7, SalesRole.SDR,
                all(counted("CALL_LOGGED", 14, 3), counted("CALL_LOGGED", 50, 20))), window);
        assertEquals(14.0, s.measured("call-volume").orElseThrow(), 1e-9);
        assertEquals(NOW, s.asOf());
    }

    @ParameterizedTest
    @CsvSource({"SDR, 90", "AE, 180", "AM, 365"})
    void lookbackIsTheLongestComputableWindow(SalesRole role, int days) {
        assertEquals(days, SignalCalculator.lookbackDays(MODEL, role));
    }

    @ParameterizedTest(name = "countDelta {0}")
    @CsvSource({"2", "-2"})
    void factsRejectImpossibleDeltas(int delta) {
        var e = assertThrows(CoachingRuleException.class,
                () -> new LedgerFact("CALL_LOGGED", NOW, null, null, null, delta, BigDecimal.ZERO));
        assertEquals("countDelta", e.field());
    }

    @ParameterizedTest
    @EnumSource(SalesRole.class)
    void aQuotaMustBePositive(SalesRole role) {
        var e = assertThrows(CoachingRuleException.class,
                () -> new RepLedger(1, role, List.of(), Optional.of(BigDecimal.ZERO)));
        assertEquals("quota", e.field());
    }
}
