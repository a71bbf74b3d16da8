package dev.pacesetter.comp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of the engine over generated plans, quotas and deals. */
class CommissionPropertiesTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Instant AT = Instant.parse("2025-03-14T10:00:00Z");
    private static final CompPeriod MARCH = CompPeriod.month(2025, 3);

    @Property(tries = 300)
    void earningsNeverDecreaseWhenADealIsAdded(@ForAll("monotonePlans") CompPlan plan, @ForAll("quotas") Quota quota,
                                               @ForAll("deals") List<CreditedItem> deals,
                                               @ForAll("amounts") BigDecimal amount, @ForAll boolean newLogo) {
        PeriodInput before = new PeriodInput("ana", plan, MARCH, quota, deals);
        CreditedItem deal = CreditedItem.direct(ItemRef.hypothetical(AT), ActivityKind.dealWon("CORE", newLogo),
                new Money(amount, USD));

        Estimate estimate = Estimator.estimate(before, deal);

        assertTrue(estimate.deltaEarnings().signum() >= 0, estimate.explanation());
        assertTrue(estimate.deltaAttainmentPercent().signum() >= 0);
        // the estimate is the difference of the two statements, not a second formula
        assertEquals(draft(before.withItem(deal)).totals().earned().minus(draft(before).totals().earned()),
                estimate.deltaEarnings());
    }

    @Property(tries = 300)
    void capsAreNeverExceeded(@ForAll("anyTables") RateTable table, @ForAll("caps") Cap cap,
                              @ForAll("quotas") Quota quota, @ForAll("deals") List<CreditedItem> deals) {
        RateTable capped = new RateTable(table.id(), table.mode(), table.tiers(), Controls.NONE.cappedAt(cap));
        PerUnitPayment perDeal = new PerUnitPayment("per-deal", ItemFilter.ofType("DEAL_WON"), money("333.33"),
                Controls.NONE.cappedAt(cap));

        Statement statement = draft(new PeriodInput("ana", plan(capped, perDeal), MARCH, quota, deals));

        Money limit = cap.limit(quota);
        for (String component : List.of(capped.id(), perDeal.id())) {
            Money paid = statement.linesOf(component).stream().map(StatementLine::amount).reduce(money("0"), Money::plus);
            assertTrue(paid.compareTo(limit) <= 0, component + " paid " + paid + " above " + limit);
            assertTrue(paid.signum() >= 0, component + " paid " + paid);
        }
    }

    @Property(tries = 500)
    void splitsConserveCreditToTheCent(@ForAll("signedAmounts") BigDecimal amount,
                                       @ForAll("splitPercents") List<BigDecimal> percents) {
        List<Split> splits = new ArrayList<>();
        Map<String, String> managerOf = new java.util.HashMap<>();
        for (int i = 0; i < percents.size(); i++) {
            splits.add(new Split("rep" + i, percents.get(i)));
            managerOf.put("rep" + i, "boss");
        }
        ItemRef ref = amount.signum() < 0 ? ItemRef.reversalOf(1, 2, AT) : ItemRef.of(1, AT);
        Activity activity = new Activity(ref, ActivityKind.dealWon("CORE", false), new Money(amount, USD),
                new Attribution("rep0", splits));

        Map<String, List<CreditedItem>> credits = CreditingPolicy.credit(List.of(activity), new ReportingLines(managerOf));

        Money sum = money("0");
        for (Split split : splits) {
            Money credit = credits.get(split.repId()).get(0).credit();
            BigDecimal exact = amount.multiply(split.percent()).movePointLeft(2);
            assertTrue(credit.amount().subtract(exact).abs().compareTo(new BigDecimal("0.01")) < 0,
                    split + " got " + credit + ", exact share " + exact);
            sum = sum.plus(credit);
        }
        assertEquals(new Money(amount, USD), sum);
        assertEquals(new Money(amount, USD), credits.get("boss").get(0).credit());
    }

    @Property(tries = 300)
    void marginalAndRetroactiveAgreeBelowTheFirstTierBoundary(@ForAll("anyTables") RateTable table,
                                                              @ForAll("quotas") Quota quota,
                                                              @ForAll("fractions") BigDecimal fraction) {
        // revenue = fraction of the first tier's upper bound (or of 3 x quota when there is one tier)
        BigDecimal firstBound = table.tiers().get(0).toPercent().orElse(new BigDecimal("300"));
        Money revenue = quota.amount().percent(firstBound).times(fraction).rounded();
        if (table.tiers().size() > 1 && revenue.compareTo(quota.amount().percent(firstBound)) >= 0) {
            revenue = revenue.minus(money("0.01"));
        }
        List<CreditedItem> deals = List.of(CreditedItem.direct(ItemRef.of(1, AT), ActivityKind.dealWon("CORE", false),
                revenue));

        Money marginal = earned(withMode(table, TierMode.MARGINAL), quota, deals);
        Money retroactive = earned(withMode(table, TierMode.RETROACTIVE), quota, deals);

        assertEquals(marginal, retroactive);
    }

    @Property(tries = 500)
    void everyLineIsRoundedHalfEvenFromItsExactAmount(@ForAll("anyTables") RateTable table,
                                                      @ForAll("quotas") Quota quota,
                                                      @ForAll("deals") List<CreditedItem> deals) {
        Statement statement = draft(new PeriodInput("ana", plan(table), MARCH, quota, deals));

        Money total = money("0");
        for (StatementLine line : statement.lines()) {
            Rule.RateTier rule = (Rule.RateTier) line.rule();
            BigDecimal exact = line.inputs().slice().orElseThrow().width().amount()
                    .multiply(rule.tier().ratePercent()).movePointLeft(2);
            assertEquals(exact.setScale(2, RoundingMode.HALF_EVEN), line.amount().amount().setScale(2));
            total = total.plus(line.amount());
        }
        assertEquals(total, statement.totals().earned());
    }

    @Property(tries = 300)
    void aTieAtTheLineGoesToTheEvenCent(@ForAll @IntRange(min = 0, max = 5_000_000) int k) {
        // (20k + 10) cents at 5 % is exactly k + 1/2 cents: half-even pays k cents if k is even, else k + 1
        RateTable fivePercent = new RateTable("commission", TierMode.MARGINAL, List.of(Tier.from("0", "5")),
                Controls.NONE);
        Money revenue = new Money(BigDecimal.valueOf(20L * k + 10, 2), USD);
        Quota quota = new Quota(money("1000000"), money("0"));

        Money paid = earned(fivePercent, quota, List.of(CreditedItem.direct(ItemRef.of(1, AT),
                ActivityKind.dealWon("CORE", false), revenue)));

        long evenCents = k % 2 == 0 ? k : k + 1L;
        assertEquals(new Money(BigDecimal.valueOf(evenCents, 2), USD), paid);
    }

    // ---- generators ----

    @Provide
    Arbitrary<RateTable> anyTables() {
        return tables(false);
    }

    @Provide
    Arbitrary<CompPlan> monotonePlans() {
        Arbitrary<Optional<Gate>> gates = Arbitraries.integers().between(0, 120)
                .map(p -> new Gate(BigDecimal.valueOf(p))).injectNull(0.5).map(Optional::ofNullable);
        Arbitrary<Optional<Cap>> caps = caps().injectNull(0.5).map(Optional::ofNullable);
        Arbitrary<Boolean> extras = Arbitraries.of(true, false);
        return Combinators.combine(tables(true), gates, caps, extras).as((table, gate, cap, withExtras) -> {
            List<PlanComponent> components = new ArrayList<>();
            components.add(new RateTable(table.id(), table.mode(), table.tiers(), new Controls(gate, cap)));
            if (withExtras) {
                components.add(new MilestoneBonus("bonus", new BigDecimal("100"), money("1000"), new Controls(gate, cap)));
                components.add(new PerUnitPayment("new-logos", ItemFilter.ofType("DEAL_WON")
                        .withLogo(ItemFilter.Logo.NEW_LOGO_ONLY), money("200"), new Controls(gate, Optional.empty())));
            }
            return plan(components.toArray(PlanComponent[]::new));
        });
    }

    @Provide
    Arbitrary<Cap> caps() {
        Arbitrary<Cap> amounts = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("20000")).ofScale(2)
                .map(limit -> new Cap.Amount(new Money(limit, USD)));
        Arbitrary<Cap> multiples = Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("5"))
                .ofScale(3).map(Cap.TargetMultiple::new);
        return Arbitraries.oneOf(amounts, multiples);
    }

    @Provide
    Arbitrary<Quota> quotas() {
        return Combinators.combine(
                Arbitraries.bigDecimals().between(new BigDecimal("1000"), new BigDecimal("500000")).ofScale(2),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("10000")).ofScale(2))
                .as((quota, target) -> new Quota(new Money(quota, USD), new Money(target, USD)));
    }

    @Provide
    Arbitrary<List<CreditedItem>> deals() {
        return Combinators.combine(amounts(), Arbitraries.of(true, false)).as(DealSpec::new).list().ofMaxSize(40)
                .map(specs -> {
                    List<CreditedItem> items = new ArrayList<>();
                    for (DealSpec spec : specs) {
                        items.add(CreditedItem.direct(ItemRef.of(items.size() + 1, AT),
                                ActivityKind.dealWon("CORE", spec.newLogo()), new Money(spec.amount(), USD)));
                    }
                    return items;
                });
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("60000")).ofScale(2);
    }

    @Provide
    Arbitrary<BigDecimal> signedAmounts() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-10000000"), new BigDecimal("10000000")).ofScale(2);
    }

    @Provide
    Arbitrary<BigDecimal> fractions() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(4);
    }

    /** 1–6 shares with up to four decimals that sum to exactly 100. */
    @Provide
    Arbitrary<List<BigDecimal>> splitPercents() {
        return Combinators.combine(Arbitraries.integers().between(1, 100).list().ofMinSize(1).ofMaxSize(6),
                Arbitraries.integers().between(2, 4)).as((weights, scale) -> {
                    int total = weights.stream().mapToInt(Integer::intValue).sum();
                    List<BigDecimal> shares = new ArrayList<>();
                    BigDecimal sum = BigDecimal.ZERO;
                    for (int i = 0; i < weights.size() - 1; i++) {
                        BigDecimal share = BigDecimal.valueOf(weights.get(i) * 100L)
                                .divide(BigDecimal.valueOf(total), scale, RoundingMode.DOWN);
                        shares.add(share);
                        sum = sum.add(share);
                    }
                    shares.add(new BigDecimal("100").subtract(sum));
                    return shares;
                });
    }

    /** 1–4 contiguous tiers from 0 %, bounds between 1 % and 300 %, the last open-ended; rates 0–30 %. */
    private static Arbitrary<RateTable> tables(boolean nonDecreasingRates) {
        Arbitrary<List<Integer>> bounds = Arbitraries.integers().between(1, 300).set().ofMaxSize(3)
                .map(set -> set.stream().sorted().collect(Collectors.toList()));
        Arbitrary<List<BigDecimal>> rates = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("30"))
                .ofScale(3).list().ofSize(4);
        return Combinators.combine(bounds, rates, Arbitraries.of(TierMode.class)).as((upper, rateList, mode) -> {
            List<BigDecimal> tierRates = new ArrayList<>(rateList);
            if (nonDecreasingRates) {
                tierRates.sort(null);
            }
            List<Tier> tiers = new ArrayList<>();
            BigDecimal from = BigDecimal.ZERO;
            for (int i = 0; i <= upper.size(); i++) {
                Optional<BigDecimal> to = i < upper.size() ? Optional.of(BigDecimal.valueOf(upper.get(i))) : Optional.empty();
                tiers.add(new Tier(from, to, tierRates.get(i)));
                from = to.orElse(null);
            }
            return new RateTable("commission", mode, tiers, Controls.NONE);
        });
    }

    private record DealSpec(BigDecimal amount, boolean newLogo) {
    }

    private static RateTable withMode(RateTable table, TierMode mode) {
        return new RateTable(table.id(), mode, table.tiers(), table.controls());
    }

    private static Money earned(RateTable table, Quota quota, List<CreditedItem> deals) {
        return draft(new PeriodInput("ana", plan(table), MARCH, quota, deals)).totals().earned();
    }

    private static Statement draft(PeriodInput input) {
        return CommissionEngine.draft(input, List.of());
    }

    private static CompPlan plan(PlanComponent... components) {
        return new CompPlan(new PlanRef("prop", 1), EffectiveDates.from(LocalDate.of(2025, 1, 1)), PeriodKind.MONTH, USD,
                List.of(components));
    }

    private static Money money(String amount) {
        return new Money(new BigDecimal(amount), USD);
    }
}
