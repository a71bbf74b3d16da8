package dev.pacesetter.contests;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;

import static dev.pacesetter.contests.Entries.minute;
import static dev.pacesetter.contests.Fixtures.definition;
import static dev.pacesetter.contests.Fixtures.reps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ScoreTallyTest {

    /** Minutes into March after the contest's end (1 Apr 2025 00:00 Berlin is minute 41700). */
    private static final long AFTER_END = 41_700;

    private static ContestDefinition contest(String name) {
        Format race = new Format(new ContestKind.LeaderboardRace(3), Scoring.RAW, null, List.of());
        Format percent = new Format(new ContestKind.LeaderboardRace(3), Scoring.PERCENT_OF_TARGET, null, List.of());
        Format toThree = new Format(new ContestKind.RaceToTarget(BigDecimal.valueOf(3), 2, false), Scoring.RAW,
                TieRule.FIRST_TO_REACH, List.of());
        Format toFull = new Format(new ContestKind.RaceToTarget(BigDecimal.valueOf(100), 2, false),
                Scoring.PERCENT_OF_TARGET, TieRule.FIRST_TO_REACH, List.of());
        Metric calls = ActivityRulesTest.metric("calls");
        return switch (name) {
            case "calls" -> definition(calls, race, reps());
            case "eur", "best" -> definition(ActivityRulesTest.metric(name), race, reps());
            case "percent" -> definition(calls, percent, reps());
            case "race-to-3" -> definition(calls, toThree, reps());
            case "race-to-100%" -> definition(calls, toFull, reps());
            default -> throw new IllegalArgumentException(name);
        };
    }

    /**
     * Ledger in shorthand: {@code c1@5} a call at position 1, minute 5; {@code d2@7=150} a deal of 150 EUR;
     * {@code r9-2} position 9 reverses position 2 (recorded at minute 9); {@code R9-2} the same, recorded after
     * the grace period.
     */
    static List<Activity> ledger(String shorthand) {
        Map<Long, Activity> byPosition = new HashMap<>();
        List<Activity> activities = new ArrayList<>();
        for (String token : shorthand.trim().split("\\s+")) {
            Activity activity;
            if (token.startsWith("r") || token.startsWith("R")) {
                String[] parts = token.substring(1).split("-");
                long position = Long.parseLong(parts[0]);
                activity = Ledger.reversal(position, byPosition.get(Long.parseLong(parts[1])),
                        token.startsWith("R") ? minute(AFTER_END + 3 * 24 * 60) : minute(position));
            } else {
                String[] at = token.substring(1).split("[@=]");
                long position = Long.parseLong(at[0]);
                activity = token.startsWith("c") ? Ledger.call(position, "ann", minute(Long.parseLong(at[1])))
                        : Ledger.deal(position, "ann", minute(Long.parseLong(at[1])), at[2], "Pro");
            }
            byPosition.put(activity.stamp().position(), activity);
            activities.add(activity);
        }
        return activities;
    }

    private static Entry tally(String contest, String shorthand, Long target) {
        ContestDefinition definition = contest(contest);
        return ScoreTally.of(definition, ActivityWindow.of(definition.schedule()))
                .entry("ann", ledger(shorthand), target == null ? OptionalLong.empty() : OptionalLong.of(target));
    }

    @ParameterizedTest(name = "[{index}] {0}: {1} scores {3}, reached at position {4}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // contest    | ledger                              | target | score   | reached at position (0: never)
            "calls        | c1@5 c2@9 c3@7                      | -      | 3       | 2",
            "calls        | c1@5 c2@9 r3-2                      | -      | 1       | 1",
            "calls        | c1@5 r2-1                           | -      | 0       | 0",
            "calls        | c1@5 R2-1                           | -      | 1       | 1",
            "calls        | c1@5 c2@41700                       | -      | 1       | 1",
            "eur          | d1@5=100 d2@3=200 d3@8=0            | -      | 30000   | 1",
            "best         | d1@5=100 d2@3=200 d3@8=200          | -      | 20000   | 2",
            "best         | d1@5=100 d2@3=200 r4-2              | -      | 10000   | 1",
            "percent      | c1@5 c2@9                           | 4      | 500000  | 2",
            "percent      | c1@5 c2@9 c3@10                     | 3      | 1000000 | 3",
            "race-to-3    | c1@1 c2@2 c3@3 c4@4                 | -      | 3       | 3",
            "race-to-3    | c1@1 c2@2                           | -      | 2       | 2",
            "race-to-100% | c1@1 c2@2 c3@3                      | 2      | 1000000 | 2"})
    void aParticipantReachesTheirScoreAtTheLastActivityThatRaisedIt(String contest, String shorthand, Long target,
                                                                    long score, long reachedAt) {
        Entry entry = tally(contest, shorthand, target);
        assertEquals(score, entry.score());
        assertEquals(reachedAt, entry.reachedAt().ledgerPosition());
    }

    @Test
    void aParticipantWhoNeverScoredReachedZeroFromTheStart() {
        ContestDefinition definition = contest("calls");
        assertEquals(Entry.unscored("ann"), ScoreTally.of(definition, ActivityWindow.of(definition.schedule()))
                .entry("ann", List.of(), OptionalLong.empty()));
    }

    @Test
    void percentOfTargetWithoutATargetIsRefused() {
        assertEquals("target", assertThrows(ContestRuleException.class, () -> tally("percent", "c1@5", null)).field());
    }

    @Test
    void anotherParticipantsActivityIsRefused() {
        ContestDefinition definition = contest("calls");
        ContestRuleException refused = assertThrows(ContestRuleException.class, () -> ScoreTally.of(definition,
                ActivityWindow.of(definition.schedule())).entry("bob", ledger("c1@5"), OptionalLong.empty()));
        assertEquals("activities", refused.field());
    }

    @Test
    void theSameLedgerEntryTwiceIsRefused() {
        List<Activity> twice = new ArrayList<>(ledger("c1@5"));
        twice.add(twice.get(0));
        ContestDefinition definition = contest("calls");
        assertThrows(ContestRuleException.class, () -> ScoreTally.of(definition,
                ActivityWindow.of(definition.schedule())).entry("ann", twice, OptionalLong.empty()));
    }

    @Property
    void theOrderActivitiesArriveInDoesNotChangeTheEntry(@ForAll @IntRange(min = 1, max = 30) int calls,
                                                         @ForAll long seed) {
        Random random = new Random(seed);
        StringBuilder shorthand = new StringBuilder();
        for (int position = 1; position <= calls; position++) {
            shorthand.append(random.nextInt(4) == 0 && position > 1
                    ? " r" + position + "-" + (1 + random.nextInt(position - 1))
                    : " c" + position + "@" + random.nextInt(50));
        }
        List<Activity> activities = dropDoubleReversals(ledger(shorthand.toString()));
        ContestDefinition definition = contest("calls");
        ScoreTally tally = ScoreTally.of(definition, ActivityWindow.of(definition.schedule()));
        Entry inOrder = tally.entry("ann", activities, OptionalLong.empty());
        List<Activity> shuffled = new ArrayList<>(activities);
        Collections.shuffle(shuffled, random);
        assertEquals(inOrder, tally.entry("ann", shuffled, OptionalLong.empty()));
    }

    /** The ledger reverses an entry at most once, and never a reversal. */
    private static List<Activity> dropDoubleReversals(List<Activity> activities) {
        Map<Long, Boolean> reversed = new HashMap<>();
        List<Activity> kept = new ArrayList<>();
        for (Activity activity : activities) {
            if (activity.reversal()) {
                long target = activity.stamp().reverses().getAsLong();
                boolean targetIsReversal = kept.stream().anyMatch(a -> a.stamp().position() == target && a.reversal());
                if (targetIsReversal || reversed.put(target, true) != null) {
                    continue;
                }
            }
            kept.add(activity);
        }
        return kept;
    }
}
