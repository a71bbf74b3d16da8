package dev.pacesetter.contests;

import java.util.Optional;

/**
 * Whether an activity counts toward a contest's metric, and its contribution. Pure: the same inputs
 * always give the same verdict, so a projection can apply it incrementally and a rebuild from the
 * ledger reaches the same scores.
 */
public final class ActivityRules {

    private ActivityRules() {
    }

    /**
     * Judges one activity. A reversal is judged on the facts it repeats, so it counts exactly when the
     * original did (unless it arrives after the grace period, when the original stands).
     *
     * @param metric   what the contest measures
     * @param window   when activity must occur and arrive
     * @param activity the activity, or a reversal of one
     */
    public static Verdict evaluate(Metric metric, ActivityWindow window, Activity activity) {
        if (!metric.activityTypes().contains(activity.type())) {
            return new Verdict.Excluded(Verdict.Reason.NOT_IN_METRIC);
        }
        if (activity.occurredAt().isBefore(window.period().start())) {
            return new Verdict.Excluded(Verdict.Reason.BEFORE_START);
        }
        if (!activity.occurredAt().isBefore(window.period().end())) {
            return new Verdict.Excluded(Verdict.Reason.AFTER_END);
        }
        if (!activity.stamp().recordedAt().isBefore(window.lateUntil())) {
            return new Verdict.Excluded(Verdict.Reason.ARRIVED_AFTER_GRACE);
        }
        return dealFilter(metric, activity.facts())
                .<Verdict>map(Verdict.Excluded::new)
                .orElseGet(() -> new Verdict.Counts(units(metric, activity.facts()), activity.reversal()));
    }

    private static Optional<Verdict.Reason> dealFilter(Metric metric, Activity.Facts facts) {
        boolean needsAmount = metric.aggregation().amountBased() || metric.minimumDealAmount().isPresent();
        if (needsAmount && facts.amount().isEmpty()) {
            return Optional.of(Verdict.Reason.NO_AMOUNT);
        }
        if (metric.currency().isPresent() && !metric.currency().get().equals(facts.amount().get().currency())) {
            return Optional.of(Verdict.Reason.OTHER_CURRENCY);
        }
        if (metric.product().isPresent() && !metric.product().equals(facts.product())) {
            return Optional.of(Verdict.Reason.OTHER_PRODUCT);
        }
        if (metric.minimumDealAmount().isPresent()) {
            Money minimum = metric.minimumDealAmount().get();
            Money amount = facts.amount().get();
            if (!minimum.currency().equals(amount.currency())) {
                return Optional.of(Verdict.Reason.OTHER_CURRENCY);
            }
            if (amount.amount().compareTo(minimum.amount()) < 0) {
                return Optional.of(Verdict.Reason.BELOW_MINIMUM);
            }
        }
        return Optional.empty();
    }

    private static long units(Metric metric, Activity.Facts facts) {
        return switch (metric.aggregation()) {
            case COUNT -> 1;
            case SUM_POINTS -> facts.points();
            case SUM_AMOUNT, BEST_SINGLE -> facts.amount().orElseThrow().minorUnits();
        };
    }
}
