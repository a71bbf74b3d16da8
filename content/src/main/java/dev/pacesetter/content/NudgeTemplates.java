package dev.pacesetter.content;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Push-notification texts for every {@link NudgeKind}, per language, loaded from
 * {@code content/nudge-templates.json}. The user's locale picks the text: exact tag, then language,
 * then English. Rendering is strict: every declared variable must be given and nothing else, so a
 * template change cannot silently produce "{contestName}" on a lock screen.
 *
 * <pre>{@code
 * RenderedNudge n = NudgeTemplates.load().render(NudgeKind.OVERTAKEN, Locale.GERMANY, Map.of(
 *         "rivalName", "Sam", "contestName", "Q3 Blitz", "rank", "4", "gap", "2 deals", "contestId", "42"));
 * }</pre>
 * Values are inserted verbatim: the caller formats money, dates and counts for the user's locale.
 * Values in the deep link are percent-encoded as path segments.
 */
public final class NudgeTemplates {

    static final String RESOURCE = "content/nudge-templates.json";

    private final int version;
    private final Map<NudgeKind, NudgeDefinition> byKind;

    private NudgeTemplates(int version, List<NudgeDefinition> definitions) {
        Checks.require(version >= 1, "version must be 1 or more");
        Map<NudgeKind, NudgeDefinition> map = new EnumMap<>(NudgeKind.class);
        for (NudgeDefinition d : definitions) {
            Checks.require(map.putIfAbsent(d.kind(), d) == null, "duplicate nudge kind " + d.kind());
        }
        Set<NudgeKind> missing = new TreeSet<>(Set.of(NudgeKind.values()));
        missing.removeAll(map.keySet());
        Checks.require(missing.isEmpty(), "no templates for nudge kinds " + missing);
        this.version = version;
        this.byKind = map;
    }

    /** Loads and checks the shipped templates. */
    public static NudgeTemplates load() {
        return load(NudgeTemplates.class.getClassLoader(), RESOURCE);
    }

    static NudgeTemplates load(ClassLoader loader, String resource) {
        Document doc = ContentReader.read(loader, resource, Document.class);
        return ContentReader.within(resource, () -> {
            List<NudgeDefinition> definitions = new ArrayList<>();
            for (Entry e : Checks.nonEmpty(doc.nudges(), "nudge")) {
                definitions.add(NudgeDefinition.from(e));
            }
            return new NudgeTemplates(doc.version(), definitions);
        });
    }

    /**
     * Renders a nudge for a user's locale.
     *
     * @throws IllegalArgumentException when a declared variable is missing or blank, or an undeclared
     *                                  one is passed
     */
    public RenderedNudge render(NudgeKind kind, Locale locale, Map<String, String> variables) {
        NudgeDefinition d = byKind.get(Objects.requireNonNull(kind, "kind"));
        Objects.requireNonNull(variables, "variables");
        List<String> missing = d.variables().stream()
                .filter(v -> variables.get(v) == null || variables.get(v).isBlank()).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("nudge " + kind + ": missing variable(s) " + missing);
        }
        Set<String> undeclared = new TreeSet<>(variables.keySet());
        d.variables().forEach(undeclared::remove);
        if (!undeclared.isEmpty()) {
            throw new IllegalArgumentException("nudge " + kind + ": undeclared variable(s) " + undeclared
                    + "; declared: " + d.variables());
        }
        String tag = Locales.bestTag(d.texts().keySet(), locale);
        NudgeDefinition.Texts texts = d.texts().get(tag);
        return new RenderedNudge(kind, d.category(), tag, texts.title().render(variables, v -> v),
                texts.body().render(variables, v -> v), d.deepLink().render(variables, NudgeTemplates::pathSegment));
    }

    /** The content version of {@code nudge-templates.json}. */
    public int version() {
        return version;
    }

    public NudgeCategory category(NudgeKind kind) {
        return byKind.get(kind).category();
    }

    /** The variables a caller must pass for a kind, in declared order. */
    public List<String> variables(NudgeKind kind) {
        return byKind.get(kind).variables();
    }

    /** The language tags a kind has text in; always includes {@code en}. */
    public Set<String> languages(NudgeKind kind) {
        return new TreeSet<>(byKind.get(kind).texts().keySet());
    }

    static String pathSegment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    record Document(int version, List<Entry> nudges) {
    }

    /** A nudge kind as written in the data; the kind stays a string so an unknown one gets a clear message. */
    record Entry(String kind, NudgeCategory category, List<String> variables, String deepLink,
                 Map<String, Text> text) {
    }

    /** Title and body templates in one language. */
    record Text(String title, String body) {
    }
}
