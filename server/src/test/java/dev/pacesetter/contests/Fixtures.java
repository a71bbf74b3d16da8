package dev.pacesetter.contests;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Shared test values. Instants carry their Berlin wall-clock time in a comment. */
final class Fixtures {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Currency EUR = Currency.getInstance("EUR");
    /** Mon 3 Mar 2025 00:00 Berlin. */
    static final Instant MARCH_START = Instant.parse("2025-03-02T23:00:00Z");
    /** Tue 1 Apr 2025 00:00 Berlin (summer time since 30 Mar). */
    static final Instant MARCH_END = Instant.parse("2025-03-31T22:00:00Z");
    static final Duration GRACE = Duration.ofDays(2);

    private Fixtures() {
    }

    static Schedule march() {
        return Schedule.local(LocalDateTime.parse("2025-03-03T00:00"), LocalDateTime.parse("2025-04-01T00:00"),
                BERLIN, GRACE);
    }

    static Participation reps() {
        return Participation.byRole("REP");
    }

    static ContestDefinition definition(Metric metric, Format format, Participation participation) {
        return new ContestDefinition(new Title("March Madness", "Close more"), metric, format, participation, march());
    }

    static ContestDefinition race(int winners, TieRule rule, Prize... prizes) {
        return definition(Metric.of(Aggregation.COUNT, ActivityKind.CALL_LOGGED),
                new Format(new ContestKind.LeaderboardRace(winners), Scoring.RAW, rule, List.of(prizes)), reps());
    }

    static ContestDefinition raceToTarget(long goalCalls, int winners, Prize... prizes) {
        return definition(Metric.of(Aggregation.COUNT, ActivityKind.CALL_LOGGED),
                new Format(new ContestKind.RaceToTarget(BigDecimal.valueOf(goalCalls), winners, true),
                        Scoring.RAW, TieRule.FIRST_TO_REACH, List.of(prizes)), reps());
    }

    static ContestDefinition threshold(long goalCalls, Prize... tiers) {
        return definition(Metric.of(Aggregation.COUNT, ActivityKind.CALL_LOGGED),
                new Format(new ContestKind.Threshold(BigDecimal.valueOf(goalCalls)), Scoring.RAW, null,
                        List.of(tiers)), reps());
    }

    static ContestDefinition duel(TieRule rule, Prize... prizes) {
        return definition(Metric.of(Aggregation.COUNT, ActivityKind.CALL_LOGGED),
                new Format(new ContestKind.HeadToHead("ann", "bob"), Scoring.RAW, rule, List.of(prizes)),
                new Participation(new Participation.Listed(Set.of("ann", "bob")), false,
                        ContestKind.Entrant.INDIVIDUAL));
    }

    static ContestDefinition teamBattle(TeamAggregation aggregation, int winners, Prize... prizes) {
        return definition(Metric.of(Aggregation.COUNT, ActivityKind.CALL_LOGGED),
                new Format(new ContestKind.TeamBattle(aggregation, winners), Scoring.RAW, null, List.of(prizes)),
                new Participation(new Participation.ByTeam(Set.of("red", "blue")), false, ContestKind.Entrant.TEAM));
    }

    static Prize rank(int rank) {
        return Prize.forRank(rank, "Prize for rank " + rank, Optional.empty());
    }

    static Prize finisher(int position) {
        return Prize.forFinisher(position, "Prize for finisher " + position, Optional.empty());
    }

    static Prize tier(long goal) {
        return Prize.forThreshold(BigDecimal.valueOf(goal), "Tier " + goal, Optional.empty());
    }
}
