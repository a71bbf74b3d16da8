package dev.pacesetter.nudges;

import dev.pacesetter.client.api.ActivitiesApi;
import dev.pacesetter.client.api.NudgesApi;
import dev.pacesetter.client.model.ActivityBatch;
import dev.pacesetter.client.model.ActivityInput;
import dev.pacesetter.client.model.InboxItem;
import dev.pacesetter.client.model.NudgeDelivery;
import dev.pacesetter.client.model.NudgeState;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.testing.Projection;
import dev.pacesetter.testing.TestOrg;
import jakarta.enterprise.inject.spi.CDI;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "You were overtaken" from real ingests on the revenue board of the month. */
class OvertakenIT {

    private static ActivityInput deal(UserView rep, String amount) {
        return new ActivityInput().source("crm").externalId(UUID.randomUUID().toString()).type("DEAL_WON")
                .userId(rep.id()).occurredAt(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1)).amount(amount)
                .currency("USD");
    }

    private static List<NudgeDelivery> overtaken(TestOrg org, UserView rep) throws Exception {
        return new NudgesApi(org.client(org.admin)).listNudgeDeliveries(null, 200, rep.id(), null).getItems()
                .stream().filter(d -> "OVERTAKEN".equals(d.getKind())).toList();
    }

    @Test
    void theRepsPassedByADealAreNudgedAndTheLeaderIsNot() throws Exception {
        TestOrg org = TestOrg.create(3);
        UserView leader = org.reps.get(0);
        UserView second = org.reps.get(1);
        UserView climber = org.reps.get(2);
        ActivitiesApi crm = new ActivitiesApi(org.client(org.integration));
        crm.ingestActivities(new ActivityBatch().activities(List.of(deal(leader, "300.00"), deal(second, "200.00"))), null);
        Projection.awaitCaughtUp(org.org.id());
        crm.ingestActivities(new ActivityBatch().activities(List.of(deal(climber, "250.00"))), null);

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (overtaken(org, second).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(1, overtaken(org, second).size(), "the second place was passed");
        // The first batch ranked the leader and the second from nothing: being level at zero is not being passed.
        assertTrue(overtaken(org, leader).isEmpty(), "nobody passed the leader");
        assertTrue(overtaken(org, climber).isEmpty(), "the climber passed, was not passed");
        // Held for the collapse window before its first dispatch.
        assertEquals(NudgeState.QUEUED, overtaken(org, second).getFirst().getState());

        CDI.current().select(NudgeDispatcher.class).get()
                .dispatchDue(Instant.now().plus(NudgeOutbox.COLLAPSE_HOLD).plusSeconds(5));
        List<InboxItem> inbox = new NudgesApi(org.client(second)).getMyInbox(null, null, null).getItems();
        assertEquals(1, inbox.size());
        assertEquals("Rep2 just passed you", inbox.getFirst().getTitle());
        assertTrue(inbox.getFirst().getBody().startsWith("You're now #3 in Revenue "), inbox.getFirst().getBody());
        assertTrue(inbox.getFirst().getBody().contains("50.00 USD behind"), inbox.getFirst().getBody());
    }

    @Test
    void backfilledActivityPassesNobody() throws Exception {
        TestOrg org = TestOrg.create(4);
        UserView second = org.reps.get(1);
        ActivitiesApi crm = new ActivitiesApi(org.client(org.integration));
        crm.ingestActivities(new ActivityBatch().activities(List.of(deal(org.reps.get(0), "300.00"),
                deal(second, "200.00"))), null);
        Projection.awaitCaughtUp(org.org.id());
        ActivityInput old = deal(org.reps.get(2), "250.00").occurredAt(OffsetDateTime.now(ZoneOffset.UTC).minusHours(3));
        crm.ingestActivities(new ActivityBatch().activities(List.of(old)), null);
        Projection.awaitCaughtUp(org.org.id());
        // A fresh deal afterwards: once its nudge exists, the watcher has looked at the old one too.
        crm.ingestActivities(new ActivityBatch().activities(List.of(deal(org.reps.get(3), "210.00"))), null);

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (overtaken(org, second).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(1, overtaken(org, second).size(), "only the fresh deal passed the second place");
        CDI.current().select(NudgeDispatcher.class).get()
                .dispatchDue(Instant.now().plus(NudgeOutbox.COLLAPSE_HOLD).plusSeconds(5));
        assertEquals("Rep3 just passed you",
                new NudgesApi(org.client(second)).getMyInbox(null, null, null).getItems().getFirst().getTitle());
    }
}
