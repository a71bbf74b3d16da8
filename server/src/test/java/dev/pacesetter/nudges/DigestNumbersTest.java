package dev.pacesetter.nudges;

import dev.pacesetter.activity.LedgerEntry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Yesterday's totals from ledger entries written {@code TYPE:count:amount:currency:points}, space-separated. */
class DigestNumbersTest {
    private static final Currency USD = Currency.getInstance("USD");

    private static List<LedgerEntry> entries(String spec) {
        List<LedgerEntry> out = new ArrayList<>();
        if (spec.isBlank()) {
            return out;
        }
        Instant at = Instant.parse("2026-11-22T15:00:00Z");
        long position = 1;
        for (String e : spec.trim().split(" +")) {
            String[] f = e.split(":");
            out.add(new LedgerEntry(position, 1, position, "crm", "x" + position, f[0], 7, at, at, at,
                    f[2].equals("-") ? null : new BigDecimal(f[2]), f[3].equals("-") ? null : f[3], null, null, null,
                    null, Integer.parseInt(f[1]), f[2].equals("-") ? BigDecimal.ZERO : new BigDecimal(f[2]),
                    Integer.parseInt(f[4])));
            position++;
        }
        return out;
    }

    @ParameterizedTest(name = "{0} → {1} activities, {2} points, {3}")
    @CsvSource(delimiter = '|', value = {
            "'' | 0 | 0 | 0.00 USD",
            // Two calls (1 point each) and a deal (10 points).
            "CALL_LOGGED:1:-:-:1 CALL_LOGGED:1:-:-:1 DEAL_WON:1:1200.50:USD:10 | 3 | 12 | 1200.50 USD",
            // A reversal takes the deal back: count -1, amount -1200.50, points -10.
            "DEAL_WON:1:1200.50:USD:10 DEAL_WON:-1:-1200.50:USD:-10 | 0 | 0 | 0.00 USD",
            // A deal in another currency counts as an activity, not as revenue (no conversion).
            "DEAL_WON:1:900:EUR:10 DEAL_WON:1:100.005:USD:10 | 2 | 20 | 100.00 USD",
            // Half-even once, at the end: 0.125 + 0.000 → 0.12; 0.135 → 0.14.
            "DEAL_WON:1:0.125:USD:0 | 1 | 0 | 0.12 USD",
            "DEAL_WON:1:0.135:USD:0 | 1 | 0 | 0.14 USD",
    })
    void yesterdaysTotals(String spec, long activities, long points, String revenue) {
        DigestNumbers.Day day = DigestNumbers.of(entries(spec), USD);
        assertEquals(activities, day.activities());
        assertEquals(points, day.points());
        assertEquals(revenue, day.revenueText());
    }

    @ParameterizedTest(name = "rank {0} reads {1}")
    @CsvSource({"1, 1", "12, 12", "0, –"})
    void boardRank(long rank, String text) {
        assertEquals(text, DigestNumbers.rank(rank));
    }
}
