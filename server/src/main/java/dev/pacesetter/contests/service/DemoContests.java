package dev.pacesetter.contests.service;

import dev.pacesetter.api.model.ContestAudience;
import dev.pacesetter.api.model.ContestKind;
import dev.pacesetter.api.model.ContestMetric;
import dev.pacesetter.api.model.ContestPrize;
import dev.pacesetter.api.model.ContestTieRule;
import dev.pacesetter.api.model.NewContest;
import dev.pacesetter.contests.ContestLifecycle;
import dev.pacesetter.contests.ContestStatus;
import dev.pacesetter.contests.LifecycleAction;
import dev.pacesetter.contests.Transition;
import dev.pacesetter.demo.DemoSeeded;
import dev.pacesetter.identity.IdentityService;
import dev.pacesetter.identity.OrgView;
import dev.pacesetter.identity.TeamView;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.platform.Caller;
import dev.pacesetter.platform.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;

/**
 * The demo organisation's contests, one LIVE contest of each kind, so {@code ./pacesetter run} shows
 * them: a revenue race this month, a race to ten meetings, a calls threshold this week, a head-to-head
 * between two AEs and a points battle between the teams.
 */
@ApplicationScoped
class DemoContests {
    private static final Logger LOG = Logger.getLogger(DemoContests.class.getName());

    @Inject
    ContestService contests;

    @Inject
    IdentityService identity;

    @Inject
    Clock clock;

    void onSeeded(@Observes DemoSeeded seeded) {
        OrgView org = identity.organisation(seeded.orgId());
        Caller admin = new Caller(org.id(), seeded.adminId(), EnumSet.of(Role.ADMIN), null);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, org.zone());
        OffsetDateTime monthStart = today.withDayOfMonth(1).atStartOfDay(org.zone()).toOffsetDateTime();
        OffsetDateTime monthEnd = today.withDayOfMonth(1).plusMonths(1).atStartOfDay(org.zone()).toOffsetDateTime();
        OffsetDateTime weekStart = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .atStartOfDay(org.zone()).toOffsetDateTime();
        List<TeamView> teams = identity.teams(org.id());
        List<UserView> aes = new ArrayList<>();
        teams.forEach(t -> identity.teamMembers(org.id(), t.id()).stream()
                .filter(u -> "AE".equals(u.salesRole())).forEach(aes::add));

        start(admin, contest("Revenue race — this month", ContestKind.LEADERBOARD_RACE, metric("DEAL_WON", "SUM_AMOUNT"),
                monthStart, monthEnd).winners(3).audience(new ContestAudience().roles(List.of("REP")))
                .prizes(List.of(prize(1, "Weekend getaway", "1000.00"), prize(2, "Dinner for two", "250.00"),
                        prize(3, "Team lunch", "100.00"))), now, null);
        NewContest meetings = contest("First to 10 meetings", ContestKind.RACE_TO_TARGET, metric("MEETING_BOOKED", "COUNT"),
                monthStart, monthEnd).goal("10").winners(3).tieRule(ContestTieRule.FIRST_TO_REACH).audience(new ContestAudience().roles(List.of("REP")));
        for (int position = 1; position <= 3; position++) {
            meetings.addPrizesItem(new ContestPrize().position(position).description("Finisher #" + position));
        }
        start(admin, meetings, now, null);
        start(admin, contest("50 calls this week", ContestKind.THRESHOLD, metric("CALL_LOGGED", "COUNT"), weekStart,
                weekStart.plusWeeks(1)).goal("50").audience(new ContestAudience().roles(List.of("REP")))
                .prizes(List.of(new ContestPrize().goal("50").description("Coffee card"),
                        new ContestPrize().goal("100").description("Extra day off"))), now, null);
        if (aes.size() >= 2) {
            UserView challenger = aes.get(0);
            UserView opponent = aes.get(1);
            Caller caller = new Caller(org.id(), challenger.id(), EnumSet.of(Role.REP), null);
            start(caller, contest(challenger.displayName() + " vs " + opponent.displayName(), ContestKind.HEAD_TO_HEAD,
                    metric("DEAL_WON", "SUM_AMOUNT"), monthStart, monthEnd).opponentId(opponent.id())
                    .audience(new ContestAudience().userIds(List.of(challenger.id(), opponent.id())))
                    .prizes(List.of(prize(1, "Bragging rights", null))), now, String.valueOf(opponent.id()));
        }
        if (teams.size() >= 2) {
            ContestMetric points = new ContestMetric().activityTypes(List.of("DEAL_WON", "CALL_LOGGED", "MEETING_BOOKED",
                    "DEMO_HELD", "OPPORTUNITY_CREATED", "LEAD_QUALIFIED")).aggregation(ContestMetric.AggregationEnum.SUM_POINTS);
            start(admin, contest("Team points battle (average per rep)", ContestKind.TEAM_BATTLE, points, monthStart,
                    monthEnd).teamAggregation(NewContest.TeamAggregationEnum.AVERAGE)
                    .audience(new ContestAudience().teamIds(teams.stream().map(TeamView::id).toList()))
                    .prizes(List.of(prize(1, "Team dinner", "500.00"))), now, null);
        }
        LOG.info(() -> "Seeded the demo contests: a race, a race to target, a threshold, a head-to-head and a team battle");
    }

    /** Creates the contest and takes it to LIVE, dating the organiser's steps before its start. */
    private void start(Caller creator, NewContest definition, Instant now, String opponent) {
        LoadedContest created = contests.create(creator, definition);
        Instant before = definition.getStartsAt().toInstant().minus(1, ChronoUnit.HOURS);
        Transition first = opponent == null
                ? new Transition(ContestStatus.DRAFT, ContestStatus.SCHEDULED, LifecycleAction.SCHEDULE,
                String.valueOf(creator.userId()), before)
                : new Transition(ContestStatus.DRAFT, ContestStatus.SCHEDULED, LifecycleAction.ACCEPT_CHALLENGE,
                opponent, before);
        contests.replay(creator.orgId(), created.id(), List.of(first, new Transition(ContestStatus.SCHEDULED,
                ContestStatus.LIVE, LifecycleAction.START, ContestLifecycle.SYSTEM, now)));
    }

    private static NewContest contest(String name, ContestKind kind, ContestMetric metric, OffsetDateTime start,
                                      OffsetDateTime end) {
        return new NewContest().name(name).kind(kind).metric(metric).startsAt(start).endsAt(end).graceMinutes(60);
    }

    private static ContestMetric metric(String type, String aggregation) {
        ContestMetric metric = new ContestMetric().activityTypes(List.of(type))
                .aggregation(ContestMetric.AggregationEnum.fromValue(aggregation));
        return "SUM_AMOUNT".equals(aggregation) ? metric.currency("USD") : metric;
    }

    private static ContestPrize prize(int rank, String description, String cash) {
        return new ContestPrize().rank(rank).description(description).cashValue(cash).currency(cash == null ? null : "USD");
    }
}
