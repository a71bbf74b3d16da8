package dev.pacesetter.contests.service;

import dev.pacesetter.client.api.ActivitiesApi;
import dev.pacesetter.client.api.ContestsApi;
import dev.pacesetter.client.model.ActivityBatch;
import dev.pacesetter.client.model.ActivityInput;
import dev.pacesetter.client.model.Contest;
import dev.pacesetter.client.model.ContestAction;
import dev.pacesetter.client.model.ContestStatus;
import dev.pacesetter.client.model.ContestStep;
import dev.pacesetter.client.model.ContestActionRequest;
import dev.pacesetter.client.model.ContestAudience;
import dev.pacesetter.client.model.ContestKind;
import dev.pacesetter.client.model.ContestMetric;
import dev.pacesetter.client.model.ContestPrize;
import dev.pacesetter.client.model.NewContest;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.testing.Await;
import dev.pacesetter.testing.TestOrg;
import jakarta.enterprise.inject.spi.CDI;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/** Contest fixtures for the black-box tests: definitions, activity, and the server's own workers. */
final class Contests {
    /** Contests in these tests run from an hour ago to an hour from now. */
    static final OffsetDateTime START = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).minusHours(1);
    static final OffsetDateTime END = START.plusHours(2);

    private Contests() {
    }

    static ContestsApi api(TestOrg org, UserView user) {
        return new ContestsApi(org.client(user));
    }

    /** A leaderboard race on calls for the org's team, top {@code winners} win, one prize per winning rank. */
    static NewContest callRace(TestOrg org, int winners) {
        NewContest c = new NewContest().name("Call race").kind(ContestKind.LEADERBOARD_RACE).winners(winners)
                .metric(new ContestMetric().activityTypes(List.of("CALL_LOGGED")).aggregation(ContestMetric.AggregationEnum.COUNT))
                .audience(new ContestAudience().teamIds(List.of(org.team.id())))
                .startsAt(START).endsAt(END).graceMinutes(0);
        for (int rank = 1; rank <= winners; rank++) {
            c.addPrizesItem(new ContestPrize().rank(rank).description("Prize " + rank).cashValue("100.00").currency("USD"));
        }
        return c;
    }

    static ContestActionRequest action(ContestAction action) {
        return new ContestActionRequest().action(action);
    }

    /** Creates, schedules and starts a contest as the org's admin; returns it LIVE. */
    static Contest live(TestOrg org, NewContest definition) throws Exception {
        ContestsApi admin = api(org, org.admin);
        Contest created = admin.createContest(definition, null);
        admin.actOnContest(created.getId(), action(ContestAction.SCHEDULE));
        scheduler().advance(created.getId(), Instant.now());
        return awaitStatus(admin, created.getId(), ContestStatus.LIVE);
    }

    /**
     * The contest once it reaches {@code status}. A step taken on another thread (the background
     * scheduler, or the race-ends-itself rule on the projector thread) may hold the row when a test
     * asks for the same step; the test's own call then skips it (SKIP LOCKED) and the other commits it
     * a moment later.
     */
    static Contest awaitStatus(ContestsApi api, long contestId, ContestStatus status) throws Exception {
        return await(api, contestId, c -> c.getStatus() == status);
    }

    /**
     * The contest once its history holds the step {@code action} (it may have moved on since: with no
     * grace period an ended contest is finalised by the background scheduler right after).
     */
    static Contest awaitStep(ContestsApi api, long contestId, String action) throws Exception {
        return await(api, contestId, c -> c.getHistory().stream().anyMatch(s -> action.equals(s.getAction())));
    }

    private static Contest await(ContestsApi api, long contestId, Predicate<Contest> done) throws Exception {
        return Await.until(() -> api.getContest(contestId), done);
    }

    /** The step {@code action} of the contest's history. */
    static ContestStep step(Contest contest, String action) {
        return contest.getHistory().stream().filter(s -> action.equals(s.getAction())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + action + " step in " + contest.getHistory()));
    }

    /** Logs calls for a rep at the given instants. */
    static void calls(TestOrg org, UserView rep, OffsetDateTime... at) throws Exception {
        ActivityBatch batch = new ActivityBatch();
        for (OffsetDateTime when : at) {
            batch.addActivitiesItem(new ActivityInput().source("dialer").externalId(UUID.randomUUID().toString())
                    .type("CALL_LOGGED").userId(rep.id()).occurredAt(when));
        }
        new ActivitiesApi(org.client(org.integration)).ingestActivities(batch.atomic(true), null);
    }

    static ContestScheduler scheduler() {
        return CDI.current().select(ContestScheduler.class).get();
    }

    /** Waits for the contest's standings to reflect the whole ledger (the projector's own thread). */
    static void caughtUp(long contestId) {
        CDI.current().select(ContestProjector.class).get().catchUpNow(contestId);
    }
}
