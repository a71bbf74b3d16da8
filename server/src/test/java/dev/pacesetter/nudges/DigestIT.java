package dev.pacesetter.nudges;

import dev.pacesetter.client.api.ActivitiesApi;
import dev.pacesetter.client.api.NudgesApi;
import dev.pacesetter.client.model.ActivityBatch;
import dev.pacesetter.client.model.ActivityInput;
import dev.pacesetter.client.model.InboxItem;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.testing.Projection;
import dev.pacesetter.testing.TestOrg;
import jakarta.enterprise.inject.spi.CDI;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The morning digest carries the rep's real yesterday (in their zone) and today's board rank. */
class DigestIT {

    private static ActivityInput activity(UserView rep, String type, OffsetDateTime at) {
        return new ActivityInput().source("crm").externalId(UUID.randomUUID().toString()).type(type)
                .userId(rep.id()).occurredAt(at);
    }

    @Test
    void theDigestCountsYesterdayInTheRepsZoneAndNamesTheirRank() throws Exception {
        TestOrg org = TestOrg.create(2);
        UserView rep = org.reps.getFirst();
        // TestOrg users live in New York; "yesterday" is their local yesterday.
        ZoneId zone = ZoneId.of("America/New_York");
        ZonedDateTime todayStart = ZonedDateTime.now(zone).toLocalDate().atStartOfDay(zone);
        OffsetDateTime yesterdayNoon = todayStart.minusHours(12).toOffsetDateTime();
        OffsetDateTime twoDaysAgo = todayStart.minusHours(30).toOffsetDateTime();
        ActivityBatch batch = new ActivityBatch()
                .addActivitiesItem(activity(rep, "DEAL_WON", yesterdayNoon).amount("1500.00").currency("USD"))
                .addActivitiesItem(activity(rep, "CALL_LOGGED", yesterdayNoon))
                .addActivitiesItem(activity(rep, "CALL_LOGGED", twoDaysAgo))
                // Today's deal puts the rep on this month's board even on the 1st.
                .addActivitiesItem(activity(rep, "DEAL_WON", OffsetDateTime.now().minusMinutes(1)).amount("10.00")
                        .currency("USD"));
        new ActivitiesApi(org.client(org.integration)).ingestActivities(batch.atomic(true), null);
        Projection.awaitCaughtUp(org.org.id());

        DigestJob digests = CDI.current().select(DigestJob.class).get();
        assertTrue(digests.makeNow(rep, Instant.now()));
        assertFalse(digests.makeNow(rep, Instant.now()), "one digest a day");
        Outboxes.settle(org);

        List<InboxItem> inbox = new NudgesApi(org.client(rep)).getMyInbox(null, null, null).getItems();
        assertEquals(1, inbox.size());
        String body = inbox.getFirst().getBody();
        assertTrue(body.startsWith("Yesterday: 2 activities, "), body);
        assertTrue(body.contains(" points, 1500.00 USD won. Revenue board this month: #1 · Live contests: "), body);
    }
}
