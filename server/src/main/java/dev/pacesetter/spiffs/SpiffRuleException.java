package dev.pacesetter.spiffs;

/**
 * A SPIFF program or input is invalid. The message starts with the field, a colon, and the reason,
 * e.g. {@code "reward.unitsPerReward: must be 1 for PERCENT_OF_AMOUNT, was 3"}.
 */
public final class SpiffRuleException extends IllegalArgumentException {
    private final String field;

    /**
     * @param field  the field at fault, as the API names it
     * @param reason why it is rejected
     */
    public SpiffRuleException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
    }

    /** The field at fault. */
    public String field() {
        return field;
    }

    /** The reason without the field. */
    public String reason() {
        return getMessage().substring(field.length() + 2);
    }

    static <T> T present(T value, String field) {
        if (value == null) {
            throw new SpiffRuleException(field, "is required");
        }
        return value;
    }

    static void require(boolean ok, String field, String reason) {
        if (!ok) {
            throw new SpiffRuleException(field, reason);
        }
    }
}
