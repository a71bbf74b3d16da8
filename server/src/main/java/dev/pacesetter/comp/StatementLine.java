package dev.pacesetter.comp;

/**
 * One line of a statement: what was paid, under which rule, from which inputs, and why in words.
 *
 * @param key         component and slot, stable across recalculations
 * @param rule        the rule applied
 * @param inputs      the data it was applied to
 * @param amount      rounded half-even to the minor unit; negative for caps and clawbacks
 * @param explanation one or two sentences a person can read
 */
public record StatementLine(LineKey key, Rule rule, LineInputs inputs, Money amount, String explanation) {

    /** Rejects an amount with fractions of a minor unit: rounding happens before a line exists. */
    public StatementLine {
        Checks.present(key, "key");
        Checks.present(rule, "rule");
        Checks.present(inputs, "inputs");
        Checks.present(amount, "amount");
        Checks.require(amount.isWholeMinorUnits(), () -> "amount", () -> "must be rounded to the minor unit, was " + amount);
        Checks.present(explanation, "explanation");
        Checks.require(!explanation.isBlank(), "explanation", "must not be blank");
    }

    /** The plan component of this line. */
    public String componentId() {
        return key.componentId();
    }

    /** Whether this line adjusts an earlier period. */
    public boolean isAdjustment() {
        return rule instanceof Rule.Adjustment;
    }
}
