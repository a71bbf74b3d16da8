package dev.pacesetter.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActivityCatalogTest {

    @Test
    void shippedCatalogLoadsWithEveryTypeTheLedgerNeeds() {
        ActivityCatalog catalog = ActivityCatalog.load();
        for (String code : List.of("DEAL_WON", "OPPORTUNITY_CREATED", "CALL_LOGGED", "MEETING_BOOKED",
                "DEMO_HELD", "LEAD_QUALIFIED")) {
            assertTrue(catalog.find(code).isPresent(), code);
        }
        assertTrue(catalog.find("DEAL_WON").orElseThrow().monetary());
        assertEquals(List.of("points", "revenue", "deals", "opportunities", "calls", "meetings", "demos", "leads"),
                catalog.metrics());
    }

    @ParameterizedTest(name = "{0} falls back to {1}")
    @CsvSource({"de, Abschluss gewonnen", "de-AT, Abschluss gewonnen", "fr, Deal won", "en-GB, Deal won"})
    void displayNameFallsBackToLanguageThenEnglish(String tag, String expected) {
        ActivityType dealWon = ActivityCatalog.load().find("DEAL_WON").orElseThrow();
        assertEquals(expected, dealWon.displayName(Locale.forLanguageTag(tag)));
    }

    @ParameterizedTest(name = "[{index}] {5}")
    @CsvSource(delimiter = '|', value = {
            "deal_won  | deals   | 10    | en | Deal | code must be UPPER_SNAKE_CASE",
            "DEAL_WON  | Deals   | 10    | en | Deal | metric must be lower_snake_case",
            "DEAL_WON  | points  | 10    | en | Deal | reserved",
            "DEAL_WON  | deals   | -1    | en | Deal | defaultPoints must be within",
            "DEAL_WON  | deals   | 10001 | en | Deal | defaultPoints must be within",
            "DEAL_WON  | deals   | 10    | de | Deal | English",
    })
    void invalidTypesAreRejectedWithTheReason(String code, String metric, int points, String lang, String name,
                                              String reason) {
        ContentException e = assertThrows(ContentException.class,
                () -> new ActivityType(code, metric, false, points, Map.of(lang, name), ""));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @Test
    void duplicateCodesAndSharedMetricsAreRejected() {
        ActivityType a = new ActivityType("CALL_LOGGED", "calls", false, 1, Map.of("en", "Call"), "");
        ActivityType b = new ActivityType("CALL_MADE", "calls", false, 1, Map.of("en", "Call"), "");
        assertThrows(ContentException.class, () -> new ActivityCatalog(1, List.of(a, a)));
        ContentException shared = assertThrows(ContentException.class, () -> new ActivityCatalog(1, List.of(a, b)));
        assertTrue(shared.getMessage().contains("both feed metric 'calls'"));
    }

    @Test
    void unknownFieldsInTheDataFailLoading() {
        assertThrows(ContentException.class,
                () -> ActivityCatalog.load(getClass().getClassLoader(), "bad/unknown-field.json"));
        assertThrows(ContentException.class,
                () -> ActivityCatalog.load(getClass().getClassLoader(), "bad/missing.json"));
        assertThrows(ContentException.class,
                () -> ActivityCatalog.load(getClass().getClassLoader(), "bad/truncated.json"));
    }
}
