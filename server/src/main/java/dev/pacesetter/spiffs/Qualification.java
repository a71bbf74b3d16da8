package dev.pacesetter.spiffs;

import dev.pacesetter.comp.Money;

import java.util.Set;

/**
 * Which ledger activities count.
 * <p>A split deal qualifies for its owner only, in full: awards are keyed by the ledger activity, one
 * rep each, so a FIXED_PER_UNIT or first-N program counts the deal once, for its owner, and a
 * PERCENT_OF_AMOUNT program pays the owner on the whole amount too (paying each participant their
 * share is not done yet). Commission statements are where splits are credited share by share.
 *
 * @param types       activity type codes, at least one (e.g. {@code DEAL_WON})
 * @param products    product codes; empty means any product
 * @param minAmount   the least net amount an activity must have; null for no minimum
 * @param newLogoOnly whether only deals flagged as a new customer's first purchase count
 */
public record Qualification(Set<String> types, Set<String> products, Money minAmount, boolean newLogoOnly) {

    /** Rejects an empty type list and a negative minimum. */
    public Qualification {
        SpiffRuleException.present(types, "qualification.types");
        SpiffRuleException.require(!types.isEmpty(), "qualification.types", "must name at least one activity type");
        types = Set.copyOf(types);
        products = products == null ? Set.of() : Set.copyOf(products);
        SpiffRuleException.require(minAmount == null || minAmount.signum() >= 0, "qualification.minAmount",
                "must not be negative, was " + minAmount);
    }

    /** Any logo. */
    public Qualification(Set<String> types, Set<String> products, Money minAmount) {
        this(types, products, minAmount, false);
    }

    /** Whether an activity (as it now stands in the ledger) qualifies, ignoring window and eligibility. */
    boolean matches(SpiffActivity a) {
        return !a.reversed() && types.contains(a.type())
                && (products.isEmpty() || products.contains(a.product()))
                && (minAmount == null || a.amount().compareTo(minAmount.amount()) >= 0)
                && (!newLogoOnly || a.newLogo());
    }

    /** What one unit is called in texts: "Platform deal", "meeting booked". */
    public String unitName() {
        String type = types.size() == 1 ? types.iterator().next() : "qualifying activity";
        String noun = "DEAL_WON".equals(type) ? "deal" : type.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        String named = products.size() == 1 ? products.iterator().next() + " " + noun : noun;
        return newLogoOnly ? "new-logo " + named : named;
    }
}
