package dev.pacesetter.contests;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;

import static dev.pacesetter.contests.Entries.minute;
import static dev.pacesetter.contests.Fixtures.definition;
import static dev.pacesetter.contests.Fixtures.reps;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Applying activities one at a time to a kept {@link TallyState} (what the live projection does) gives
 * exactly what a recount of the whole history gives, and says so when it cannot.
 */
class ScoreTallyFoldTest {

    private static final String[] CONTESTS = {"calls", "points", "eur", "best", "percent", "race-to-3", "race-to-100%"};

    private static ContestDefinition contest(String name) {
        Format race = new Format(new ContestKind.LeaderboardRace(3), Scoring.RAW, null, List.of());
        Format percent = new Format(new ContestKind.LeaderboardRace(3), Scoring.PERCENT_OF_TARGET, null, List.of());
        Format toThree = new Format(new ContestKind.RaceToTarget(BigDecimal.valueOf(3), 2, false), Scoring.RAW,
                TieRule.FIRST_TO_REACH, List.of());
        Format toFull = new Format(new ContestKind.RaceToTarget(BigDecimal.valueOf(100), 2, false),
                Scoring.PERCENT_OF_TARGET, TieRule.FIRST_TO_REACH, List.of());
        Metric calls = ActivityRulesTest.metric("calls");
        return switch (name) {
            case "calls", "points", "eur", "best" -> definition(ActivityRulesTest.metric(name), race, reps());
            case "percent" -> definition(calls, percent, reps());
            case "race-to-3" -> definition(calls, toThree, reps());
            case "race-to-100%" -> definition(calls, toFull, reps());
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static ScoreTally tally(String name) {
        ContestDefinition definition = contest(name);
        return ScoreTally.of(definition, ActivityWindow.of(definition.schedule()));
    }

    private static OptionalLong target(String name) {
        return name.startsWith("percent") || name.endsWith("%") ? OptionalLong.of(3) : OptionalLong.empty();
    }

    @ParameterizedTest(name = "[{index}] {0}: {1} then {2} folds: {3}")
    @CsvSource(delimiter = '|', value = {
            // contest    | history         | next        | folds without a recount
            "calls        | c1@5 c2@9       | c3@12       | true",
            "calls        | c1@5 c2@9       | c3@7        | true",
            "calls        | c1@5 c2@9       | c3@41700    | true",
            "best         | d1@5=100        | d2@3=200    | true",
            "best         | d1@5=100        | d2@3=100    | true",
            "race-to-3    | c1@5 c2@9       | c3@12       | true",
            "race-to-3    | c1@5 c2@9       | c3@7        | false",
            "percent      | c1@5 c2@9       | c3@7        | false",
            "calls        | c1@5 c2@9       | r3-2        | false"})
    void anActivityFoldsUnlessItLandsInsideAScoreThatDoesNotRiseWithEveryUnit(String contest, String history,
                                                                           String next, boolean folds) {
        List<Activity> before = ScoreTallyTest.ledger(history);
        List<Activity> all = ScoreTallyTest.ledger(history + " " + next);
        ScoreTally tally = tally(contest);
        TallyState state = tally.state("ann", before, target(contest));
        Optional<TallyState> folded = tally.fold(state, all.getLast(), target(contest));
        assertEquals(folds, folded.isPresent());
        folded.ifPresent(s -> assertEquals(tally.state("ann", all, target(contest)), s));
    }

    /**
     * Any ledger of calls and deals (out of order, zero amounts, after the end), reversals and amendments,
     * projected entry by entry with a recount only where the fold declines, equals a recount of it all.
     */
    @Property(tries = 400)
    void foldingTheLedgerEntryByEntryEqualsARecount(@ForAll @IntRange(min = 1, max = 40) int length,
                                                    @ForAll @IntRange(min = 0, max = 6) int contestIndex,
                                                    @ForAll long seed) {
        String name = CONTESTS[contestIndex];
        ScoreTally tally = tally(name);
        Random random = new Random(seed);
        List<Activity> history = new ArrayList<>();
        Map<Long, Activity> live = new HashMap<>();
        TallyState state = TallyState.unscored("ann");
        for (int i = 1; i <= length; i++) {
            long position = 2L * i;
            List<Activity> appended = new ArrayList<>();
            if (!live.isEmpty() && random.nextInt(4) == 0) {
                Activity original = live.values().stream().skip(random.nextInt(live.size())).findFirst().orElseThrow();
                live.remove(original.stamp().position());
                appended.add(Ledger.reversal(position, original, minute(i)));
                if (random.nextBoolean()) { // an amendment: the reversal and the corrected activity
                    Activity amended = activity(position + 1, original.occurredAt(), random);
                    live.put(amended.stamp().position(), amended);
                    appended.add(amended);
                }
            } else {
                Activity a = activity(position + 1, minute(random.nextInt(60) + (random.nextInt(10) == 0 ? 41_700 : 0)),
                        random);
                live.put(a.stamp().position(), a);
                appended.add(a);
            }
            for (Activity a : appended) {
                history.add(a);
                Optional<TallyState> folded = tally.fold(state, a, target(name));
                state = folded.orElseGet(() -> tally.state("ann", history, target(name)));
                assertEquals(tally.state("ann", history, target(name)), state, () -> name + " after " + history);
            }
        }
    }

    private static Activity activity(long position, Instant at, Random random) {
        if (random.nextBoolean()) {
            return Ledger.call(position, "ann", at);
        }
        String[] amounts = {"0", "100", "200", "150.50"};
        return new Activity(new Activity.Stamp(position, at, OptionalLong.empty()), "ann", ActivityKind.DEAL_WON, at,
                Activity.Facts.deal(random.nextInt(3), Money.of(amounts[random.nextInt(amounts.length)], "EUR"), "Pro"));
    }
}
