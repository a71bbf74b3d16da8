package dev.pacesetter.nudges;

import dev.pacesetter.client.api.ActivitiesApi;
import dev.pacesetter.client.api.ContestsApi;
import dev.pacesetter.client.api.NudgesApi;
import dev.pacesetter.client.model.ActivityBatch;
import dev.pacesetter.client.model.ActivityInput;
import dev.pacesetter.client.model.Contest;
import dev.pacesetter.client.model.ContestAction;
import dev.pacesetter.client.model.ContestActionRequest;
import dev.pacesetter.client.model.ContestAudience;
import dev.pacesetter.client.model.ContestKind;
import dev.pacesetter.client.model.ContestMetric;
import dev.pacesetter.client.model.ContestPrize;
import dev.pacesetter.client.model.ContestStatus;
import dev.pacesetter.client.model.InboxItem;
import dev.pacesetter.client.model.NewContest;
import dev.pacesetter.client.model.NudgeDelivery;
import dev.pacesetter.contests.service.ContestProjector;
import dev.pacesetter.contests.service.ContestScheduler;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.testing.Await;
import dev.pacesetter.testing.TestOrg;
import jakarta.enterprise.inject.literal.NamedLiteral;
import jakarta.enterprise.inject.spi.CDI;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Contest triggers end to end: real contests, real activity, the real projector and outbox; nudges
 * are read back as admins see them (kinds per user) and as reps see them (their inbox).
 */
