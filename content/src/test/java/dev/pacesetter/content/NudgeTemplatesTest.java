package dev.pacesetter.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NudgeTemplatesTest {

    private static final NudgeTemplates SHIPPED = NudgeTemplates.load();

    private static Map<String, String> overtaken() {
        Map<String, String> vars = new LinkedHashMap<>();
        vars.put("rivalName", "Sam Ortiz");
        vars.put("contestName", "Q3 Blitz");
        vars.put("rank", "4");
        vars.put("gap", "2 deals");
        vars.put("contestId", "42");
        return vars;
    }

    @Test
    void overtakenRendersInEnglishWithItsCategoryAndDeepLink() {
        RenderedNudge n = SHIPPED.render(NudgeKind.OVERTAKEN, Locale.US, overtaken());
        assertEquals(new RenderedNudge(NudgeKind.OVERTAKEN, NudgeCategory.RANK_CHANGES, "en",
                "Sam Ortiz just passed you", "You're now #4 in Q3 Blitz, 2 deals behind. Time to win it back.",
                "pacesetter://contests/42"), n);
    }

    @Test
    void overtakenRendersInGermanForAGermanUser() {
        RenderedNudge n = SHIPPED.render(NudgeKind.OVERTAKEN, Locale.GERMANY, overtaken());
        assertEquals("Sam Ortiz hat dich überholt", n.title());
        assertEquals("de", n.language());
    }

    @ParameterizedTest(name = "{0} gets {1}")
    @CsvSource({"de, de", "de-DE, de", "de-AT, de", "de-CH, de", "en, en", "en-GB, en", "fr, en", "fr-CA, en",
            "und, en"})
    void theLocalePicksTheLanguageThenFallsBackToEnglish(String tag, String expected) {
        assertEquals(expected, SHIPPED.render(NudgeKind.OVERTAKEN, Locale.forLanguageTag(tag), overtaken()).language());
    }

    @Test
    void noLocaleMeansEnglish() {
        assertEquals("en", SHIPPED.render(NudgeKind.OVERTAKEN, null, overtaken()).language());
    }

    @ParameterizedTest(name = "{0} with {1}/{2} picks {3}")
    @CsvSource({"de-CH, en, de de-CH, de-CH", "de-AT, en, de de-CH, de", "fr-CH, en, de de-CH, en",
            "zh-Hant-TW, en, zh-Hant-TW zh, zh-Hant-TW", "zh-CN, en, zh-Hant-TW zh, zh"})
    void anExactTagWinsOverItsLanguage(String tag, String fallback, String others, String expected) {
        Set<String> available = new HashSet<>(List.of(others.split(" ")));
        available.add(fallback);
        assertEquals(expected, Locales.bestTag(available, Locale.forLanguageTag(tag)));
    }

    @ParameterizedTest
    @EnumSource(NudgeKind.class)
    void everyKindRendersInEveryLanguageWithNoPlaceholderLeft(NudgeKind kind) {
        Map<String, String> vars = new HashMap<>();
        SHIPPED.variables(kind).forEach(v -> vars.put(v, "x"));
        assertTrue(SHIPPED.languages(kind).containsAll(Set.of("en", "de")), kind + " " + SHIPPED.languages(kind));
        for (String tag : SHIPPED.languages(kind)) {
            RenderedNudge n = SHIPPED.render(kind, Locale.forLanguageTag(tag), vars);
            assertEquals(tag, n.language());
            for (String text : new String[] {n.title(), n.body(), n.deepLink()}) {
                assertFalse(text.contains("{") || text.contains("}"), kind + " " + tag + ": " + text);
                assertFalse(text.isBlank(), kind + " " + tag);
            }
            assertTrue(n.deepLink().startsWith("pacesetter://"), n.deepLink());
            assertEquals(SHIPPED.category(kind), n.category());
        }
    }

    @Test
    void aMissingOrBlankVariableFailsNamingIt() {
        Map<String, String> vars = overtaken();
        vars.remove("gap");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SHIPPED.render(NudgeKind.OVERTAKEN, Locale.ENGLISH, vars));
        assertEquals("nudge OVERTAKEN: missing variable(s) [gap]", e.getMessage());
        vars.put("gap", " ");
        assertThrows(IllegalArgumentException.class, () -> SHIPPED.render(NudgeKind.OVERTAKEN, Locale.ENGLISH, vars));
    }

    @Test
    void anUndeclaredVariableFailsSoCallerAndTemplateCannotDrift() {
        Map<String, String> vars = overtaken();
        vars.put("amount", "€500");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SHIPPED.render(NudgeKind.OVERTAKEN, Locale.ENGLISH, vars));
        assertTrue(e.getMessage().startsWith("nudge OVERTAKEN: undeclared variable(s) [amount]"), e.getMessage());
    }

    @Test
    void valuesAreInsertedVerbatimNeverExpandedAndEncodedInTheDeepLink() {
        Map<String, String> vars = overtaken();
        vars.put("contestName", "{rank} & Co");
        vars.put("contestId", "a b/ü");
        RenderedNudge n = SHIPPED.render(NudgeKind.OVERTAKEN, Locale.ENGLISH, vars);
        assertEquals("You're now #4 in {rank} & Co, 2 deals behind. Time to win it back.", n.body());
        assertEquals("pacesetter://contests/a%20b%2F%C3%BC", n.deepLink());
    }

    @Test
    void moneyIsPassedPreFormattedAndAppearsAsGiven() {
        RenderedNudge n = SHIPPED.render(NudgeKind.SPIFF_PAID, Locale.GERMANY,
                Map.of("spiffName", "Q3-Neukunden", "amount", "1.250,00 €", "spiffId", "7"));
        assertEquals("1.250,00 € ausgezahlt", n.title());
        assertEquals("pacesetter://spiffs/7", n.deepLink());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "undeclared-placeholder  | nudge OVERTAKEN (en): body uses {rnk}, not declared for this kind; declared: [rivalName, rank, contestId]",
            "undeclared-in-deep-link | nudge OVERTAKEN: deepLink uses {id}, not declared",
            "missing-english         | nudge OVERTAKEN: has no English ('en') text",
            "unknown-kind            | unknown nudge kind 'OVERTOOK'",
            "missing-kinds           | no templates for nudge kinds [CONTEST_STARTED, CONTEST_ENDING_SOON,",
            "duplicate-kind          | duplicate nudge kind OVERTAKEN",
            "unbalanced-brace        | nudge OVERTAKEN (de): title has a '{' without a matching '}' at position 0",
            "stray-brace             | nudge OVERTAKEN (en): body has a '}' without a matching '{'",
            "language-tag            | nudge OVERTAKEN (de_DE): 'de_DE' is not a canonical language tag",
            "deep-link-scheme        | nudge OVERTAKEN: deepLink must start with pacesetter://",
            "unknown-category        | GOSSIP",
            "title-too-long          | nudge OVERTAKEN (en): title must be at most 80 characters",
            "variable-name           | nudge OVERTAKEN: variable 'rival_name' must be lowerCamelCase",
            "duplicate-language      | Duplicate field 'en'",
    })
    void brokenTemplatesFailTheBuildNamingTheFileTheKindAndTheReason(String fixture, String reason) {
        String resource = "bad/nudges/" + fixture + ".json";
        ContentException e = assertThrows(ContentException.class,
                () -> NudgeTemplates.load(getClass().getClassLoader(), resource));
        assertTrue(e.getMessage().startsWith(resource + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }
}
