package dev.pacesetter.contests;

import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a contest measures: which activity kinds count, how they aggregate into a raw score, and the
 * optional deal filters.
 *
 * <p>Amount aggregations ({@link Aggregation#SUM_AMOUNT}, {@link Aggregation#BEST_SINGLE}) and both
 * filters need monetary kinds only: a product or amount filter on calls would silently exclude every
 * call, so such a metric is refused rather than run.
 *
 * @param activityTypes     the kinds that count; at least one
 * @param aggregation       how counted activities become a raw score
 * @param currency          the currency of an amount aggregation; absent otherwise. Deals in another
 *                          currency do not count (no conversion at this level)
 * @param product           only deals of this product count, when present
 * @param minimumDealAmount only deals of at least this amount count, when present
 */
public record Metric(Set<ActivityKind> activityTypes,
                     Aggregation aggregation,
                     Optional<Currency> currency,
                     Optional<String> product,
                     Optional<Money> minimumDealAmount) {

    /** Validates the metric; messages name the {@code metric.*} field at fault. */
    public Metric {
        Checks.require(activityTypes != null && !activityTypes.isEmpty(), "metric.activityTypes",
                "must name at least one activity type");
        activityTypes = Collections.unmodifiableSet(EnumSet.copyOf(activityTypes));
        Checks.present(aggregation, "metric.aggregation");
        currency = Checks.orEmpty(currency);
        product = Checks.orEmpty(product).map(p -> Checks.text(p, "metric.product", 100));
        minimumDealAmount = Checks.orEmpty(minimumDealAmount);
        Optional<ActivityKind> nonMonetary = activityTypes.stream().filter(k -> !k.monetary()).findFirst();
        if (aggregation.amountBased()) {
            Checks.require(nonMonetary.isEmpty(), "metric.aggregation",
                    aggregation + " needs monetary activity types only, but " + nonMonetary.orElse(null)
                            + " carries no amount");
            Checks.require(currency.isPresent(), "metric.currency", "is required for " + aggregation);
        } else {
            Checks.require(currency.isEmpty(), "metric.currency",
                    "applies only to SUM_AMOUNT and BEST_SINGLE, not " + aggregation);
        }
        if (product.isPresent() || minimumDealAmount.isPresent()) {
            String filter = product.isPresent() ? "metric.product" : "metric.minimumDealAmount";
            Checks.require(nonMonetary.isEmpty(), filter,
                    "filters deals only, so it would exclude every " + nonMonetary.orElse(null));
        }
        if (minimumDealAmount.isPresent()) {
            Money minimum = minimumDealAmount.get();
            Checks.require(minimum.positive(), "metric.minimumDealAmount", "must be more than zero");
            Checks.require(currency.isEmpty() || currency.get().equals(minimum.currency()),
                    "metric.minimumDealAmount", "must be in the metric currency " + currency.orElse(null));
        }
    }

    /** A count or points metric over the given kinds, with no filters. */
    public static Metric of(Aggregation aggregation, ActivityKind... kinds) {
        return new Metric(Set.copyOf(Arrays.asList(kinds)), aggregation, Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /** An amount metric over won deals in one currency, with no filters. */
    public static Metric dealAmount(Aggregation aggregation, Currency currency) {
        return new Metric(Set.of(ActivityKind.DEAL_WON), aggregation, Optional.of(currency),
                Optional.empty(), Optional.empty());
    }

    /** This metric, counting only deals of one product. */
    public Metric withProduct(String onlyProduct) {
        return new Metric(activityTypes, aggregation, currency, Optional.of(onlyProduct), minimumDealAmount);
    }

    /** This metric, counting only deals of at least the given amount. */
    public Metric withMinimumDealAmount(Money minimum) {
        return new Metric(activityTypes, aggregation, currency, product, Optional.of(minimum));
    }
}
