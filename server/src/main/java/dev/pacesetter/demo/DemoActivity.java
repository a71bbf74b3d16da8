package dev.pacesetter.demo;

import dev.pacesetter.api.model.ActivityInput;
import dev.pacesetter.api.model.ActivityRef;
import dev.pacesetter.api.model.Correction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Pure generator of plausible activity for one rep: SDRs dial and qualify, AEs demo and close new
 * business, AMs close smaller expansions. Seeded, so the same rep gets the same history.
 */
final class DemoActivity {
    static final String SOURCE = "demo-crm";
    private static final String[] PRODUCTS = {"Platform", "Analytics", "Integrations", "Support Plus"};

    private DemoActivity() {
    }

    /** A rep's profile: sales role and a skill factor (0.6 struggling … 1.4 star). */
    record Rep(long userId, String salesRole, double skill) {
    }

    static List<ActivityInput> history(Rep rep, LocalDate firstDay, Instant now, ZoneId zone, String currency) {
        Random random = new Random(rep.userId() * 7919L);
        List<ActivityInput> out = new ArrayList<>();
        int serial = 0;
        for (LocalDate day = firstDay; !day.isAfter(LocalDate.ofInstant(now, zone)); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            for (String[] plan : dailyPlan(rep, random)) {
                int count = Integer.parseInt(plan[1]);
                for (int i = 0; i < count; i++) {
                    Instant at = day.atTime(8 + random.nextInt(10), random.nextInt(60)).atZone(zone).toInstant();
                    if (at.isAfter(now)) {
                        continue;
                    }
                    ActivityInput a = new ActivityInput().source(SOURCE)
                            .externalId("demo-" + rep.userId() + "-" + (++serial)).type(plan[0])
                            .userId(rep.userId()).occurredAt(at.atOffset(ZoneOffset.UTC));
                    if ("DEAL_WON".equals(plan[0])) {
                        a.amount(dealSize(rep, random).toPlainString()).currency(currency)
                                .product(PRODUCTS[random.nextInt(PRODUCTS.length)])
                                .dealId("opp-" + rep.userId() + "-" + serial);
                    }
                    out.add(a);
                }
            }
        }
        return out;
    }

    /** A few corrections, as CRMs send them: one deal un-won, one amount revised. */
    static List<ActivityInput> corrections(List<ActivityInput> history, Instant now) {
        List<ActivityInput> deals = history.stream().filter(a -> "DEAL_WON".equals(a.getType())).toList();
        List<ActivityInput> out = new ArrayList<>();
        if (deals.size() >= 2) {
            ActivityInput reversed = deals.get(0);
            out.add(new ActivityInput().source(SOURCE).externalId(reversed.getExternalId() + "-unwon")
                    .type("DEAL_WON").userId(reversed.getUserId()).occurredAt(now.minusSeconds(3600).atOffset(ZoneOffset.UTC))
                    .corrects(new ActivityRef().source(SOURCE).externalId(reversed.getExternalId()))
                    .correction(Correction.REVERSAL));
            ActivityInput amended = deals.get(1);
            BigDecimal newAmount = new BigDecimal(amended.getAmount()).multiply(new BigDecimal("0.85"))
                    .setScale(2, RoundingMode.HALF_EVEN);
            out.add(new ActivityInput().source(SOURCE).externalId(amended.getExternalId() + "-amended")
                    .type("DEAL_WON").userId(amended.getUserId()).occurredAt(now.minusSeconds(1800).atOffset(ZoneOffset.UTC))
                    .amount(newAmount.toPlainString()).currency(amended.getCurrency())
                    .corrects(new ActivityRef().source(SOURCE).externalId(amended.getExternalId()))
                    .correction(Correction.AMENDMENT));
        }
        return out;
    }

    private static List<String[]> dailyPlan(Rep rep, Random r) {
        double s = rep.skill();
        return switch (rep.salesRole()) {
            case "SDR" -> List.of(
                    row("CALL_LOGGED", poisson(r, 16 * s)), row("LEAD_QUALIFIED", poisson(r, 3 * s)),
                    row("MEETING_BOOKED", poisson(r, 1.5 * s)), row("OPPORTUNITY_CREATED", poisson(r, 0.4 * s)));
            case "AE" -> List.of(
                    row("CALL_LOGGED", poisson(r, 7)), row("MEETING_BOOKED", poisson(r, 1.2 * s)),
                    row("DEMO_HELD", poisson(r, 0.9 * s)), row("OPPORTUNITY_CREATED", poisson(r, 0.6 * s)),
                    row("DEAL_WON", poisson(r, 0.16 * s)));
            default -> List.of(
                    row("CALL_LOGGED", poisson(r, 6)), row("MEETING_BOOKED", poisson(r, 1.0 * s)),
                    row("OPPORTUNITY_CREATED", poisson(r, 0.3 * s)), row("DEAL_WON", poisson(r, 0.22 * s)));
        };
    }

    private static BigDecimal dealSize(Rep rep, Random r) {
        double base = "AE".equals(rep.salesRole()) ? 9_000 + r.nextDouble() * 48_000 : 2_500 + r.nextDouble() * 21_000;
        return BigDecimal.valueOf(Math.round(base * rep.skill() / 50.0) * 50L).setScale(2, RoundingMode.UNNECESSARY);
    }

    private static String[] row(String type, int count) {
        return new String[]{type, Integer.toString(count)};
    }

    /** Knuth's method; fine for the small means used here. */
    static int poisson(Random r, double mean) {
        double limit = Math.exp(-mean);
        double p = 1.0;
        int k = 0;
        do {
            k++;
            p *= r.nextDouble();
        } while (p > limit);
        return k - 1;
    }
}
