package dev.pacesetter.comp;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/** Shared test data: a USD plan with the worked-example rate table, and item builders. */
final class Fixtures {

    static final Currency USD = Currency.getInstance("USD");
    static final CompPeriod MARCH = CompPeriod.month(2025, 3);
    static final CompPeriod APRIL = CompPeriod.month(2025, 4);
    static final Instant IN_MARCH = Instant.parse("2025-03-14T10:00:00Z");
    static final Instant IN_APRIL = Instant.parse("2025-04-09T10:00:00Z");
    static final String REP = "ana";

    private Fixtures() {
    }

    static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    /** Quota USD 100,000, target incentive USD 4,000. */
    static Quota quota() {
        return new Quota(usd("100000"), usd("4000"));
    }

    /** 0–50 % @ 5 %, 50–100 % @ 8 %, 100 %+ @ 12 %. */
    static RateTable table(TierMode mode) {
        return table(mode, Controls.NONE);
    }

    static RateTable table(TierMode mode, Controls controls) {
        return new RateTable("commission", mode,
                List.of(Tier.of("0", "50", "5"), Tier.of("50", "100", "8"), Tier.from("100", "12")), controls);
    }

    static MilestoneBonus milestone() {
        return new MilestoneBonus("bonus", new BigDecimal("100"), usd("1000"), Controls.NONE);
    }

    static CompPlan plan(PlanComponent... components) {
        return new CompPlan(new PlanRef("ae-2025", 1), EffectiveDates.from(LocalDate.of(2025, 1, 1)), PeriodKind.MONTH,
                USD, List.of(components));
    }

    static CreditedItem deal(long ledgerId, String amount) {
        return CreditedItem.direct(ItemRef.of(ledgerId, IN_MARCH), ActivityKind.dealWon("CORE", false), usd(amount));
    }

    static CreditedItem item(long ledgerId, ActivityKind kind, String amount) {
        return CreditedItem.direct(ItemRef.of(ledgerId, IN_MARCH), kind, usd(amount));
    }

    static CreditedItem meeting(long ledgerId) {
        return item(ledgerId, ActivityKind.of("MEETING_BOOKED"), "0");
    }

    static CreditedItem reversal(long ledgerId, long original, String amount) {
        return CreditedItem.direct(ItemRef.reversalOf(original, ledgerId, IN_APRIL), ActivityKind.dealWon("CORE", false),
                usd(amount));
    }

    static CreditedItem amendment(long ledgerId, long original, String delta) {
        return CreditedItem.direct(ItemRef.amendmentOf(original, ledgerId, IN_APRIL), ActivityKind.dealWon("CORE", false),
                usd(delta));
    }

    static PeriodInput input(CompPlan plan, CompPeriod period, List<CreditedItem> items) {
        return new PeriodInput(REP, plan, period, quota(), items);
    }

    static PeriodInput march(CompPlan plan, CreditedItem... items) {
        return input(plan, MARCH, List.of(items));
    }

    static Statement draft(PeriodInput input) {
        return CommissionEngine.draft(input, List.of());
    }

    static Money earned(CompPlan plan, CreditedItem... items) {
        return draft(march(plan, items)).totals().earned();
    }
}
