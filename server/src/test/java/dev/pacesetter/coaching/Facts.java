package dev.pacesetter.coaching;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds ledger facts for tests: {@code n} facts of a type spread over the days before an instant. */
final class Facts {

    /** Wednesday 2025-06-04 12:00 UTC: the "now" of most tests. */
    static final Instant NOW = Instant.parse("2025-06-04T12:00:00Z");

    private Facts() {
    }

    /** {@code n} new facts of {@code type}, one hour apart, starting {@code daysAgo} days before NOW. */
    static List<LedgerFact> counted(String type, int n, int daysAgo) {
        List<LedgerFact> out = new ArrayList<>();
        Instant start = NOW.minus(Duration.ofDays(daysAgo));
        for (int i = 0; i < n; i++) {
            out.add(LedgerFact.counted(type, start.plus(Duration.ofHours(i)), null));
        }
        return out;
    }

    static LedgerFact won(int daysAgo, String amount, String product, String dealId) {
        return LedgerFact.monetary("DEAL_WON", daysAgo(daysAgo), new BigDecimal(amount), product, dealId);
    }

    static LedgerFact opportunity(int daysAgo, String dealId) {
        return LedgerFact.counted("OPPORTUNITY_CREATED", daysAgo(daysAgo), dealId);
    }

    /** Reverses a won deal: counts -1 and takes its amount back, at the original's instant. */
    static LedgerFact reversal(LedgerFact original) {
        return new LedgerFact(original.type(), original.occurredAt(), null, original.product(), original.dealId(),
                -1, original.amountDelta().negate());
    }

    /** Amends a won deal's amount: counts 0, moves the difference. */
    static LedgerFact amendment(LedgerFact original, String newAmount) {
        BigDecimal amount = new BigDecimal(newAmount);
        return new LedgerFact(original.type(), original.occurredAt(), amount, original.product(), original.dealId(),
                0, amount.subtract(original.amountDelta()));
    }

    static Instant daysAgo(int days) {
        return NOW.minus(Duration.ofDays(days));
    }

    @SafeVarargs
    static List<LedgerFact> all(List<LedgerFact>... lists) {
        List<LedgerFact> out = new ArrayList<>();
        for (List<LedgerFact> l : lists) {
            out.addAll(l);
        }
        return out;
    }
}
