package dev.pacesetter.nudges;

import dev.pacesetter.content.NudgeKind;
import dev.pacesetter.contests.ActivityKind;
import dev.pacesetter.contests.Aggregation;
import dev.pacesetter.contests.ContestDefinition;
import dev.pacesetter.contests.ContestKind;
import dev.pacesetter.contests.Entry;
import dev.pacesetter.contests.Format;
import dev.pacesetter.contests.Metric;
import dev.pacesetter.contests.Participation;
import dev.pacesetter.contests.Prize;
import dev.pacesetter.contests.ReachedAt;
import dev.pacesetter.contests.Schedule;
import dev.pacesetter.contests.Scoring;
import dev.pacesetter.contests.Standings;
import dev.pacesetter.contests.TieRule;
import dev.pacesetter.contests.Title;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Which moments standings show. Entrants are users 1, 2, 3, … with the scores listed (calls);
 * a moment is written {@code user:mark}.
 */
class ContestMomentsTest {
    private static final BigDecimal NINETY = new BigDecimal("0.9");

    private static ContestDefinition definition(ContestKind kind, TieRule rule, Prize... prizes) {
        return new ContestDefinition(new Title("Calls", "More calls"), Metric.of(Aggregation.COUNT, ActivityKind.CALL_LOGGED),
                new Format(kind, Scoring.RAW, rule, List.of(prizes)), Participation.byRole("REP"),
                Schedule.local(LocalDateTime.parse("2025-03-03T00:00"), LocalDateTime.parse("2025-04-01T00:00"),
                        ZoneId.of("Europe/Berlin"), Duration.ZERO));
    }

    /** Scores "5 3 0" → users 1, 2, 3; who reached first follows the order listed (race to target). */
    private static Standings standings(String scores, TieRule rule) {
        List<Entry> entries = new ArrayList<>();
        String[] s = scores.trim().split(" +");
        for (int i = 0; i < s.length; i++) {
            long score = Long.parseLong(s[i]);
            entries.add(new Entry(Integer.toString(i + 1), score, score == 0 ? ReachedAt.FROM_START
                    : new ReachedAt(Instant.parse("2025-03-10T10:00:00Z").plusSeconds(i), i + 1)));
        }
        return Standings.rank(entries, rule);
    }

    private static String moments(ContestDefinition d, Standings standings, NudgeKind kind) {
        TreeSet<String> out = new TreeSet<>();
        ContestMoments.of(d, standings, NINETY).stream().filter(m -> m.kind() == kind)
                .forEach(m -> out.add(m.userId() + ":" + m.mark()));
        return String.join(" ", out);
    }

    private static Prize rank(int r) {
        return Prize.forRank(r, "Prize " + r, Optional.empty());
    }

    @ParameterizedTest(name = "race top 2, scores {0} → {1}")
    @CsvSource(delimiter = '|', value = {
            // Ranks 1 and 2 hold prizes 0 and 1 (their index in the definition).
            "5 3 1 | 1:prize:0 2:prize:1",
            // A tie at rank 1 takes the rank-1 prize twice; rank 2 is empty under standard ranks.
            "5 5 1 | 1:prize:0 2:prize:0",
            // No score, no prize: nobody holds one before activity counts.
            "0 0 0 | ''",
            "2 0 0 | 1:prize:0",
    })
    void prizePositionsOfARace(String scores, String expected) {
        ContestDefinition d = definition(new ContestKind.LeaderboardRace(2), TieRule.STANDARD_COMPETITION, rank(1), rank(2));
        assertEquals(expected, moments(d, standings(scores, TieRule.STANDARD_COMPETITION), NudgeKind.PRIZE_POSITION_ENTERED));
    }

    @ParameterizedTest(name = "race to 10, scores {0} → close {1}")
    @CsvSource(delimiter = '|', value = {
            // 9 of 10 is 90 %: close; 8 is not; 10 reached the goal, so it is a finisher, not close.
            "10 9 8 | 2:close:10",
            // 0 is never close, however small the goal.
            "0 9 0 | 2:close:10",
            // Both finishing prizes taken (two winners): nothing is left to be close to.
            "10 10 9 | ''",
    })
    void closeToARaceGoal(String scores, String expected) {
        ContestDefinition d = definition(new ContestKind.RaceToTarget(BigDecimal.TEN, 2, false), TieRule.FIRST_TO_REACH,
                Prize.forFinisher(1, "First", Optional.empty()), Prize.forFinisher(2, "Second", Optional.empty()));
        assertEquals(expected, moments(d, standings(scores, TieRule.FIRST_TO_REACH), NudgeKind.CLOSE_TO_TARGET));
    }

    @ParameterizedTest(name = "threshold 10 with tier 20, scores {0} → close {1}")
    @CsvSource(delimiter = '|', value = {
            // Only the nearest unreached target counts: 9 is close to 10; 12 is past 10 but far from 20;
            // 18 is 90 % of 20.
            "9 12 18 | 1:close:10 3:close:20",
            "20 19 17 | 2:close:20",
    })
    void closeToAThresholdOrTier(String scores, String expected) {
        ContestDefinition d = definition(new ContestKind.Threshold(BigDecimal.TEN), null,
                Prize.forThreshold(BigDecimal.TEN, "Bronze", Optional.empty()),
                Prize.forThreshold(BigDecimal.valueOf(20), "Silver", Optional.empty()));
        assertEquals(expected, moments(d, standings(scores, TieRule.STANDARD_COMPETITION), NudgeKind.CLOSE_TO_TARGET));
    }

    @ParameterizedTest(name = "{0} of {1} at ratio {2}: close = {3}")
    @CsvSource({
            "9, 10, 0.9, true",
            "8, 10, 0.9, false",
            "10, 10, 0.9, false",
            "0, 1, 0, false",
            "1, 2, 0.5, true",
            // 89.99 % of 100.00 (cents) is just under the line.
            "8999, 10000, 0.9, false",
    })
    void closeness(long score, long goal, BigDecimal ratio, boolean close) {
        assertEquals(close, ContestMoments.close(score, goal, ratio));
    }

    @ParameterizedTest(name = "threshold prize tiers reached by {0}: {1}")
    @CsvSource(delimiter = '|', value = {
            // Each holds only the highest tier reached: 25 holds Silver (prize 1), 10 Bronze, 3 nothing.
            "25 10 3 | 1:prize:1 2:prize:0",
    })
    void thresholdTiersAreHeldByEveryoneWhoReachedThem(String scores, String expected) {
        ContestDefinition d = definition(new ContestKind.Threshold(BigDecimal.TEN), null,
                Prize.forThreshold(BigDecimal.TEN, "Bronze", Optional.empty()),
                Prize.forThreshold(BigDecimal.valueOf(20), "Silver", Optional.empty()));
        assertEquals(expected, moments(d, standings(scores, TieRule.STANDARD_COMPETITION), NudgeKind.PRIZE_POSITION_ENTERED));
    }
}
