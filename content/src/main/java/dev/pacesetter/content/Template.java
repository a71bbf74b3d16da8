package dev.pacesetter.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * A text with {@code {name}} placeholders, parsed once at load time. Rendering is a single pass over
 * the parsed parts, so a value is inserted verbatim and never re-expanded, and no placeholder can
 * survive into the output. Stray or unbalanced braces fail at parse time.
 */
final class Template {

    /** Placeholder names are lowerCamelCase, like the variables a caller passes. */
    static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]{0,39}");

    private final String source;
    /** Literal text at even indexes, placeholder names at odd indexes. */
    private final List<String> parts;

    private Template(String source, List<String> parts) {
        this.source = source;
        this.parts = List.copyOf(parts);
    }

    static Template parse(String source, String where) {
        Checks.require(source != null, where + " is missing");
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (true) {
            int open = source.indexOf('{', i);
            int close = source.indexOf('}', i);
            if (close >= 0 && (open < 0 || close < open)) {
                throw new ContentException(where + " has a '}' without a matching '{' at position " + close);
            }
            if (open < 0) {
                parts.add(source.substring(i));
                return new Template(source, parts);
            }
            Checks.require(close > open, where + " has a '{' without a matching '}' at position " + open);
            String name = source.substring(open + 1, close);
            Checks.require(NAME.matcher(name).matches(),
                    where + " has an invalid placeholder {" + name + "}; names are lowerCamelCase");
            parts.add(source.substring(i, open));
            parts.add(name);
            i = close + 1;
        }
    }

    /** Placeholder names in order of first use. */
    Set<String> variables() {
        Set<String> names = new LinkedHashSet<>();
        for (int i = 1; i < parts.size(); i += 2) {
            names.add(parts.get(i));
        }
        return names;
    }

    /** Renders with every placeholder's value passed through {@code encode}; callers check presence first. */
    String render(Map<String, String> values, UnaryOperator<String> encode) {
        StringBuilder out = new StringBuilder(source.length() + 32);
        for (int i = 0; i < parts.size(); i++) {
            if (i % 2 == 0) {
                out.append(parts.get(i));
            } else {
                String value = values.get(parts.get(i));
                if (value == null) {
                    throw new IllegalArgumentException("no value for {" + parts.get(i) + "}");
                }
                out.append(encode.apply(value));
            }
        }
        return out.toString();
    }

    String source() {
        return source;
    }

    @Override
    public String toString() {
        return source;
    }
}
