package dev.pacesetter.coaching;

/**
 * A coaching rule was broken: an invalid value, or a transition the plan lifecycle does not allow.
 * Names the field (or the state) and the reason, so the HTTP layer can map it to a problem with a
 * field-level detail.
 */
public final class CoachingRuleException extends IllegalArgumentException {

    private final String field;
    private final String reason;

    public CoachingRuleException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    /** The field, parameter or state the rule is about, e.g. {@code weeklyCapacityMinutes} or {@code state}. */
    public String field() {
        return field;
    }

    /** Why it was refused, as a sentence fragment a person can read. */
    public String reason() {
        return reason;
    }
}
