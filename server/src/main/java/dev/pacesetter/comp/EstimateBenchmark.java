package dev.pacesetter.comp;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The estimator's engine work alone, for the benchmark ({@code bench estimate-engine}): a synthetic
 * month with {@code deals} won deals on the same plan as the HTTP estimator scenario (marginal 8 % to
 * quota and 12 % above, a 50 % gate, a 3× cap, a milestone bonus and a per-unit payment), credited
 * and estimated exactly as {@code EstimateService} does — crediting the period's activities, then
 * {@link Compensation#estimate}, two engine runs. No database, no HTTP: the difference between
 * this figure and the endpoint's latency is what the service and the server add.
 */
public final class EstimateBenchmark {
    private static final String REP = "820000002";
    private static final CompPeriod MONTH = CompPeriod.month(2025, 6);

    private EstimateBenchmark() {
    }

    /** A rep's period as the service hands it to the engine: the plan, the quota and the ledger's activities. */
    public record Period(CompPlan plan, Quota quota, List<Activity> activities) {
    }

    /** The synthetic period with {@code deals} won deals of 5,000.25 to 24,999.25, spread over the month. */
    public static Period synthetic(int deals) {
        Money quota = Money.of("10000000.00", "USD");
        CompPlan plan = new CompPlan(new PlanRef("bench-ae", 1), EffectiveDates.from(MONTH.start()), PeriodKind.MONTH,
                quota.currency(), List.of(
                new RateTable("commission", TierMode.MARGINAL, List.of(Tier.of("0", "100", "8"), Tier.from("100", "12")),
                        new Controls(Optional.of(Gate.at("50")), Optional.of(new Cap.TargetMultiple(new BigDecimal("3"))))),
                new MilestoneBonus("club", new BigDecimal("100"), Money.of("1000.00", "USD"), Controls.NONE),
                new PerUnitPayment("meetings", ItemFilter.ofType("MEETING_BOOKED"), Money.of("50.00", "USD"),
                        Controls.NONE)));
        Instant start = MONTH.start().atStartOfDay(ZoneOffset.UTC).toInstant();
        long span = 29L * 24 * 3600;
        List<Activity> activities = new ArrayList<>(deals);
        for (int i = 0; i < deals; i++) {
            activities.add(new Activity(ItemRef.of(i + 1, start.plusSeconds(span * i / Math.max(1, deals))),
                    ActivityKind.dealWon("Platform", false), Money.of((5000 + (i * 37) % 20000) + ".25", "USD"),
                    Attribution.owner(REP)));
        }
        return new Period(plan, new Quota(quota, Money.of("100000.00", "USD")), List.copyOf(activities));
    }

    /** One estimate of a won deal of {@code amount} closing on the period's last day. */
    public static Estimate estimate(Period period, String amount) {
        PeriodInput input = new PeriodInput(REP, period.plan(), MONTH, period.quota(),
                Compensation.credit(REP, period.activities(), ReportingLines.NONE));
        LocalDate close = MONTH.lastDay();
        Activity deal = new Activity(ItemRef.hypothetical(close.atStartOfDay(ZoneOffset.UTC).toInstant()),
                ActivityKind.dealWon("Platform", false), Money.of(amount, "USD"), Attribution.owner(REP));
        return Compensation.estimate(input, deal);
    }
}
