package dev.pacesetter.contests;

import dev.pacesetter.content.ActivityCatalog;
import dev.pacesetter.content.ActivityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static dev.pacesetter.contests.Fixtures.BERLIN;
import static dev.pacesetter.contests.Fixtures.EUR;
import static dev.pacesetter.contests.Fixtures.definition;
import static dev.pacesetter.contests.Fixtures.rank;
import static dev.pacesetter.contests.Fixtures.reps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContestDefinitionTest {

    private static final Metric CALLS = Metric.of(Aggregation.COUNT, ActivityKind.CALL_LOGGED);
    private static final Format RACE = new Format(new ContestKind.LeaderboardRace(3), Scoring.RAW, null,
            List.of(rank(1)));

    static Stream<Arguments> invalidDefinitions() {
        return Stream.of(
                bad("blank name", () -> new Title(" ", ""), "name", "must not be blank"),
                bad("long name", () -> new Title("x".repeat(81), ""), "name", "at most 80"),
                bad("long description", () -> new Title("ok", "x".repeat(2001)), "description", "at most 2000"),
                bad("no activity types", () -> new Metric(Set.of(), Aggregation.COUNT, null, null, null),
                        "metric.activityTypes", "at least one"),
                bad("amount of calls", () -> new Metric(Set.of(ActivityKind.CALL_LOGGED), Aggregation.SUM_AMOUNT,
                        Optional.of(EUR), null, null), "metric.aggregation", "CALL_LOGGED carries no amount"),
                bad("amount without currency", () -> new Metric(Set.of(ActivityKind.DEAL_WON), Aggregation.BEST_SINGLE,
                        null, null, null), "metric.currency", "is required for BEST_SINGLE"),
                bad("count with currency", () -> new Metric(Set.of(ActivityKind.DEAL_WON), Aggregation.COUNT,
                        Optional.of(EUR), null, null), "metric.currency", "applies only to SUM_AMOUNT"),
                bad("product filter on calls", () -> Metric.of(Aggregation.COUNT, ActivityKind.DEAL_WON,
                        ActivityKind.CALL_LOGGED).withProduct("Pro"), "metric.product", "exclude every CALL_LOGGED"),
                bad("zero minimum", () -> Metric.dealAmount(Aggregation.SUM_AMOUNT, EUR)
                        .withMinimumDealAmount(Money.of("0", "EUR")), "metric.minimumDealAmount", "more than zero"),
                bad("minimum in other currency", () -> Metric.dealAmount(Aggregation.SUM_AMOUNT, EUR)
                        .withMinimumDealAmount(Money.of("10", "USD")), "metric.minimumDealAmount", "metric currency EUR"),
                bad("cents of cents", () -> Money.of("10.005", "USD"), "amount", "more decimals than USD"),
                bad("unknown currency", () -> Money.of("10", "EUX"), "currency", "not an ISO 4217 code"),
                bad("amount in words", () -> Money.of("ten", "EUR"), "amount", "not a number"),
                bad("no winners", () -> new ContestKind.LeaderboardRace(0), "kind.winners", "within 1..1000"),
                bad("zero goal", () -> new ContestKind.Threshold(BigDecimal.ZERO), "kind.goal", "more than zero"),
                bad("duel with oneself", () -> new ContestKind.HeadToHead("ann", "ann"), "kind.opponent",
                        "differ from the challenger"),
                bad("race prize by goal", () -> new Format(new ContestKind.LeaderboardRace(3), Scoring.RAW, null,
                        List.of(Fixtures.tier(5))), "prizes[0].condition", "LEADERBOARD_RACE awards by rank"),
                bad("prize beyond winners", () -> new Format(new ContestKind.LeaderboardRace(3), Scoring.RAW, null,
                        List.of(rank(1), rank(4))), "prizes[1].condition", "rank 4 is beyond the 3 winning ranks"),
                bad("two prizes for one rank", () -> new Format(new ContestKind.LeaderboardRace(3), Scoring.RAW, null,
                        List.of(rank(2), rank(2))), "prizes[1].condition", "repeats"),
                bad("finisher beyond winners", () -> new Format(new ContestKind.RaceToTarget(BigDecimal.TEN, 2, false),
                        Scoring.RAW, null, List.of(Fixtures.finisher(3))), "prizes[0].condition", "beyond the race's 2"),
                bad("tier below goal", () -> new Format(new ContestKind.Threshold(BigDecimal.TEN), Scoring.RAW, null,
                        List.of(Fixtures.tier(5))), "prizes[0].condition", "at least the contest goal 10"),
                bad("duel prize for second", () -> new Format(new ContestKind.HeadToHead("a", "b"), Scoring.RAW, null,
                        List.of(rank(2))), "prizes[0].condition", "beyond the 1 winning ranks"),
                bad("team battle of individuals", () -> definition(CALLS, new Format(new ContestKind.TeamBattle(
                        TeamAggregation.SUM, 1), Scoring.RAW, null, List.of()), reps()),
                        "participation.entrant", "entered by TEAM"),
                bad("duel open to every rep", () -> definition(CALLS, new Format(new ContestKind.HeadToHead("a", "b"),
                        Scoring.RAW, null, List.of()), reps()), "participation.audience", "exactly its challenger"),
                bad("team battle of one team", () -> definition(CALLS, new Format(new ContestKind.TeamBattle(
                        TeamAggregation.SUM, 1), Scoring.RAW, null, List.of()), new Participation(
                        new Participation.ByTeam(Set.of("red")), false, ContestKind.Entrant.TEAM)),
                        "participation.audience", "at least two teams"),
                bad("end before start", () -> Schedule.local(LocalDateTime.parse("2025-03-03T00:00"),
                        LocalDateTime.parse("2025-03-02T00:00"), BERLIN, Duration.ZERO), "schedule.end", "after the start"),
                bad("month of grace", () -> Schedule.local(LocalDateTime.parse("2025-03-03T00:00"),
                        LocalDateTime.parse("2025-03-04T00:00"), BERLIN, Duration.ofDays(32)), "schedule.grace", "31 days"),
                bad("negative grace", () -> Schedule.local(LocalDateTime.parse("2025-03-03T00:00"),
                        LocalDateTime.parse("2025-03-04T00:00"), BERLIN, Duration.ofSeconds(-1)), "schedule.grace", "0 and"),
                bad("contest over 400 days", () -> Schedule.local(LocalDateTime.parse("2025-01-01T00:00"),
                        LocalDateTime.parse("2026-02-06T00:00"), BERLIN, Duration.ZERO), "schedule.period", "400 days"),
                bad("worthless cash prize", () -> Prize.forRank(1, "Nothing", Optional.of(Money.of("0", "EUR"))),
                        "prize.cashValue", "more than zero"),
                bad("no roles", () -> new Participation.ByRole(Set.of()), "participation.audience.roles", "at least one"),
                bad("goal beyond exact range", () -> definition(Metric.dealAmount(Aggregation.SUM_AMOUNT, EUR),
                        new Format(new ContestKind.Threshold(new BigDecimal("1e14")), Scoring.RAW, null, List.of()),
                        reps()), "goal", "beyond the largest score"));
    }

    private static Arguments bad(String name, Supplier<?> build, String field, String reason) {
        return Arguments.of(name, build, field, reason);
    }

    @ParameterizedTest(name = "{0} is refused: {2}")
    @MethodSource("invalidDefinitions")
    void invalidPartsAreRefusedNamingTheFieldAndTheReason(String name, Supplier<?> build, String field, String reason) {
        ContestRuleException refused = assertThrows(ContestRuleException.class, build::get);
        assertEquals(field, refused.field());
        assertTrue(refused.reason().contains(reason), () -> "reason was: " + refused.reason());
        assertTrue(refused.getMessage().startsWith(field + ": "));
    }

    @Test
    void everyKindHasAValidDefinition() {
        List<ContestDefinition> kinds = List.of(Fixtures.race(3, TieRule.DENSE, rank(1)),
                Fixtures.raceToTarget(50, 2, Fixtures.finisher(1)), Fixtures.threshold(50, Fixtures.tier(50)),
                Fixtures.duel(TieRule.FIRST_TO_REACH, rank(1)), Fixtures.teamBattle(TeamAggregation.AVERAGE, 1, rank(1)));
        assertEquals(List.of("LEADERBOARD_RACE", "RACE_TO_TARGET", "THRESHOLD", "HEAD_TO_HEAD", "TEAM_BATTLE"),
                kinds.stream().map(d -> d.format().kind().code()).toList());
    }

    @Test
    void tieRuleDefaultsToStandardCompetition() {
        assertEquals(TieRule.STANDARD_COMPETITION, RACE.tieRule());
    }

    @Test
    void textsAreStrippedAndTheDescriptionMayBeEmpty() {
        assertEquals(new Title("Spring", ""), new Title("  Spring ", null));
    }

    @Test
    void aDealMetricTakesFiltersInItsCurrency() {
        Metric metric = Metric.dealAmount(Aggregation.SUM_AMOUNT, EUR).withProduct(" Pro ")
                .withMinimumDealAmount(Money.of("1000.00", "EUR"));
        assertEquals(Optional.of("Pro"), metric.product());
        assertEquals(Optional.of(EUR), metric.currency());
    }

    @Test
    void scheduleTimesAreTheOrganisationsWallClock() {
        Schedule schedule = Fixtures.march();
        assertEquals(Fixtures.MARCH_START, schedule.start()); // Mon 3 Mar 2025 00:00 CET
        assertEquals(Fixtures.MARCH_END, schedule.end()); // Tue 1 Apr 2025 00:00 CEST
    }

    @Test
    void activityKindsAreTheLedgersActivityTypes() {
        Set<String> catalog = ActivityCatalog.load().types().stream().map(ActivityType::code).collect(Collectors.toSet());
        assertEquals(catalog, Arrays.stream(ActivityKind.values()).map(Enum::name).collect(Collectors.toSet()));
        for (ActivityKind kind : ActivityKind.values()) {
            assertEquals(ActivityCatalog.load().find(kind.name()).orElseThrow().monetary(), kind.monetary(), kind.name());
        }
    }

    @Test
    void participationAdmitsByRoleTeamListAndOptIn() {
        Participation byTeam = new Participation(new Participation.ByTeam(Set.of("red")), true,
                ContestKind.Entrant.INDIVIDUAL);
        assertTrue(byTeam.admits("ann", Set.of("REP"), Set.of("red"), true));
        assertTrue(!byTeam.admits("ann", Set.of("REP"), Set.of("red"), false)); // did not opt in
        assertTrue(!byTeam.admits("ann", Set.of("REP"), Set.of("blue"), true));
        assertTrue(reps().admits("bob", Set.of("REP", "MANAGER"), Set.of(), false));
        assertTrue(!reps().admits("bob", Set.of("MANAGER"), Set.of(), false));
        Participation listed = new Participation(new Participation.Listed(Set.of("ann")), false,
                ContestKind.Entrant.INDIVIDUAL);
        assertTrue(listed.admits("ann", Set.of(), Set.of(), false));
        assertTrue(!listed.admits("bob", Set.of("REP"), Set.of(), false));
    }
}
