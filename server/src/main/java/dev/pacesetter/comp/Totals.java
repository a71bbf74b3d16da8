package dev.pacesetter.comp;

/**
 * A statement's totals: plain sums of its rounded lines, so they always match what is shown.
 *
 * @param earned      this period's lines
 * @param adjustments clawbacks and true-ups for earlier periods
 * @param payable     earned plus adjustments; negative when clawbacks exceed earnings
 */
public record Totals(Money earned, Money adjustments, Money payable) {

    /** Rejects a payable that is not earned plus adjustments. */
    public Totals {
        Checks.present(earned, "earned");
        Checks.present(adjustments, "adjustments");
        Checks.present(payable, "payable");
        Checks.require(payable.equals(earned.plus(adjustments)), "payable",
                "must equal earned plus adjustments " + earned.plus(adjustments) + ", was " + payable);
    }
}
