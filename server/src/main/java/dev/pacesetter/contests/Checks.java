package dev.pacesetter.contests;

import java.util.Collection;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Validation helpers for the compact constructors; every failure names the field and the reason. */
final class Checks {

    private Checks() {
    }

    static void require(boolean condition, String field, String reason) {
        if (!condition) {
            throw new ContestRuleException(field, reason);
        }
    }

    static <T> T present(T value, String field) {
        require(value != null, field, "is required");
        return value;
    }

    static String text(String value, String field, int maxLength) {
        require(value != null && !value.isBlank(), field, "must not be blank");
        String stripped = value.strip();
        require(stripped.length() <= maxLength, field,
                "must be at most " + maxLength + " characters, was " + stripped.length());
        return stripped;
    }

    /** Records take {@code Optional} components; a caller passing {@code null} means "absent". */
    static <T> Optional<T> orEmpty(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }

    /** A non-empty set of non-blank identifiers, stripped, immutable and in a stable (sorted) order. */
    static Set<String> ids(Collection<String> values, String field) {
        require(values != null && !values.isEmpty(), field, "must name at least one");
        Set<String> sorted = new TreeSet<>();
        for (String value : values) {
            sorted.add(text(value, field, 100));
        }
        return Collections.unmodifiableSet(sorted);
    }

    static int between(int value, int min, int max, String field) {
        require(value >= min && value <= max, field, "must be within " + min + ".." + max + ", was " + value);
        return value;
    }
}
