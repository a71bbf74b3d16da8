package dev.pacesetter.comp;

import java.util.regex.Pattern;

/**
 * What kind of ledger activity an item is, as far as compensation cares.
 *
 * @param type    the ledger's activity type code, e.g. {@code DEAL_WON} or {@code MEETING_BOOKED}
 *                (the codes of the content module's activity catalogue)
 * @param product product code, or empty when the activity has none
 * @param newLogo whether the deal is a first purchase by a new customer
 */
public record ActivityKind(String type, String product, boolean newLogo) {

    /** The type whose amounts are credited revenue and count towards quota attainment. */
    public static final String DEAL_WON = "DEAL_WON";

    private static final Pattern TYPE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    /** Rejects a type that is not UPPER_SNAKE_CASE and a missing product. */
    public ActivityKind {
        Checks.present(type, "type");
        Checks.require(TYPE.matcher(type).matches(), "type", "must be UPPER_SNAKE_CASE, 2-40 characters, was '"
                + type + "'");
        Checks.present(product, "product");
    }

    /** A won deal. */
    public static ActivityKind dealWon(String product, boolean newLogo) {
        return new ActivityKind(DEAL_WON, product, newLogo);
    }

    /** Any other activity, without product or new-logo flag. */
    public static ActivityKind of(String type) {
        return new ActivityKind(type, "", false);
    }

    /** Whether amounts of this kind are credited revenue. */
    public boolean isRevenue() {
        return DEAL_WON.equals(type);
    }
}
