package dev.pacesetter.coaching;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import static java.util.Map.entry;

/**
 * How each KPI signal of the skill model is computed from a {@link FactView}. The skill model holds a
 * signal's data (window, minimum events, the skills it informs); its formula is code, keyed by signal
 * id. A computable signal without a formula here is reported as not available, and a test checks that
 * every computable signal of the shipped model has one.
 *
 * <p>Win rate and renewal rate are over closed outcomes ({@code won / (won + lost)}); deal slip rate is
 * distinct deals whose close date was pushed per opportunity created in the window.
 *
 * <p>Rates are {@code 100 × numerator / denominator} and are not capped: opportunities can come from
 * more places than the rep's own leads. Their event count is the denominator.
 */
final class SignalFormulas {

    static final String DEAL_WON = "DEAL_WON";
    static final String OPPORTUNITY_CREATED = "OPPORTUNITY_CREATED";
    static final String CALL_LOGGED = "CALL_LOGGED";
    static final String MEETING_BOOKED = "MEETING_BOOKED";
    static final String DEMO_HELD = "DEMO_HELD";
    static final String LEAD_QUALIFIED = "LEAD_QUALIFIED";
    static final String DEAL_LOST = "DEAL_LOST";
    static final String LEAD_ASSIGNED = "LEAD_ASSIGNED";
    static final String CLOSE_DATE_PUSHED = "CLOSE_DATE_PUSHED";
    static final String RENEWAL_WON = "RENEWAL_WON";
    static final String RENEWAL_LOST = "RENEWAL_LOST";
    static final String NO_PRODUCT = "(no product)";

    /** The events a value rests on and the value, or why the signal is not available for this rep. */
    record Outcome(int events, OptionalDouble value, Optional<String> unavailable) {
        static Outcome of(int events, double value) {
            return new Outcome(events, OptionalDouble.of(value), Optional.empty());
        }

        static Outcome undefined(int events) {
            return new Outcome(events, OptionalDouble.empty(), Optional.empty());
        }

        static Outcome unavailable(String reason) {
            return new Outcome(0, OptionalDouble.empty(), Optional.of(reason));
        }
    }

    /** One signal's computation. */
    @FunctionalInterface
    interface Formula {
        Outcome apply(FactView view);
    }

    private static final Map<String, Formula> FORMULAS = Map.ofEntries(
            entry("lead-to-opportunity-rate", v -> rate(v.count(OPPORTUNITY_CREATED), v.count(LEAD_QUALIFIED))),
            entry("meeting-to-opportunity-rate", v -> rate(v.count(OPPORTUNITY_CREATED), v.count(MEETING_BOOKED))),
            entry("call-to-meeting-rate", v -> rate(v.count(MEETING_BOOKED), v.count(CALL_LOGGED))),
            entry("win-rate", v -> rate(v.count(DEAL_WON), v.count(DEAL_WON) + v.count(DEAL_LOST))),
            entry("renewal-rate", v -> rate(v.count(RENEWAL_WON), v.count(RENEWAL_WON) + v.count(RENEWAL_LOST))),
            entry("deal-slip-rate", v -> rate(netPositive(v.inWindow(CLOSE_DATE_PUSHED)).size(),
                    v.count(OPPORTUNITY_CREATED))),
            entry("lead-response-time", SignalFormulas::medianResponseHours),
            entry("demo-to-win-rate", v -> rate(v.count(DEAL_WON), v.count(DEMO_HELD))),
            entry("average-deal-size", v -> mean(v.amount(DEAL_WON), v.count(DEAL_WON))),
            entry("sales-cycle-length", SignalFormulas::medianCycleDays),
            entry("call-volume", v -> perWeek(v.count(CALL_LOGGED), v)),
            entry("meeting-volume", v -> perWeek(v.count(MEETING_BOOKED), v)),
            entry("quota-attainment", SignalFormulas::quotaAttainment),
            entry("revenue-by-product", SignalFormulas::shareOutsideLargestProduct));

    private SignalFormulas() {
    }

    static Optional<Formula> forSignal(String signalId) {
        return Optional.ofNullable(FORMULAS.get(signalId));
    }

    static Outcome rate(int numerator, int denominator) {
        return denominator == 0 ? Outcome.undefined(0) : Outcome.of(denominator, 100.0 * numerator / denominator);
    }

    static Outcome mean(BigDecimal total, int count) {
        return count == 0 ? Outcome.undefined(0)
                : Outcome.of(count, total.divide(BigDecimal.valueOf(count), MathContext.DECIMAL64).doubleValue());
    }

    /** Zero activity is a value here (0 per week), not missing data: volume signals have minEvents 0. */
    static Outcome perWeek(int count, FactView view) {
        return Outcome.of(count, count / view.weeks());
    }

