package dev.pacesetter.comp;

/** How a rate table pays revenue that spans several tiers. */
public enum TierMode {
    /** Each slice of revenue is paid at the rate of the tier it falls in (like income-tax brackets). */
    MARGINAL,
    /** Once a tier is reached, all credited revenue is paid at that tier's rate. */
    RETROACTIVE
}