class ContestNudgesIT {
    /** Contests here run from an hour ago to an hour from now. */
    private static final OffsetDateTime START = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)
            .minusHours(1);
    private static final OffsetDateTime END = START.plusHours(2);

    private static NewContest race(String name, List<Long> userIds) {
        return new NewContest().name(name).kind(ContestKind.LEADERBOARD_RACE).winners(1)
                .metric(new ContestMetric().activityTypes(List.of("CALL_LOGGED"))
                        .aggregation(ContestMetric.AggregationEnum.COUNT))
                .audience(new ContestAudience().userIds(userIds)).startsAt(START).endsAt(END).graceMinutes(0)
                .addPrizesItem(new ContestPrize().rank(1).description("Dinner for two"));
    }

    private static NewContest raceToTen(String name, List<Long> userIds) {
        return new NewContest().name(name).kind(ContestKind.RACE_TO_TARGET).winners(1).goal("10")
                .metric(new ContestMetric().activityTypes(List.of("CALL_LOGGED"))
                        .aggregation(ContestMetric.AggregationEnum.COUNT))
                .audience(new ContestAudience().userIds(userIds)).startsAt(START).endsAt(END).graceMinutes(0)
                .addPrizesItem(new ContestPrize().position(1).description("A day off"));
    }

    private static Contest live(TestOrg org, NewContest definition) throws Exception {
        ContestsApi admin = new ContestsApi(org.client(org.admin));
        Contest created = admin.createContest(definition, null);
        admin.actOnContest(created.getId(), new ContestActionRequest().action(ContestAction.SCHEDULE));
        scheduler().advance(created.getId(), Instant.now());
        // The background scheduler may hold the START step (this call then skipped it): wait for its commit.
        return Await.until(() -> admin.getContest(created.getId()), c -> c.getStatus() == ContestStatus.LIVE);
    }

    /** Logs calls, as one atomic batch: {@code rep, count, rep, count, …}. */
    private static void calls(TestOrg org, Object... repsAndCounts) throws Exception {
        ActivityBatch batch = new ActivityBatch();
        for (int i = 0; i < repsAndCounts.length; i += 2) {
            UserView rep = (UserView) repsAndCounts[i];
            for (int n = 0; n < (Integer) repsAndCounts[i + 1]; n++) {
                batch.addActivitiesItem(new ActivityInput().source("dialer").externalId(UUID.randomUUID().toString())
                        .type("CALL_LOGGED").userId(rep.id()).occurredAt(START.plusMinutes(5 + n)));
            }
        }
        new ActivitiesApi(org.client(org.integration)).ingestActivities(batch.atomic(true), null);
    }

    private static ContestScheduler scheduler() {
        return CDI.current().select(ContestScheduler.class).get();
    }

    /** Brings the standings up to the ledger, then looks at them as the watcher does after a change. */
    private static void standingsMoved(TestOrg org, Contest contest) {
        CDI.current().select(ContestProjector.class).get().catchUpNow(contest.getId());
        CDI.current().select(ContestWatch.class).get().look(org.org.id(), contest.getId());
    }

    private static List<String> kinds(TestOrg org, UserView user, String prefix) throws Exception {
        return new NudgesApi(org.client(org.admin)).listNudgeDeliveries(null, 200, user.id(), null).getItems().stream()
                .map(NudgeDelivery::getKind).filter(k -> k.startsWith(prefix)).toList();
    }

    private static List<String> inbox(TestOrg org, UserView user, String titlePart) throws Exception {
        return new NudgesApi(org.client(user)).getMyInbox(null, 100, null).getItems().stream()
                .filter(i -> i.getTitle().contains(titlePart)).map(i -> i.getTitle() + " | " + i.getBody()).toList();
    }

    @Test
    void entrantsHearOfTheStartTheirPrizePositionOnceAndTheirResult() throws Exception {
        TestOrg org = TestOrg.create(3);
        UserView ann = org.reps.get(0);
        UserView bob = org.reps.get(1);
        UserView outsider = org.reps.get(2);
        Contest contest = live(org, race("Call sprint", List.of(ann.id(), bob.id())));

        assertEquals(List.of("CONTEST_STARTED"), kinds(org, ann, "CONTEST_STARTED"));
        assertEquals(List.of("CONTEST_STARTED"), kinds(org, bob, "CONTEST_STARTED"));
        assertEquals(List.of(), kinds(org, outsider, "CONTEST"), "not an entrant");

        calls(org, bob, 2, ann, 1);
        standingsMoved(org, contest);
        assertEquals(List.of("PRIZE_POSITION_ENTERED"), kinds(org, bob, "PRIZE"));
        assertEquals(List.of(), kinds(org, ann, "PRIZE"));

        calls(org, bob, 1);
        standingsMoved(org, contest);
        assertEquals(List.of("PRIZE_POSITION_ENTERED"), kinds(org, bob, "PRIZE"), "told once, however often it moves");

        calls(org, ann, 5);
        standingsMoved(org, contest);
        assertEquals(List.of("PRIZE_POSITION_ENTERED"), kinds(org, ann, "PRIZE"));
        // Ann passed Bob: he hears it once (the watcher also looks on its own thread; the pass is deduplicated).
        for (int i = 0; i < 50 && kinds(org, bob, "OVERTAKEN").isEmpty(); i++) {
            Thread.sleep(100);
        }
        assertEquals(List.of("OVERTAKEN"), kinds(org, bob, "OVERTAKEN"));
        assertEquals(List.of("PRIZE_POSITION_ENTERED"), kinds(org, bob, "PRIZE"));

        scheduler().advance(contest.getId(), Instant.now().plus(3, ChronoUnit.HOURS));
        CDI.current().select(ContestWatch.class).get().results(org.org.id(), contest.getId());
        assertEquals(List.of("CONTEST_ENDED_RESULT"), kinds(org, ann, "CONTEST_ENDED"));
        assertEquals(List.of("CONTEST_ENDED_RESULT"), kinds(org, bob, "CONTEST_ENDED"));
        assertEquals(List.of(), kinds(org, outsider, "CONTEST"));

        Outboxes.settle(org);
        assertEquals(List.of("Call sprint is over | You finished #1 of 2. See the final standings and prizes."),
                inbox(org, ann, "is over"));
        assertEquals(List.of("Call sprint is over | You finished #2 of 2. See the final standings and prizes."),
                inbox(org, bob, "is over"));
        assertEquals(List.of("You're in the prizes! | #1 in Call sprint — hold on to it and Dinner for two is yours."),
                inbox(org, ann, "prizes"));
        List<InboxItem> started = new NudgesApi(org.client(ann)).getMyInbox(null, 100, null).getItems().stream()
                .filter(i -> i.getTitle().equals("Call sprint is live")).toList();
        assertEquals(1, started.size());
        assertTrue(started.getFirst().getBody().startsWith("It's on: "), started.getFirst().getBody());
        assertEquals("pacesetter://contests/" + contest.getId(), started.getFirst().getDeepLink());
    }

    @Test
    void closeToTheGoalAndEndingSoonAreToldOnce() throws Exception {
        TestOrg org = TestOrg.create(2);
        UserView ann = org.reps.get(0);
        UserView bob = org.reps.get(1);
        Contest contest = live(org, raceToTen("Ten calls", List.of(ann.id(), bob.id())));

        calls(org, ann, 9, bob, 3);
        standingsMoved(org, contest);
        calls(org, bob, 1);
        standingsMoved(org, contest);
        assertEquals(List.of("CLOSE_TO_TARGET"), kinds(org, ann, "CLOSE"));
        assertEquals(List.of(), kinds(org, bob, "CLOSE"), "4 of 10 is not close");

        EndingSoonJob job = CDI.current().select(EndingSoonJob.class).get();
        Instant halfAnHourBefore = END.toInstant().minus(30, ChronoUnit.MINUTES);
        job.run(halfAnHourBefore);
        job.run(halfAnHourBefore.plusSeconds(60));
        assertEquals(List.of("CONTEST_ENDING_SOON"), kinds(org, ann, "CONTEST_ENDING"));
        assertEquals(List.of("CONTEST_ENDING_SOON"), kinds(org, bob, "CONTEST_ENDING"));

        Outboxes.settle(org);
        assertEquals(List.of("Almost there: the goal of 10 | 1 to go to reach the goal of 10 in Ten calls."),
                inbox(org, ann, "Almost"));
        List<String> ending = inbox(org, bob, "Final hours");
        assertEquals(1, ending.size());
        assertTrue(ending.getFirst().contains("You're #2 with 4"), ending.getFirst());
    }

    @Test
    void resultsNotToldBeforeAnInstanceDiedAreToldByTheSweepOnce() throws Exception {
        TestOrg org = TestOrg.create(2);
        UserView ann = org.reps.get(0);
        UserView bob = org.reps.get(1);
        Contest contest = live(org, race("Crash sprint", List.of(ann.id(), bob.id())));
        calls(org, ann, 2, bob, 1);
        CDI.current().select(ContestProjector.class).get().catchUpNow(contest.getId());
        scheduler().advance(contest.getId(), Instant.now().plus(3, ChronoUnit.HOURS));
        ContestWatch watch = CDI.current().select(ContestWatch.class).get();
        watch.results(org.org.id(), contest.getId()); // or the observer of the finalisation already did
        Outboxes.settle(org);

        // As if the instance that finalised it had died before telling: no mark, no nudges.
        DataSource db = CDI.current().select(DataSource.class, NamedLiteral.of("pacesetter")).get();
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            String told = "SELECT id FROM nudge_outbox WHERE org_id = " + org.org.id()
                    + " AND dedupe_key = 'contest-result:" + contest.getId() + "'";
            st.executeUpdate("DELETE FROM nudge_inbox WHERE outbox_id IN (" + told + ")");
            st.executeUpdate("DELETE FROM nudge_outbox WHERE id IN (" + told + ")");
            assertEquals(1, st.executeUpdate("DELETE FROM nudge_contest_mark WHERE contest_id = " + contest.getId()
                    + " AND mark = 'result'"));
            c.commit();
        }
        assertEquals(List.of(), kinds(org, ann, "CONTEST_ENDED"));

        assertTrue(watch.sweepResults(Instant.now()) >= 1);
        watch.sweepResults(Instant.now());
        assertEquals(List.of("CONTEST_ENDED_RESULT"), kinds(org, ann, "CONTEST_ENDED"));
        assertEquals(List.of("CONTEST_ENDED_RESULT"), kinds(org, bob, "CONTEST_ENDED"));
        Outboxes.settle(org);
        assertEquals(List.of("Crash sprint is over | You finished #1 of 2. See the final standings and prizes."),
                inbox(org, ann, "is over"));
    }
}
