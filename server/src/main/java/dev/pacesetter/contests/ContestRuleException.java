package dev.pacesetter.contests;

/**
 * A contest rule was broken: a definition that cannot run, an input that does not fit the contest, or a
 * step the rules do not allow. {@link #field()} names what was wrong as a dotted path (for example
 * {@code metric.activityTypes}) and {@link #reason()} says why, so the HTTP layer can map it to a
 * problem+json body without parsing the message.
 */
public class ContestRuleException extends IllegalArgumentException {

    private final String field;
    private final String reason;

    /**
     * @param field  the offending field, as a dotted path
     * @param reason why it is wrong, as a short sentence fragment
     */
    public ContestRuleException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    /** The offending field, as a dotted path. */
    public String field() {
        return field;
    }

    /** Why the field is wrong. */
    public String reason() {
        return reason;
    }
}
