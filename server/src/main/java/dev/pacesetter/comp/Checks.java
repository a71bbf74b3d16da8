package dev.pacesetter.comp;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** Shared compact-constructor checks; every failure names the field and the reason. */
final class Checks {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Checks() {
    }

    static <T> T present(T value, String field) {
        if (value == null) {
            throw new CompRuleException(field + ": is required");
        }
        return value;
    }

    static String id(String value, String field) {
        present(value, field);
        if (!ID.matcher(value).matches()) {
            throw new CompRuleException(field + ": must be 1-64 letters, digits, '.', '_' or '-', was '"
                    + value + "'");
        }
        return value;
    }

    static BigDecimal nonNegative(BigDecimal value, String field) {
        present(value, field);
        if (value.signum() < 0) {
            throw new CompRuleException(field + ": must not be negative, was " + value.toPlainString());
        }
        return value;
    }

    static BigDecimal positive(BigDecimal value, String field) {
        present(value, field);
        if (value.signum() <= 0) {
            throw new CompRuleException(field + ": must be positive, was " + value.toPlainString());
        }
        return value;
    }

    /** A share of something in percent points: more than 0, at most 100. */
    static BigDecimal share(BigDecimal value, String field) {
        positive(value, field);
        if (value.compareTo(HUNDRED) > 0) {
            throw new CompRuleException(field + ": must be at most 100%, was " + value.toPlainString());
        }
        return value;
    }

    static void require(boolean condition, String field, String reason) {
        if (!condition) {
            throw new CompRuleException(field + ": " + reason);
        }
    }

    /** For checks that run per item or per line: the message is only built when the check fails. */
    static void require(boolean condition, Supplier<String> field, Supplier<String> reason) {
        if (!condition) {
            throw new CompRuleException(field.get() + ": " + reason.get());
        }
    }

    /** An immutable copy that names the first missing element instead of a bare NullPointerException. */
    static <T> List<T> list(List<T> values, String field) {
        present(values, field);
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new CompRuleException(field + "[" + i + "]: is required");
            }
        }
        return List.copyOf(values);
    }
}
