package dev.pacesetter.platform;

import java.util.List;

/**
 * A failure that is the client's to fix (or to know about), rendered as RFC 9457 problem+json by
 * {@link ProblemMapper}. The {@code type} slug becomes a stable URI clients can switch on.
 */
public class ProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String type;
    private final String title;
    private final transient List<FieldProblem> errors;

    public ProblemException(int status, String type, String title, String detail, List<FieldProblem> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException badRequest(String field, String reason) {
        return new ProblemException(400, "bad-request", "Bad request", field + ": " + reason,
                List.of(new FieldProblem(field, reason, null)));
    }

    public static ProblemException validation(List<FieldProblem> errors) {
        String detail = errors.size() == 1
                ? errors.getFirst().describe()
                : errors.size() + " fields are invalid; see errors.";
        return new ProblemException(422, "validation", "Validation failed", detail, errors);
    }

    public static ProblemException invalid(String field, String reason) {
        return validation(List.of(new FieldProblem(field, reason, null)));
    }

    /** Another organisation's object answers exactly like a missing one. */
    public static ProblemException notFound(String what) {
        return new ProblemException(404, "not-found", "Not found", what + " does not exist.", List.of());
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, List.of());
    }

    public static ProblemException unauthorized(String detail) {
        return new ProblemException(401, "unauthorized", "Unauthorized", detail, List.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict", detail, List.of());
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
