package dev.pacesetter.activity;

import dev.pacesetter.api.model.ActivityInput;
import dev.pacesetter.api.model.ActivityRef;
import dev.pacesetter.api.model.Correction;
import dev.pacesetter.content.ActivityCatalog;
import dev.pacesetter.platform.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActivityRulesTest {
    private static final ActivityCatalog CATALOG = ActivityCatalog.load();
    private static final Currency USD = Currency.getInstance("USD");
    // 2026-11-23 15:00 UTC
    private static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");

    private static ActivityInput deal() {
        return new ActivityInput().source("salesforce").externalId("006-1").type("DEAL_WON").userId(7L)
                .occurredAt(OffsetDateTime.parse("2026-11-23T14:00:00Z")).amount("42000.00").currency("USD")
                .product("Platform").dealId("006");
    }

    private static ActivityInput call() {
        return new ActivityInput().source("dialer").externalId("c-1").type("CALL_LOGGED").userId(7L)
                .occurredAt(OffsetDateTime.parse("2026-11-23T14:00:00Z"));
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("no source", (Consumer<ActivityInput>) a -> a.source(null), "source", "is required"),
                Arguments.of("source with spaces", (Consumer<ActivityInput>) a -> a.source("sales force"), "source", "may contain"),
                Arguments.of("no external id", (Consumer<ActivityInput>) a -> a.externalId(" "), "externalId", "is required"),
                Arguments.of("long external id", (Consumer<ActivityInput>) a -> a.externalId("x".repeat(129)), "externalId", "at most 128"),
                Arguments.of("unknown type", (Consumer<ActivityInput>) a -> a.type("DEAL_SLIPPED"), "type", "not a known activity type"),
                Arguments.of("no user", (Consumer<ActivityInput>) a -> a.userId(null), "userId", "is required"),
                Arguments.of("lost deal without deal id", (Consumer<ActivityInput>) a -> a.type("DEAL_LOST").amount(null)
                        .currency(null).dealId(null), "dealId", "is required for DEAL_LOST"),
                Arguments.of("pushed close date without deal id", (Consumer<ActivityInput>) a -> a.type("CLOSE_DATE_PUSHED")
                        .amount(null).currency(null).dealId(" "), "dealId", "is required for CLOSE_DATE_PUSHED"),
                Arguments.of("lost deal with amount", (Consumer<ActivityInput>) a -> a.type("DEAL_LOST").currency(null),
                        "amount", "must be absent for DEAL_LOST"),
                Arguments.of("renewal without amount", (Consumer<ActivityInput>) a -> a.type("RENEWAL_WON").amount(null),
                        "amount", "is required for RENEWAL_WON"),
                Arguments.of("no time", (Consumer<ActivityInput>) a -> a.occurredAt(null), "occurredAt", "is required"),
                // 2026-11-23 15:06 UTC is 6 minutes after NOW: beyond the 5-minute tolerance
                Arguments.of("future", (Consumer<ActivityInput>) a -> a.occurredAt(OffsetDateTime.parse("2026-11-23T15:06:00Z")), "occurredAt", "future"),
                Arguments.of("ancient", (Consumer<ActivityInput>) a -> a.occurredAt(OffsetDateTime.parse("1999-12-31T23:59:59Z")), "occurredAt", "before 2000"),
                Arguments.of("deal without amount", (Consumer<ActivityInput>) a -> a.amount(null), "amount", "is required for DEAL_WON"),
                Arguments.of("zero amount", (Consumer<ActivityInput>) a -> a.amount("0.00"), "amount", "greater than zero"),
                Arguments.of("negative amount", (Consumer<ActivityInput>) a -> a.amount("-5"), "amount", "greater than zero"),
                Arguments.of("five decimals", (Consumer<ActivityInput>) a -> a.amount("1.00001"), "amount", "at most 13 digits"),
                Arguments.of("not a number", (Consumer<ActivityInput>) a -> a.amount("12k"), "amount", "not a decimal"),
                Arguments.of("no currency", (Consumer<ActivityInput>) a -> a.currency(null), "currency", "is required"),
                Arguments.of("other currency", (Consumer<ActivityInput>) a -> a.currency("EUR"), "currency", "organisation's currency, USD"),
                Arguments.of("correction without target", (Consumer<ActivityInput>) a -> a.correction(Correction.AMENDMENT), "corrects", "is required"),
                Arguments.of("target without kind", (Consumer<ActivityInput>) a -> a.corrects(new ActivityRef().source("s").externalId("e")), "correction", "is required"),
                Arguments.of("reversal with amount", (Consumer<ActivityInput>) a -> a.correction(Correction.REVERSAL)
                        .corrects(new ActivityRef().source("salesforce").externalId("006-0")), "amount", "absent on a REVERSAL"),
                Arguments.of("self correction", (Consumer<ActivityInput>) a -> a.correction(Correction.AMENDMENT)
                        .corrects(new ActivityRef().source("salesforce").externalId("006-1")), "corrects", "itself"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void invalidDealsAreRejectedNamingTheField(String name, Consumer<ActivityInput> change, String field, String reason) {
        ActivityInput input = deal();
        change.accept(input);
        ActivityRules.Checked checked = ActivityRules.check(input, CATALOG, USD, NOW);
        assertTrue(checked.problems().stream().anyMatch(p -> p.field().equals(field) && p.reason().contains(reason)),
                () -> "expected " + field + " '" + reason + "' in " + checked.problems());
    }

    @Test
    void aValidDealIsNormalised() {
        ActivityRules.Checked checked = ActivityRules.check(deal(), CATALOG, USD, NOW);
        assertTrue(checked.ok(), checked.problems()::toString);
        assertEquals("USD", checked.candidate().currency());
        assertEquals(0, checked.candidate().amount().compareTo(new java.math.BigDecimal("42000")));
    }

    @Test
    void aLostDealOrPushedCloseDateWithItsDealIdIsAccepted() {
        for (String type : List.of("DEAL_LOST", "CLOSE_DATE_PUSHED", "LEAD_ASSIGNED", "RENEWAL_LOST")) {
            ActivityInput in = deal().type(type).amount(null).currency(null).product(null);
            ActivityRules.Checked checked = ActivityRules.check(in, CATALOG, USD, NOW);
            assertTrue(checked.ok(), type + ": " + checked.problems());
            assertEquals("006", checked.candidate().dealId());
        }
        assertTrue(ActivityRules.check(deal().type("RENEWAL_WON"), CATALOG, USD, NOW).ok());
    }

    @Test
    void aCallMustNotCarryMoney() {
        ActivityRules.Checked checked = ActivityRules.check(call().amount("5"), CATALOG, USD, NOW);
        assertEquals(new FieldProblem("amount", "must be absent for CALL_LOGGED", null), checked.problems().getFirst());
        assertTrue(ActivityRules.check(call(), CATALOG, USD, NOW).ok());
    }

    @Test
    void amendingACallIsRefused() {
        ActivityInput amend = call().correction(Correction.AMENDMENT).corrects(new ActivityRef().source("dialer").externalId("c-0"));
        assertTrue(ActivityRules.check(amend, CATALOG, USD, NOW).problems().stream()
                .anyMatch(p -> p.field().equals("correction") && p.reason().contains("use REVERSAL")));
    }

    @Test
    void theFingerprintIgnoresTrailingZerosButNotContent() {
        ActivityRules.Candidate a = ActivityRules.check(deal().amount("42000.00"), CATALOG, USD, NOW).candidate();
        ActivityRules.Candidate b = ActivityRules.check(deal().amount("42000"), CATALOG, USD, NOW).candidate();
        ActivityRules.Candidate c = ActivityRules.check(deal().amount("42000.01"), CATALOG, USD, NOW).candidate();
        assertEquals(a.fingerprint(), b.fingerprint());
        assertNotEquals(a.fingerprint(), c.fingerprint());
    }

    @Test
    void fiveMinutesOfClockSkewIsTolerated() {
        // 2026-11-23 15:04:59 UTC: just inside the tolerance
        assertTrue(ActivityRules.check(deal().occurredAt(OffsetDateTime.of(2026, 11, 23, 15, 4, 59, 0, ZoneOffset.UTC)),
                CATALOG, USD, NOW).ok());
    }
}
