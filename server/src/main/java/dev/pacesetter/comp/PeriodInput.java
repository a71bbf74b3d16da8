package dev.pacesetter.comp;

import java.util.Arrays;
import java.util.List;

/**
 * Everything the engine needs for one rep and one period: the plan version that covers the period,
 * the rep's quota, and the items credited to the rep in the period, corrections included (a
 * correction must come with the original it corrects; see {@link ItemChecks}).
 *
 * @param repId  the rep
 * @param plan   the plan version; its period kind and effective dates must match the period
 * @param period the period
 * @param quota  the rep's quota and target incentive, in the plan currency
 * @param items  the credited items, in any order
 */
public record PeriodInput(String repId, CompPlan plan, CompPeriod period, Quota quota, List<CreditedItem> items) {

    /** Rejects a plan that does not cover the period, mixed currencies and inconsistent items. */
    public PeriodInput {
        Checks.id(repId, "repId");
        Checks.present(plan, "plan");
        Checks.present(period, "period");
        Checks.present(quota, "quota");
        items = Checks.list(items, "items");
        Checks.require(period.kind() == plan.periodKind(), "period", "plan " + plan.ref() + " pays by "
                + plan.periodKind() + ", was a " + period.kind() + " period " + period.label());
        Checks.require(plan.effective().covers(period), "period", "plan " + plan.ref() + " is not effective for all of "
                + period.label());
        Checks.require(quota.currency().equals(plan.currency()), "quota", "must be in the plan currency "
                + plan.currency() + ", was " + quota.currency());
        ItemChecks.validate(items, plan.currency());
    }

    /** The same input with one more item (the estimator's hypothetical deal). */
    public PeriodInput withItem(CreditedItem item) {
        CreditedItem[] more = items.toArray(new CreditedItem[items.size() + 1]);
        more[items.size()] = item;
        return new PeriodInput(repId, plan, period, quota, Arrays.asList(more));
    }
}
