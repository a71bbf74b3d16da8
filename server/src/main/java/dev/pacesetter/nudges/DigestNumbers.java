package dev.pacesetter.nudges;

import dev.pacesetter.activity.LedgerEntry;
import dev.pacesetter.comp.Money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * Yesterday's results for the morning digest, from the user's ledger entries of that local day.
 * Pure. Corrections count with their deltas (a reversed deal takes its revenue back); revenue is won
 * deals in the organisation's currency (deals in another currency are not converted, as on the
 * boards), rounded half-even to the currency's minor unit once, at the end.
 */
final class DigestNumbers {
    static final String DEAL_WON = "DEAL_WON";

    private DigestNumbers() {
    }

    /**
     * One day's totals.
     *
     * @param activities activities counted (net of corrections)
     * @param points     points earned
     * @param revenue    revenue won
     */
    record Day(long activities, long points, Money revenue) {
        Day {
            Objects.requireNonNull(revenue, "revenue");
        }

        String revenueText() {
            return revenue.rounded().amount().toPlainString() + " " + revenue.currency().getCurrencyCode();
        }
    }

    static Day of(List<LedgerEntry> entries, Currency currency) {
        long activities = 0;
        long points = 0;
        BigDecimal revenue = BigDecimal.ZERO;
        for (LedgerEntry e : entries) {
            activities += e.countDelta();
            points += e.pointsDelta();
            if (DEAL_WON.equals(e.type()) && currency.getCurrencyCode().equals(e.currency())
                    && e.amountDelta() != null) {
                revenue = revenue.add(e.amountDelta());
            }
        }
        return new Day(activities, points, new Money(revenue, currency));
    }

    /** A board rank for people: "3", or "–" while the user has no score. */
    static String rank(long rank) {
        return rank > 0 ? Long.toString(rank) : "–";
    }
}
