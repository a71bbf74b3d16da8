package dev.pacesetter.spiffs;

import static dev.pacesetter.spiffs.SpiffFixtures.platformDeals;
import static dev.pacesetter.spiffs.SpiffFixtures.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacesetter.comp.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of awarding over generated activity. */
class AwardPropertiesTest {
    private static final Map<Long, Rep> REPS = SpiffFixtures.reps(1, 2, 3, 4, 5);

    @Property(tries = 300)
    void theTotalAwardedNeverExceedsTheBudget(@ForAll("activities") List<SpiffActivity> activities,
                                              @ForAll("rewards") Reward reward, @ForAll @IntRange(min = 1, max = 5000) int budget) {
        SpiffProgram program = SpiffFixtures.program(reward, platformDeals(null), usd(budget + ".00"));

        Outcome outcome = AwardRules.compute(program, activities, REPS);

        assertTrue(outcome.total().compareTo(program.budget()) <= 0, outcome.total() + " above " + program.budget());
        assertEquals(outcome.awards().stream().map(Award::amount).reduce(usd("0"), Money::plus), outcome.total());
        assertTrue(outcome.awards().stream().allMatch(a -> a.amount().signum() > 0));
    }

    @Property(tries = 300)
    void awardingDoesNotDependOnInputOrder(@ForAll("activities") List<SpiffActivity> activities,
                                           @ForAll("rewards") Reward reward, @ForAll @IntRange(min = 1, max = 5000) int budget,
                                           @ForAll long seed) {
        SpiffProgram program = SpiffFixtures.program(reward, platformDeals(null), usd(budget + ".00"));
        List<SpiffActivity> shuffled = new ArrayList<>(activities);
        Collections.shuffle(shuffled, new Random(seed));

        assertEquals(AwardRules.compute(program, activities, REPS), AwardRules.compute(program, shuffled, REPS));
    }

    @Property(tries = 300)
    void perUnitAwardsAreTheUnitsTimesTheAmount(@ForAll("activities") List<SpiffActivity> activities,
                                                @ForAll @IntRange(min = 1, max = 4) int unitsPerReward,
                                                @ForAll @IntRange(min = 1, max = 999) int amount) {
        SpiffProgram program = SpiffFixtures.program(SpiffFixtures.perUnit(amount + ".00", unitsPerReward),
                platformDeals(null), null);

        Outcome outcome = AwardRules.compute(program, activities, REPS);

        long expectedAwards = 0;
        for (long rep = 1; rep <= 5; rep++) {
            long r = rep;
            long units = activities.stream().filter(a -> a.userId() == r && !a.reversed() && program.inWindow(a.occurredAt()))
                    .count();
            expectedAwards += units / unitsPerReward;
        }
        assertEquals(expectedAwards, outcome.awards().size());
        assertEquals(usd(amount + ".00").times(BigDecimal.valueOf(expectedAwards)), outcome.total());
        outcome.progress().values().forEach(p -> assertEquals(usd(amount + ".00").times(BigDecimal.valueOf(p.awards())), p.earned()));
    }

    @Provide
    Arbitrary<Reward> rewards() {
        return Arbitraries.oneOf(
                Combinators.combine(Arbitraries.integers().between(1, 900), Arbitraries.integers().between(1, 3))
                        .as((a, u) -> SpiffFixtures.perUnit(a + ".00", u)),
                Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("20")).ofScale(2)
                        .map(p -> SpiffFixtures.percent(p.toPlainString())),
                Combinators.combine(Arbitraries.integers().between(1, 900), Arbitraries.integers().between(1, 3),
                        Arbitraries.integers().between(1, 4)).as((a, u, n) -> SpiffFixtures.firstN(a + ".00", u, n)));
    }

    /** Unique ledger ids; days -2..32 so some fall outside November; a few reversed; ties on the same day. */
    @Provide
    Arbitrary<List<SpiffActivity>> activities() {
        return Combinators.combine(Arbitraries.longs().between(1, 5), Arbitraries.integers().between(-2, 32),
                        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("50000")).ofScale(2),
                        Arbitraries.integers().between(0, 9))
                .as((user, day, amount, r) -> new long[] {user, day, amount.movePointRight(2).longValueExact(), r})
                .list().ofMaxSize(40).map(rows -> {
                    List<SpiffActivity> out = new ArrayList<>();
                    for (int i = 0; i < rows.size(); i++) {
                        long[] row = rows.get(i);
                        SpiffActivity d = SpiffFixtures.deal(i + 1, row[0], (int) row[1],
                                BigDecimal.valueOf(row[2], 2).toPlainString());
                        out.add(row[3] == 0 ? new SpiffActivity(d.sourceId(), d.position(), d.userId(), d.type(), d.product(),
                                d.occurredAt(), d.amount(), true) : d);
                    }
                    return out;
                });
    }
}
