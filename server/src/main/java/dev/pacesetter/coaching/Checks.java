package dev.pacesetter.coaching;

import java.util.List;
import java.util.Objects;

/** Validation helpers for compact constructors; every failure is a {@link CoachingRuleException}. */
final class Checks {

    private Checks() {
    }

    static void require(boolean condition, String field, String reason) {
        if (!condition) {
            throw new CoachingRuleException(field, reason);
        }
    }

    static <T> T present(T value, String field) {
        require(value != null, field, "is required");
        return value;
    }

    static String text(String value, String field) {
        require(value != null && !value.isBlank(), field, "must not be blank");
        return value;
    }

    static int range(int value, int min, int max, String field) {
        require(value >= min && value <= max, field, "must be within " + min + ".." + max + ", was " + value);
        return value;
    }

    static double finite(double value, String field) {
        require(Double.isFinite(value), field, "must be a finite number, was " + value);
        return value;
    }

    /** An unmodifiable copy that refuses null elements with a field-level message. */
    static <T> List<T> list(List<T> values, String field) {
        present(values, field);
        require(values.stream().allMatch(Objects::nonNull), field, "must not contain null");
        return List.copyOf(values);
    }
}
