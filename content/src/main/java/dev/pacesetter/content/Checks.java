package dev.pacesetter.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Small validation helpers shared by the content records; every failure is a {@link ContentException}. */
final class Checks {

    /** Ids of skills, signals and coaching activities: lower-kebab-case, 2-60 characters. */
    static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    /** Activity type codes, as in {@code activity-types.json}. */
    static final Pattern TYPE_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    private Checks() {
    }

    static void require(boolean condition, String message) {
        if (!condition) {
            throw new ContentException(message);
        }
    }

    static void id(String value, String what) {
        require(value != null && value.length() >= 2 && value.length() <= 60 && ID.matcher(value).matches(),
                what + " must be lower-kebab-case, 2-60 characters, was " + quoted(value));
    }

    static void text(String value, String what, int maxLength) {
        require(value != null && !value.isBlank(), what + " must not be blank");
        require(value.length() <= maxLength, what + " must be at most " + maxLength + " characters, was "
                + value.length());
    }

    static void range(int value, int min, int max, String what) {
        require(value >= min && value <= max, what + " must be within " + min + ".." + max + ", was " + value);
    }

    static String quoted(String value) {
        return value == null ? "null" : "'" + value + "'";
    }

    /** A non-empty list without null entries, or a failure naming what was expected. */
    static <T> List<T> nonEmpty(List<T> list, String what) {
        require(list != null && !list.isEmpty(), "at least one " + what + " is required");
        require(list.stream().allMatch(Objects::nonNull), "a " + what + " entry is null");
        return List.copyOf(list);
    }

    /** Values by key in list order; a repeated key fails. */
    static <K, V> Map<K, V> unique(List<V> values, Function<V, K> key, String what) {
        Map<K, V> map = new LinkedHashMap<>();
        for (V v : values) {
            require(map.putIfAbsent(key.apply(v), v) == null, "duplicate " + what + " '" + key.apply(v) + "'");
        }
        return map;
    }
}
