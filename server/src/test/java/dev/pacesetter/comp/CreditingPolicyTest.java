package dev.pacesetter.comp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreditingPolicyTest {

    private static final Instant AT = Instant.parse("2025-03-14T10:00:00Z");
    // ana and ben report to mia; carl reports to zoe; mia reports to zoe
    private static final ReportingLines LINES = new ReportingLines(Map.of("ana", "mia", "ben", "mia", "mia", "zoe",
            "carl", "zoe"));

    @Test
    void aWonDealCreditsItsOwnerInFull() {
        Map<String, List<CreditedItem>> credits = CreditingPolicy.credit(List.of(deal(1, "250.00", Attribution.owner("ana"))),
                ReportingLines.NONE);

        assertEquals(List.of("ana"), List.copyOf(credits.keySet()));
        CreditedItem item = credits.get("ana").get(0);
        assertEquals(usd("250.00"), item.credit());
        assertEquals(0, item.splitPercent().compareTo(new BigDecimal("100")));
        assertEquals(CreditBasis.DIRECT, item.basis());
    }

    /**
     * An owner-only item is allocated by a shortcut (no splits: the whole amount to the owner); it
     * must give exactly what the general rule gives for a single 100 % split to the owner, down to
     * the scale of the amount and of the percent.
     */
    @ParameterizedTest(name = "owner-only {0} == one 100% split")
    @CsvSource({
        "250.00",      // a plain deal
        "0.00",        // an activity without an amount
        "250.5000",    // four ledger decimals, still whole cents: credited at the cent's scale
        "1234567.89",  // large
        "-100.01",     // a reversal
    })
    void anOwnerOnlyItemCreditsLikeOneFullSplitToTheOwner(String amount) {
        ItemRef ref = amount.startsWith("-") ? ItemRef.reversalOf(1, 2, AT) : ItemRef.of(1, AT);
        Activity owned = new Activity(ref, ActivityKind.dealWon("CORE", false), usd(amount), Attribution.owner("ana"));
        Activity split = new Activity(ref, ActivityKind.dealWon("CORE", false), usd(amount),
                Attribution.split("ana", new Split("ana", new BigDecimal("100"))));

        CreditedItem shortcut = CreditingPolicy.credit(List.of(owned), ReportingLines.NONE).get("ana").get(0);
        CreditedItem general = CreditingPolicy.credit(List.of(split), ReportingLines.NONE).get("ana").get(0);

        assertEquals(general.credit().amount(), shortcut.credit().amount()); // BigDecimal equals: scale too
        assertEquals(general.splitPercent(), shortcut.splitPercent());
        assertEquals(general, shortcut);
    }

    @ParameterizedTest(name = "{0} split {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        // 100.00 at 60/40: exact, no left-over cent
        "100.00 | ana:60, ben:40                | ana:60.00, ben:40.00",
        // 100.01 at 50/50: 50.005 each, truncated to 50.00 + 50.00, the left-over cent goes to the
        // larger dropped fraction; both are .5, so to the lower rep id, ana - whatever the list order
        "100.01 | ana:50, ben:50                | ana:50.01, ben:50.00",
        "100.01 | ben:50, ana:50                | ben:50.00, ana:50.01",
        // 100.00 in thirds of 33.3333/33.3333/33.3334: 3333.33, 3333.33, 3333.34 cents; one cent
        // left over goes to carl, whose dropped fraction .34 is the largest
        "100.00 | ana:33.3333, ben:33.3333, carl:33.3334 | ana:33.33, ben:33.33, carl:33.34",
        // 0.02 in thirds of 33.33/33.33/33.34: 0.6666, 0.6666, 0.6668 cents; two cents left over go
        // to carl (.6668) and then ana (.6666, lower id than ben)
        "0.02   | ben:33.33, ana:33.33, carl:33.34 | ben:0.00, ana:0.01, carl:0.01",
        // a reversal splits exactly like the deal it cancels
        "-100.01 | ana:50, ben:50               | ana:-50.01, ben:-50.00",
    })
    void splitsAllocateTheLeftOverCentDeterministically(String amount, String splits, String expected) {
        Activity activity = new Activity(amount.startsWith("-") ? ItemRef.reversalOf(1, 2, AT) : ItemRef.of(1, AT),
                ActivityKind.dealWon("CORE", false), usd(amount), Attribution.split("ana", parseSplits(splits)));

        Map<String, List<CreditedItem>> credits = CreditingPolicy.credit(List.of(activity), ReportingLines.NONE);

        for (String share : expected.split(",")) {
            String[] repAndAmount = share.trim().split(":");
            assertEquals(usd(repAndAmount[1]), credits.get(repAndAmount[0]).get(0).credit(), repAndAmount[0]);
        }
    }

    @Test
    void splitsMustSumToExactlyOneHundred() {
        CompRuleException e = assertThrows(CompRuleException.class,
                () -> Attribution.split("ana", Split.of("ana", "50"), Split.of("ben", "49.99")));
        assertEquals("splits: percentages must sum to exactly 100, was 99.99", e.getMessage());
        assertEquals("splits[1].repId: rep 'ana' is named twice", assertThrows(CompRuleException.class,
                () -> Attribution.split("ana", Split.of("ana", "50"), Split.of("ana", "50"))).getMessage());
        assertEquals("percent: must be positive, was 0", assertThrows(CompRuleException.class,
                () -> Split.of("ana", "0")).getMessage());
    }

    @Test
    void managersAreCreditedWithTheirTeamsDealsTransitively() {
        Map<String, List<CreditedItem>> credits = CreditingPolicy.credit(
                List.of(deal(1, "1000.00", Attribution.owner("ana"))), LINES);

        assertEquals(List.of("ana", "mia", "zoe"), List.copyOf(credits.keySet()));
        CreditedItem mias = credits.get("mia").get(0);
        assertEquals(CreditBasis.ROLL_UP, mias.basis());
        assertEquals(usd("1000.00"), mias.credit());
        assertEquals(usd("1000.00"), credits.get("zoe").get(0).credit());
    }

    @Test
    void aManagerGetsOneRollUpItemPerDealEvenWhenSeveralReportsShareIt() {
        // ana 50 % and ben 30 % (both under mia), carl 20 % (under zoe directly)
        Activity shared = deal(1, "1000.00", Attribution.split("ana", Split.of("ana", "50"), Split.of("ben", "30"),
                Split.of("carl", "20")));

        Map<String, List<CreditedItem>> credits = CreditingPolicy.credit(List.of(shared), LINES);

        assertEquals(1, credits.get("mia").size());
        assertEquals(usd("800.00"), credits.get("mia").get(0).credit());
        assertEquals(0, credits.get("mia").get(0).splitPercent().compareTo(new BigDecimal("80")));
        assertEquals(1, credits.get("zoe").size());
        assertEquals(usd("1000.00"), credits.get("zoe").get(0).credit());
    }

    @Test
    void aManagerOnTheSplitIsCreditedDirectlyAndByRollUpSeparately() {
        Activity shared = deal(1, "1000.00", Attribution.split("mia", Split.of("mia", "50"), Split.of("ana", "50")));

        List<CreditedItem> mias = CreditingPolicy.creditFor("mia", List.of(shared), LINES);

        assertEquals(List.of(CreditBasis.DIRECT, CreditBasis.ROLL_UP), mias.stream().map(CreditedItem::basis).toList());
        assertEquals(List.of(usd("500.00"), usd("500.00")), mias.stream().map(CreditedItem::credit).toList());
    }

    @Test
    void aReversalCancelsEveryRepsCreditExactly() {
        Attribution split = Attribution.split("ana", Split.of("ana", "33.33"), Split.of("ben", "66.67"));
        Activity won = deal(1, "999.99", split);
        Activity reversed = new Activity(ItemRef.reversalOf(1, 2, AT), ActivityKind.dealWon("CORE", false),
                usd("-999.99"), split);

        Map<String, List<CreditedItem>> credits = CreditingPolicy.credit(List.of(won, reversed), LINES);

        for (String rep : List.of("ana", "ben", "mia", "zoe")) {
            Money net = credits.get(rep).stream().map(CreditedItem::credit).reduce(Money::plus).orElseThrow();
            assertEquals(usd("0"), net, rep);
        }
    }

    @Test
    void reportingLinesMayNotFormACycle() {
        CompRuleException e = assertThrows(CompRuleException.class,
                () -> new ReportingLines(Map.of("ana", "mia", "mia", "ana")));
        assertEquals("managerOf", e.getMessage().substring(0, e.getMessage().indexOf(':')));
        assertThrows(CompRuleException.class, () -> new ReportingLines(Map.of("ana", "ana")));
    }

    @Test
    void activitiesAreInWholeMinorUnitsAndOriginalsAreNotNegative() {
        assertEquals("amount: must be in whole minor units, was USD 10.001", assertThrows(CompRuleException.class,
                () -> deal(1, "10.001", Attribution.owner("ana"))).getMessage());
        assertEquals("amount: must not be negative on an original ledger item, was USD -1",
                assertThrows(CompRuleException.class, () -> deal(1, "-1", Attribution.owner("ana"))).getMessage());
    }

    private static Activity deal(long ledgerId, String amount, Attribution attribution) {
        return new Activity(ItemRef.of(ledgerId, AT), ActivityKind.dealWon("CORE", false), usd(amount), attribution);
    }

    private static Split[] parseSplits(String text) {
        return java.util.Arrays.stream(text.split(",")).map(String::trim).map(s -> s.split(":"))
                .map(p -> Split.of(p[0], p[1])).toArray(Split[]::new);
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }
}
