package dev.pacesetter.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActivityCatalogTest {

    @Test
    void shippedCatalogLoadsWithEveryTypeTheLedgerNeeds() {
        ActivityCatalog catalog = ActivityCatalog.load();
        for (String code : List.of("DEAL_WON", "OPPORTUNITY_CREATED", "CALL_LOGGED", "MEETING_BOOKED",
                "DEMO_HELD", "LEAD_QUALIFIED", "DEAL_LOST", "LEAD_ASSIGNED", "CLOSE_DATE_PUSHED", "RENEWAL_WON",
                "RENEWAL_LOST")) {
            assertTrue(catalog.find(code).isPresent(), code);
        }
        assertTrue(catalog.find("DEAL_WON").orElseThrow().monetary());
        assertTrue(catalog.find("RENEWAL_WON").orElseThrow().monetary());
        assertFalse(catalog.find("DEAL_LOST").orElseThrow().monetary());
        assertEquals(List.of("points", "revenue", "deals", "opportunities", "calls", "meetings", "demos", "leads",
                "coaching_items", "coaching_plans", "deals_lost", "leads_assigned", "close_dates_pushed", "renewals",
                "renewals_lost"),
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
