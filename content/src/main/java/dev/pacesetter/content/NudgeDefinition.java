package dev.pacesetter.content;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One nudge kind as the data defines it, with its templates parsed and checked: every placeholder
 * in a title, body or deep link must be one of the kind's declared variables, and English exists.
 */
record NudgeDefinition(NudgeKind kind,
                       NudgeCategory category,
                       List<String> variables,
                       Template deepLink,
                       Map<String, Texts> texts) {

    static final String DEEP_LINK_SCHEME = "pacesetter://";
    /** Lock screens truncate long notifications; these bound the template text, not the rendered one. */
    static final int MAX_TITLE = 80;
    static final int MAX_BODY = 240;

    /** Title and body in one language. */
    record Texts(Template title, Template body) {
    }

    NudgeDefinition {
        String where = "nudge " + kind;
        Checks.require(category != null, where + ": category is required");
        checkVariables(where, variables);
        Checks.require(deepLink.source().startsWith(DEEP_LINK_SCHEME),
                where + ": deepLink must start with " + DEEP_LINK_SCHEME + ", was '" + deepLink.source() + "'");
        declared(where + ": deepLink", deepLink, variables);
        Checks.require(texts.containsKey(Locales.FALLBACK), where + ": has no English ('en') text");
        variables = List.copyOf(variables);
        texts = Map.copyOf(texts);
    }

    /** Parses and checks one entry of {@code nudge-templates.json}. */
    static NudgeDefinition from(NudgeTemplates.Entry entry) {
        NudgeKind kind = kind(entry.kind());
        String where = "nudge " + kind;
        Template link = Template.parse(entry.deepLink(), where + ": deepLink");
        Checks.require(entry.text() != null && !entry.text().isEmpty(), where + ": has no text");
        List<String> variables = entry.variables() == null ? List.of() : entry.variables();
        checkVariables(where, variables);
        Map<String, Texts> texts = new LinkedHashMap<>();
        entry.text().forEach((tag, text) -> {
            String at = where + " (" + tag + ")";
            Checks.require(Locales.isCanonical(tag), at + ": '" + tag + "' is not a canonical language tag like de or de-CH");
            Checks.require(text != null, at + ": text is missing");
            Checks.text(text.title(), at + ": title", MAX_TITLE);
            Checks.text(text.body(), at + ": body", MAX_BODY);
            Template title = declared(at + ": title", Template.parse(text.title(), at + ": title"), variables);
            Template body = declared(at + ": body", Template.parse(text.body(), at + ": body"), variables);
            texts.put(tag, new Texts(title, body));
        });
        return new NudgeDefinition(kind, entry.category(), variables, link, texts);
    }

    /** Declared first, so a bad declaration is reported as such rather than as an undeclared placeholder. */
    private static void checkVariables(String where, List<String> variables) {
        Checks.require(variables != null, where + ": variables must be declared (may be empty)");
        for (String v : variables) {
            Checks.require(v != null && Template.NAME.matcher(v).matches(),
                    where + ": variable " + Checks.quoted(v) + " must be lowerCamelCase");
        }
        Checks.require(new HashSet<>(variables).size() == variables.size(), where + ": declares a variable twice");
    }

    private static NudgeKind kind(String name) {
        for (NudgeKind k : NudgeKind.values()) {
            if (k.name().equals(name)) {
                return k;
            }
        }
        throw new ContentException("unknown nudge kind " + Checks.quoted(name));
    }

    private static Template declared(String where, Template template, List<String> variables) {
        Set<String> undeclared = new LinkedHashSet<>(template.variables());
        undeclared.removeAll(variables);
        Checks.require(undeclared.isEmpty(), where + " uses " + braces(undeclared)
                + ", not declared for this kind; declared: " + variables);
        return template;
    }

    private static String braces(Set<String> names) {
        return String.join(", ", names.stream().map(n -> "{" + n + "}").toList());
    }
}
