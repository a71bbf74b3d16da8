package dev.pacesetter.activity;

import dev.pacesetter.api.model.ActivityInput;
import dev.pacesetter.api.model.ActivityRef;
import dev.pacesetter.api.model.ActivitySplit;
import dev.pacesetter.api.model.Correction;
import dev.pacesetter.content.ActivityCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DealRulesTest {
    private static final ActivityCatalog CATALOG = ActivityCatalog.load();
    private static final Currency USD = Currency.getInstance("USD");
    // 2026-11-23 15:00 UTC
    private static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");

    private static ActivitySplit split(long user, String percent) {
        return new ActivitySplit().userId(user).percent(percent);
    }

    /** A deal of user 7, split 60/40 with user 8. */
    private static ActivityInput splitDeal() {
        return new ActivityInput().source("crm").externalId("D-1").type("DEAL_WON").userId(7L)
                .occurredAt(OffsetDateTime.parse("2026-11-23T14:00:00Z")).amount("100000.00").currency("USD")
                .product("Platform").dealId("D-1").splits(new ArrayList<>(List.of(split(7, "60"), split(8, "40"))));
    }

    private static List<ActivitySplit> eleven() {
        List<ActivitySplit> out = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            out.add(split(7 + i, "9"));
        }
        out.add(split(20, "10"));
        return out;
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                // 60 + 30 = 90
                Arguments.of("sum below 100", (Consumer<ActivityInput>) a -> a.getSplits().set(1, split(8, "30")),
                        "splits", "sum to exactly 100, was 90"),
                // 60 + 40.01 = 100.01
                Arguments.of("sum above 100", (Consumer<ActivityInput>) a -> a.getSplits().set(1, split(8, "40.01")),
                        "splits", "sum to exactly 100, was 100.01"),
                Arguments.of("owner missing", (Consumer<ActivityInput>) a -> a.getSplits().set(0, split(9, "60")),
                        "splits", "owner, user 7"),
                Arguments.of("user twice", (Consumer<ActivityInput>) a -> a.getSplits().set(1, split(7, "40")),
                        "splits[1].userId", "second time"),
                Arguments.of("one entry", (Consumer<ActivityInput>) a -> a.splits(new ArrayList<>(List.of(split(7, "100")))),
                        "splits", "2 to 10 users, was 1"),
                Arguments.of("eleven entries", (Consumer<ActivityInput>) a -> a.splits(eleven()),
                        "splits", "2 to 10 users, was 11"),
                Arguments.of("three decimals", (Consumer<ActivityInput>) a -> a.getSplits().set(1, split(8, "39.995")),
                        "splits[1].percent", "at most 2 decimals"),
                Arguments.of("zero share", (Consumer<ActivityInput>) a -> a.getSplits().set(1, split(8, "0")),
                        "splits[1].percent", "more than 0"),
                Arguments.of("negative share", (Consumer<ActivityInput>) a -> a.getSplits().set(0, split(7, "-60")),
                        "splits[0].percent", "more than 0"),
                Arguments.of("not a number", (Consumer<ActivityInput>) a -> a.getSplits().set(1, split(8, "forty")),
                        "splits[1].percent", "not a decimal"),
                Arguments.of("no percent", (Consumer<ActivityInput>) a -> a.getSplits().set(1, split(8, null)),
                        "splits[1].percent", "is required"),
                Arguments.of("no user", (Consumer<ActivityInput>) a -> a.getSplits().set(1, new ActivitySplit().percent("40")),
                        "splits[1].userId", "is required"),
                Arguments.of("not a deal", (Consumer<ActivityInput>) a -> a.type("MEETING_BOOKED").amount(null).currency(null),
                        "splits", "DEAL_WON only"),
                Arguments.of("new logo on a meeting", (Consumer<ActivityInput>) a -> a.type("MEETING_BOOKED").amount(null)
                        .currency(null).splits(null).newLogo(true), "newLogo", "DEAL_WON only"),
                Arguments.of("splits on a correction", (Consumer<ActivityInput>) a -> a.externalId("D-1-amended")
                        .corrects(new ActivityRef().source("crm").externalId("D-1")).correction(Correction.AMENDMENT),
                        "splits", "keeps the original deal's splits"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void badSplitsAreRejectedNamingTheField(String name, Consumer<ActivityInput> change, String field, String reason) {
        ActivityInput input = splitDeal();
        change.accept(input);
        ActivityRules.Checked checked = ActivityRules.check(input, CATALOG, USD, NOW);
        assertTrue(checked.problems().stream().anyMatch(p -> p.field().equals(field) && p.reason().contains(reason)),
                () -> "expected " + field + " '" + reason + "' in " + checked.problems());
    }

    static Stream<Arguments> valid() {
        return Stream.of(
                Arguments.of(List.of(split(7, "60"), split(8, "40")), "7:60,8:40"),
                // written in another order and with trailing zeros: the same canonical text
                Arguments.of(List.of(split(8, "40.00"), split(7, "60.0")), "7:60,8:40"),
                // 33.33 + 33.33 + 33.34 = 100
                Arguments.of(List.of(split(9, "33.34"), split(7, "33.33"), split(8, "33.33")), "7:33.33,8:33.33,9:33.34"),
                // 99.99 + 0.01 = 100
                Arguments.of(List.of(split(7, "99.99"), split(8, "0.01")), "7:99.99,8:0.01"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("valid")
    void goodSplitsAreKeptInCanonicalOrder(List<ActivitySplit> splits, String canonical) {
        ActivityRules.Checked checked = ActivityRules.check(splitDeal().splits(new ArrayList<>(splits)), CATALOG, USD, NOW);
        assertTrue(checked.ok(), () -> checked.problems().toString());
        assertEquals(canonical, SplitShare.encode(checked.candidate().splits()));
        assertEquals(checked.candidate().splits().stream().map(SplitShare::userId).sorted().toList(),
                SplitShare.decode(canonical).stream().map(SplitShare::userId).toList());
    }

    @Test
    void aResendInAnotherOrderHasTheSameFingerprint() {
        String a = ActivityRules.check(splitDeal(), CATALOG, USD, NOW).candidate().fingerprint();
        String b = ActivityRules.check(splitDeal().splits(new ArrayList<>(List.of(split(8, "40.00"), split(7, "60")))),
                CATALOG, USD, NOW).candidate().fingerprint();
        assertEquals(a, b);
        String other = ActivityRules.check(splitDeal().splits(new ArrayList<>(List.of(split(7, "50"), split(8, "50")))),
                CATALOG, USD, NOW).candidate().fingerprint();
        assertNotEquals(a, other);
    }

    @Test
    void aDealWithoutSplitsOrNewLogoHashesAsBefore() {
        ActivityRules.Candidate plain = ActivityRules.check(splitDeal().splits(null), CATALOG, USD, NOW).candidate();
        assertTrue(plain.splits().isEmpty());
        // The fingerprint format of deals stored before V62: no trailing attributes.
        assertTrue(plain.fingerprint().endsWith("|D-1|||"), plain.fingerprint());
        ActivityRules.Candidate logo = ActivityRules.check(splitDeal().splits(null).newLogo(true), CATALOG, USD, NOW)
                .candidate();
        assertTrue(logo.newLogo());
        assertNotEquals(plain.fingerprint(), logo.fingerprint());
    }

    @Test
    void aShareIsNormalised() {
        assertEquals(new BigDecimal("60"), new SplitShare(1, new BigDecimal("60.00")).percent());
        assertEquals(new BigDecimal("33.3"), new SplitShare(1, new BigDecimal("33.30")).percent());
    }
}
