package dev.pacesetter.comp.service;

import dev.pacesetter.activity.LedgerEntry;
import dev.pacesetter.comp.Activity;
import dev.pacesetter.comp.CompPeriod;
import dev.pacesetter.platform.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The service layer's pure pieces: period labels, ledger amounts to credits, CSV cells, wire numbers. */
class PureServiceRulesTest {
    private static final Currency USD = Currency.getInstance("USD");
    private static final Instant AT = Instant.parse("2026-11-10T17:00:00Z");

    @ParameterizedTest(name = "{0} is {1} starting {2}")
    @CsvSource({"2026-11, MONTH, 2026-11-01", "2026-01, MONTH, 2026-01-01", "2026-Q1, QUARTER, 2026-01-01",
            "2026-Q4, QUARTER, 2026-10-01"})
    void periodLabelsParse(String label, String kind, String start) {
        CompPeriod period = Periods.parse(label);
        assertEquals(kind, period.kind().name());
        assertEquals(start, period.start().toString());
        assertEquals(label, period.label());
    }

    @ParameterizedTest(name = "''{0}'' is refused")
    @ValueSource(strings = {"2026-13", "2026-00", "2026-Q5", "2026-Q0", "26-11", "2026-11-01", "november"})
    void malformedPeriodLabelsAreABadRequestNamingPeriod(String label) {
        ProblemException e = assertThrows(ProblemException.class, () -> Periods.parse(label));
        assertEquals(400, e.status());
        assertEquals("period", e.errors().getFirst().field());
    }

    /**
     * Credits are whole cents: each deal's net is rounded half-even, and a correction credits the
     * change of the rounded net, so a deal and its corrections always add up to its rounded net.
     */
    @ParameterizedTest(name = "{0} amended by {1} credits {2} then {3}")
    @CsvSource({
            "100.0050, 0,        100.00, 0.00",
            "100.0150, 0,        100.02, 0.00",
            "100.0050, 0.0100,   100.00, 0.02",
            "100.0049, -100.0049, 100.00, -100.00",
            "250.00,   -50.00,   250.00, -50.00"})
    void ledgerAmountsBecomeWholeCentCredits(String amount, String change, String credit, String correctionCredit) {
        List<LedgerEntry> entries = new ArrayList<>();
        entries.add(entry(1, null, null, new BigDecimal(amount)));
        if (new BigDecimal(change).signum() != 0) {
            entries.add(entry(2, 1L, "AMENDMENT", new BigDecimal(change)));
        }
        List<Activity> activities = LedgerItems.toActivities(entries, USD);
        assertEquals(new BigDecimal(credit), activities.getFirst().amount().amount());
        BigDecimal second = activities.size() > 1 ? activities.get(1).amount().amount() : new BigDecimal("0.00");
        assertEquals(0, new BigDecimal(correctionCredit).compareTo(second));
    }

    @Test
    void aReversalTakesBackExactlyWhatTheOriginalCredited() {
        List<Activity> activities = LedgerItems.toActivities(List.of(entry(1, null, null, new BigDecimal("99.9950")),
                entry(2, 1L, "REVERSAL", new BigDecimal("-99.9950"))), USD);
        assertEquals(0, activities.get(0).amount().plus(activities.get(1).amount()).amount().signum());
        assertTrue(activities.get(1).ref().correction().orElseThrow().reversal());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "Ava Reed|Ava Reed",
            "Reed, Ava|\"Reed, Ava\"",
            "say \"hi\"|\"say \"\"hi\"\"\"",
            "=SUM(A1)|'=SUM(A1)",
            "-1|'-1"})
    void csvCellsAreQuotedAndNeverFormulas(String value, String cell) {
        assertEquals(cell, PayoutExport.escape(value));
    }

    @ParameterizedTest(name = "{0} {1} on the wire is {2}")
    @CsvSource({"8000, USD, 8000.00", "1239.9996, USD, 1239.9996", "1240.0000, USD, 1240.00", "-5, JPY, -5",
            "12.5, USD, 12.50"})
    void moneyTravelsAtLeastToItsMinorUnit(String amount, String currency, String wire) {
        assertEquals(wire, Wire.money(new BigDecimal(amount), currency));
    }

    private static LedgerEntry entry(long id, Long correctsId, String correction, BigDecimal delta) {
        return new LedgerEntry(id, 1, id, "crm", "x" + id, "DEAL_WON", 7, AT, AT, AT, delta.abs(), "USD", "Platform",
                null, correctsId, correction, correctsId == null ? 1 : "REVERSAL".equals(correction) ? -1 : 0, delta, 0);
    }
}
