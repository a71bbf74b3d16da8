package dev.pacesetter.comp;

/**
 * A compensation rule, plan or input is invalid. The message names the field and the reason,
 * e.g. {@code "tiers[1].fromPercent: must equal the previous tier's toPercent 50, was 60"}, so it
 * can be shown to the person who configured the plan.
 */
public final class CompRuleException extends IllegalArgumentException {

    /**
     * @param message the field, a colon, and why it is rejected
     */
    public CompRuleException(String message) {
        super(message);
    }
}
