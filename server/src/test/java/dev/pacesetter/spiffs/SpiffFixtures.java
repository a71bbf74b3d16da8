package dev.pacesetter.spiffs;

import dev.pacesetter.comp.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Programs, activities and reps for the SPIFF rule tests. November 2026, New York time is irrelevant: instants are UTC. */
final class SpiffFixtures {
    static final Currency USD = Currency.getInstance("USD");
    static final Instant START = Instant.parse("2026-11-01T05:00:00Z");
    static final Instant END = Instant.parse("2026-12-01T05:00:00Z");

    private SpiffFixtures() {
    }

    static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    static SpiffProgram program(Reward reward, Qualification qualification, Money budget) {
        return new SpiffProgram(1, "Platform push", qualification, reward, START, END, Eligibility.EVERYONE, budget, USD);
    }

    static Qualification platformDeals(String min) {
        return new Qualification(Set.of("DEAL_WON"), Set.of("Platform"), min == null ? null : usd(min));
    }

    static Reward perUnit(String amount, int units) {
        return new Reward(RewardKind.FIXED_PER_UNIT, usd(amount), null, units, 0);
    }

    static Reward percent(String percent) {
        return new Reward(RewardKind.PERCENT_OF_AMOUNT, null, new BigDecimal(percent), 1, 0);
    }

    static Reward firstN(String amount, int units, int n) {
        return new Reward(RewardKind.FIXED_PRIZE_FIRST_N, usd(amount), null, units, n);
    }

    /** A Platform deal: ledger id and position {@code id}, {@code day} days into November (UTC noon). */
    static SpiffActivity deal(long id, long user, int day, String amount) {
        return new SpiffActivity(id, id, user, "DEAL_WON", "Platform", START.plusSeconds(day * 86_400L + 25_200),
                new BigDecimal(amount), false);
    }

    static Map<Long, Rep> reps(long... ids) {
        Map<Long, Rep> out = new HashMap<>();
        for (long id : ids) {
            out.put(id, new Rep(id, "AE", 100L));
        }
        return out;
    }
}
