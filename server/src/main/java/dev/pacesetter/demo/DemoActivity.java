package dev.pacesetter.demo;

import dev.pacesetter.api.model.ActivityInput;
import dev.pacesetter.api.model.ActivityRef;
import dev.pacesetter.api.model.ActivitySplit;
import dev.pacesetter.api.model.Correction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
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
                                .dealId("opp-" + rep.userId() + "-" + serial)
                                // Every third AE deal is a new customer; decided by the serial, not the
                                // random stream, so the rest of the history stays as it was.
                                .newLogo("AE".equals(rep.salesRole()) && serial % 3 == 0 ? Boolean.TRUE : null);
                    }
                    out.add(a);
                }
            }
        }
        return out;
    }

    /**
     * The outcomes coaching signals need besides the daily work: lost deals (AE, AM), leads assigned and
     * then called on (SDR, AE), pushed close dates (AE, AM) and renewals won or churned (AM), skill-shaped
     * so a star wins more, answers leads faster and slips less. Its own random stream and external ids,
     * so {@link #history} stays as it was.
     */
    static List<ActivityInput> outcomes(Rep rep, LocalDate firstDay, Instant now, ZoneId zone, String currency) {
        Random random = new Random(rep.userId() * 104_729L + 17);
        double s = rep.skill();
        boolean sdr = "SDR".equals(rep.salesRole());
        boolean am = "AM".equals(rep.salesRole());
        List<ActivityInput> out = new ArrayList<>();
        int serial = 0;
        for (LocalDate day = firstDay; !day.isAfter(LocalDate.ofInstant(now, zone)); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            int leads = poisson(random, sdr ? 2.0 : am ? 0 : 0.6);
            for (int i = 0; i < leads; i++) {
                Instant at = at(day, random, zone);
                String lead = "lead-" + rep.userId() + "-" + (++serial);
                // Response in hours: about 1 for a star, about 8 for a struggling rep.
                Instant call = at.plus(Duration.ofMinutes(15 + Math.round(random.nextDouble() * 600 / (s * s))));
                if (at.isAfter(now)) {
                    continue;
                }
                out.add(outcome(rep, serial, "LEAD_ASSIGNED", at).dealId(lead));
                if (!call.isAfter(now)) {
                    out.add(outcome(rep, serial, "CALL_LOGGED", call).externalId("demo-" + rep.userId() + "-o"
                            + serial + "-call").dealId(lead));
                }
            }
            if (sdr) {
                continue;
            }
            int lost = poisson(random, (am ? 0.12 : 0.2) / s);
            int pushed = poisson(random, 0.3 / s);
            int renewed = am ? poisson(random, 0.35 * s) : 0;
            int churned = am ? poisson(random, 0.08 / s) : 0;
            for (int i = 0; i < lost + pushed + renewed + churned; i++) {
                Instant at = at(day, random, zone);
                if (at.isAfter(now)) {
                    continue;
                }
                String type = i < lost ? "DEAL_LOST" : i < lost + pushed ? "CLOSE_DATE_PUSHED"
                        : i < lost + pushed + renewed ? "RENEWAL_WON" : "RENEWAL_LOST";
                ActivityInput a = outcome(rep, ++serial, type, at).dealId("opp-" + rep.userId() + "-o" + serial);
                if ("RENEWAL_WON".equals(type)) {
                    a.amount(dealSize(rep, random).toPlainString()).currency(currency)
                            .product(PRODUCTS[random.nextInt(PRODUCTS.length)]);
                }
                out.add(a);
            }
        }
        return out;
    }

    /** Closed deals (won plus lost) every demo AE and AM has, so their win rate is measured (its minimum is 10). */
    static final int MIN_CLOSED = 12;

    /**
     * Lost deals to add so the rep's closed deals in {@code generated} (their history and outcomes) reach
     * {@link #MIN_CLOSED}: the random streams depend on the rep's id and on today, so a quiet stretch
     * could otherwise leave a demo AE one deal short of a measured win rate. One a weekday, going back from
     * the day before {@code now}; none for SDRs.
     */
    static List<ActivityInput> closedTopUp(Rep rep, List<ActivityInput> generated, Instant now, ZoneId zone) {
        if ("SDR".equals(rep.salesRole())) {
            return List.of();
        }
        long closed = generated.stream().filter(a -> a.getUserId() == rep.userId())
                .filter(a -> "DEAL_WON".equals(a.getType()) || "DEAL_LOST".equals(a.getType())).count();
        List<ActivityInput> out = new ArrayList<>();
        LocalDate day = LocalDate.ofInstant(now, zone).minusDays(1);
        for (long n = closed; n < MIN_CLOSED; n++) {
            while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                day = day.minusDays(1);
            }
            String id = "demo-" + rep.userId() + "-closed-" + n;
            out.add(new ActivityInput().source(SOURCE).externalId(id).type("DEAL_LOST").userId(rep.userId())
                    .occurredAt(day.atTime(16, 30).atZone(zone).toOffsetDateTime()).dealId("opp-" + id));
            day = day.minusDays(1);
        }
        return out;
    }

    private static Instant at(LocalDate day, Random random, ZoneId zone) {
        return day.atTime(8 + random.nextInt(10), random.nextInt(60)).atZone(zone).toInstant();
    }

    private static ActivityInput outcome(Rep rep, int serial, String type, Instant at) {
        return new ActivityInput().source(SOURCE).externalId("demo-" + rep.userId() + "-o" + serial).type(type)
                .userId(rep.userId()).occurredAt(at.atOffset(ZoneOffset.UTC));
    }

    /**
     * Two deals two AEs of a team closed together, so their statements show split lines: one 60/40
     * to the first three days ago, one new-logo deal 50/50 owned by the second ten days ago.
     */
    static List<ActivityInput> splitDeals(Rep first, Rep second, Instant now, String currency) {
        List<ActivityInput> out = new ArrayList<>();
        out.add(splitDeal(first, "48000.00", now.minus(Duration.ofDays(3)), false,
                split(first, "60"), split(second, "40")).currency(currency));
        out.add(splitDeal(second, "31250.00", now.minus(Duration.ofDays(10)), true,
                split(first, "50"), split(second, "50")).currency(currency));
        return out;
    }

    private static ActivityInput splitDeal(Rep owner, String amount, Instant at, boolean newLogo,
                                           ActivitySplit... shares) {
        String id = "demo-split-" + owner.userId() + "-" + (newLogo ? "logo" : "team");
        return new ActivityInput().source(SOURCE).externalId(id).type("DEAL_WON").userId(owner.userId())
                .occurredAt(at.atOffset(ZoneOffset.UTC)).amount(amount).product(PRODUCTS[0]).dealId(id)
                .newLogo(newLogo ? Boolean.TRUE : null).splits(new ArrayList<>(List.of(shares)));
    }

    private static ActivitySplit split(Rep rep, String percent) {
        return new ActivitySplit().userId(rep.userId()).percent(percent);
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