    static Outcome quotaAttainment(FactView v) {
        return v.quota()
                .map(q -> Outcome.of(v.count(DEAL_WON), 100.0 * v.amount(DEAL_WON).divide(q, MathContext.DECIMAL64)
                        .doubleValue()))
                .orElseGet(() -> Outcome.unavailable("the rep has no quota for this window"));
    }

    /**
     * Median days from an opportunity's creation to its win, matched on deal id, for deals won in the
     * window. The opportunity may predate the window (the look-back covers it); a deal whose creation
     * is not among the loaded facts, or that has no deal id, is left out rather than guessed.
     */
    static Outcome medianCycleDays(FactView v) {
        Map<String, Instant> created = firstNetPositive(v.untilEnd(OPPORTUNITY_CREATED), true);
        Map<String, Instant> won = firstNetPositive(v.inWindow(DEAL_WON), false);
        double[] days = won.entrySet().stream()
                .filter(e -> created.containsKey(e.getKey()))
                .mapToDouble(e -> Duration.between(created.get(e.getKey()), e.getValue()).toMillis() / 86_400_000.0)
                .filter(d -> d >= 0)
                .sorted().toArray();
        return median(days);
    }

    /**
     * Median hours from a lead's assignment in the window to the rep's first call on it (a
     * {@code CALL_LOGGED} with the lead's id as deal id, at or after the assignment). The call may fall
     * after the window's end only if it is among the loaded facts, so a lead not called yet is left out
     * rather than counted as infinitely slow; its event count is the leads measured.
     */
    static Outcome medianResponseHours(FactView v) {
        Map<String, Instant> assigned = firstNetPositive(v.inWindow(LEAD_ASSIGNED), true);
        Map<String, List<Instant>> calls = new HashMap<>();
        for (LedgerFact f : v.untilEnd(CALL_LOGGED)) {
            if (f.dealId() != null && f.countDelta() > 0) {
                calls.computeIfAbsent(f.dealId(), k -> new java.util.ArrayList<>()).add(f.occurredAt());
            }
        }
        double[] hours = assigned.entrySet().stream()
                .mapToDouble(e -> calls.getOrDefault(e.getKey(), List.of()).stream()
                        .filter(c -> !c.isBefore(e.getValue()))
                        .mapToDouble(c -> Duration.between(e.getValue(), c).toMillis() / 3_600_000.0)
                        .min().orElse(-1))
                .filter(h -> h >= 0)
                .sorted().toArray();
        return median(hours);
    }

    private static Outcome median(double[] sorted) {
        if (sorted.length == 0) {
            return Outcome.undefined(0);
        }
        int mid = sorted.length / 2;
        return Outcome.of(sorted.length, sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2);
    }

    /** Deal ids whose facts in the list net to a positive count: a pushed-then-reversed deal did not slip. */
    private static java.util.Set<String> netPositive(List<LedgerFact> facts) {
        return firstNetPositive(facts, true).keySet();
    }

    /**
     * Share of won revenue outside the rep's largest product, in percent: 0 means a one-product seller.
     * Deals without a product form their own bucket.
     */
    static Outcome shareOutsideLargestProduct(FactView v) {
        Map<String, BigDecimal> byProduct = new HashMap<>();
        for (LedgerFact f : v.inWindow(DEAL_WON)) {
            byProduct.merge(f.product() == null ? NO_PRODUCT : f.product(), f.amountDelta(), BigDecimal::add);
        }
        BigDecimal total = byProduct.values().stream().filter(a -> a.signum() > 0)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        int deals = v.count(DEAL_WON);
        if (total.signum() == 0) {
            return Outcome.undefined(deals);
        }
        BigDecimal largest = byProduct.values().stream().max(BigDecimal::compareTo).orElseThrow();
        return Outcome.of(deals, 100.0 * total.subtract(largest).divide(total, MathContext.DECIMAL64).doubleValue());
    }

    /**
     * Per deal id whose facts net to a positive count: the earliest (or latest) instant of its new
     * (+1) facts. A deal created and then reversed nets to zero and is absent.
     */
    private static Map<String, Instant> firstNetPositive(List<LedgerFact> facts, boolean earliest) {
        Map<String, Integer> net = new HashMap<>();
        Map<String, Instant> at = new HashMap<>();
        for (LedgerFact f : facts) {
            if (f.dealId() == null) {
                continue;
            }
            net.merge(f.dealId(), f.countDelta(), Integer::sum);
            if (f.countDelta() > 0) {
                at.merge(f.dealId(), f.occurredAt(), (a, b) -> earliest == a.isBefore(b) ? a : b);
            }
        }
        at.keySet().removeIf(deal -> net.getOrDefault(deal, 0) <= 0);
        return at;
    }
}
