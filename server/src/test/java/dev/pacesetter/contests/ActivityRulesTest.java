package dev.pacesetter.contests;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalLong;

import static dev.pacesetter.contests.Fixtures.BERLIN;
import static dev.pacesetter.contests.Fixtures.EUR;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ActivityRulesTest {

    /** March 2025 in Berlin with two days' grace: activity from 3 Mar 00:00, recorded before 3 Apr 00:00. */
    private static final ActivityWindow MARCH = ActivityWindow.of(Fixtures.march());

    static Metric metric(String name) {
        return switch (name) {
            case "calls" -> Metric.of(Aggregation.COUNT, ActivityKind.CALL_LOGGED);
            case "points" -> Metric.of(Aggregation.SUM_POINTS, ActivityKind.CALL_LOGGED, ActivityKind.DEAL_WON);
            case "eur" -> Metric.dealAmount(Aggregation.SUM_AMOUNT, EUR);
            case "best" -> Metric.dealAmount(Aggregation.BEST_SINGLE, EUR);
            case "pro-1000" -> Metric.dealAmount(Aggregation.SUM_AMOUNT, EUR).withProduct("Pro")
                    .withMinimumDealAmount(Money.of("1000", "EUR"));
            case "deals-1000" -> Metric.of(Aggregation.COUNT, ActivityKind.DEAL_WON)
                    .withMinimumDealAmount(Money.of("1000", "EUR"));
            default -> throw new IllegalArgumentException(name);
        };
    }

    static Instant berlin(String local) {
        return LocalDateTime.parse(local).atZone(BERLIN).toInstant();
    }

    /** Facts from table cells: an amount is written {@code 1500.50 EUR}; absent cells are null. */
    static Activity.Facts facts(long points, String amount, String product) {
        Optional<Money> money = amount == null ? Optional.empty() : Optional.of(Money.of(amount.split(" ")[0],
                amount.split(" ")[1]));
        return new Activity.Facts(points, money, Optional.ofNullable(product));
    }

    static Activity activity(ActivityKind type, String occurred, String recorded, Activity.Facts facts) {
        return new Activity(new Activity.Stamp(7, berlin(recorded), OptionalLong.empty()), "ann", type,
                berlin(occurred), facts);
    }

    @ParameterizedTest(name = "[{index}] {0} {1} at {2} (recorded {3}) {5} {6}: {7}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // metric | type         | occurred (Berlin)  | recorded (Berlin)  | pts | amount      | product | verdict
            "calls    | CALL_LOGGED  | 2025-03-10T10:00   | 2025-03-10T10:00   | 1   | -           | -       | 1",
            "calls    | DEAL_WON     | 2025-03-10T10:00   | 2025-03-10T10:00   | 50  | 10 EUR      | Pro     | NOT_IN_METRIC",
            "calls    | CALL_LOGGED  | 2025-03-02T23:59   | 2025-03-03T09:00   | 1   | -           | -       | BEFORE_START",
            "calls    | CALL_LOGGED  | 2025-03-03T00:00   | 2025-03-03T00:00   | 1   | -           | -       | 1",
            "calls    | CALL_LOGGED  | 2025-04-01T00:00   | 2025-04-01T00:00   | 1   | -           | -       | AFTER_END",
            "calls    | CALL_LOGGED  | 2025-03-31T23:59   | 2025-04-02T23:59   | 1   | -           | -       | 1",
            "calls    | CALL_LOGGED  | 2025-03-31T23:59   | 2025-04-03T00:00   | 1   | -           | -       | ARRIVED_AFTER_GRACE",
            "points   | CALL_LOGGED  | 2025-03-10T10:00   | 2025-03-10T10:00   | 1   | -           | -       | 1",
            "points   | DEAL_WON     | 2025-03-10T10:00   | 2025-03-10T10:00   | 50  | 10 EUR      | -       | 50",
            "eur      | DEAL_WON     | 2025-03-10T10:00   | 2025-03-10T10:00   | 50  | 1500.50 EUR | -       | 150050",
            "eur      | DEAL_WON     | 2025-03-10T10:00   | 2025-03-10T10:00   | 50  | 99 USD      | -       | OTHER_CURRENCY",
            "eur      | DEAL_WON     | 2025-03-10T10:00   | 2025-03-10T10:00   | 50  | -           | -       | NO_AMOUNT",
            "best     | DEAL_WON     | 2025-03-10T10:00   | 2025-03-10T10:00   | 50  | 700 EUR     | -       | 70000",
            "pro-1000 | DEAL_WON     | 2025-03-10T10:00   | 2025-03-10T10:00   | 50  | 1000 EUR    | Pro     | 100000",
            "pro-1000 | DEAL_WON     | 2025-03-10T10:00   | 2025-03-10T10:00   | 50  | 999.99 EUR  | Pro     | BELOW_MINIMUM",
            "pro-1000 | DEAL_WON     | 2025-03-10T10:00   | 2025-03-10T10:00   | 50  | 5000 EUR    | Basic   | OTHER_PRODUCT",
            "pro-1000 | DEAL_WON     | 2025-03-10T10:00   | 2025-03-10T10:00   | 50  | 5000 EUR    | -       | OTHER_PRODUCT",
            "deals-1000| DEAL_WON    | 2025-03-10T10:00   | 2025-03-10T10:00   | 50  | 1200 EUR    | -       | 1",
            "deals-1000| DEAL_WON    | 2025-03-10T10:00   | 2025-03-10T10:00   | 50  | 1200 USD    | -       | OTHER_CURRENCY",
            "deals-1000| DEAL_WON    | 2025-03-10T10:00   | 2025-03-10T10:00   | 50  | -           | -       | NO_AMOUNT"})
    void anActivityCountsWhenItsKindFiltersAndTimesFit(String metric, ActivityKind type, String occurred,
                                                       String recorded, long points, String amount, String product,
                                                       String verdict) {
        Verdict expected = verdict.chars().allMatch(Character::isDigit)
                ? new Verdict.Counts(Long.parseLong(verdict), false)
                : new Verdict.Excluded(Verdict.Reason.valueOf(verdict));
        assertEquals(expected, ActivityRules.evaluate(metric(metric), MARCH,
                activity(type, occurred, recorded, facts(points, amount, product))));
    }

    @Test
    void aReversalTakesBackWhatTheOriginalAdded() {
        Activity deal = Ledger.deal(3, "ann", berlin("2025-03-10T10:00"), "250.00", "Pro");
        Verdict verdict = ActivityRules.evaluate(metric("eur"), MARCH,
                Ledger.reversal(9, deal, berlin("2025-03-12T10:00")));
        assertEquals(new Verdict.Counts(25000, true), verdict);
        assertEquals(-25000, ((Verdict.Counts) verdict).delta());
    }

    @Test
    void aReversalAfterTheGracePeriodLeavesTheOriginalStanding() {
        Activity deal = Ledger.deal(3, "ann", berlin("2025-03-10T10:00"), "250.00", "Pro");
        assertEquals(new Verdict.Excluded(Verdict.Reason.ARRIVED_AFTER_GRACE), ActivityRules.evaluate(metric("eur"),
                MARCH, Ledger.reversal(9, deal, berlin("2025-04-03T00:00")))); // Thu 3 Apr 2025 00:00, grace over
    }

    @Test
    void onlyBestSingleNeedsARecountOnReversal() {
        for (Aggregation aggregation : Aggregation.values()) {
            assertEquals(aggregation != Aggregation.BEST_SINGLE, aggregation.additive(), aggregation.name());
        }
    }
}
