package dev.pacesetter.spiffs.service;

import dev.pacesetter.client.api.ActivitiesApi;
import dev.pacesetter.client.api.SpiffsApi;
import dev.pacesetter.client.model.ActivityInput;
import dev.pacesetter.client.model.SpiffAward;
import dev.pacesetter.client.model.SpiffAwardStatus;
import dev.pacesetter.client.model.SpiffProgram;
import dev.pacesetter.demo.DemoSeeded;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.testing.TestOrg;
import jakarta.enterprise.inject.spi.CDI;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo SPIFFs, seeded into a test organisation with some Platform deals. */
class SpiffDemoIT {

    @Test
    void theDemoHasTwoProgramsOneBudgetUsedUpAndAwardsInSeveralStatuses() throws Exception {
        TestOrg org = TestOrg.create(4);
        ActivitiesApi crm = new ActivitiesApi(org.client(org.integration));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        // 16 Platform deals of USD 6,000 at USD 250 each would be USD 4,000: more than the USD 3,000 budget.
        for (int i = 0; i < 16; i++) {
            UserView rep = org.reps.get(i % org.reps.size());
            crm.ingestActivity(new ActivityInput().source("crm").externalId(UUID.randomUUID().toString()).type("DEAL_WON")
                    .userId(rep.id()).occurredAt(now.minusHours(1 + i)).amount("6000.00").currency("USD").product("Platform"));
        }

        CDI.current().select(SpiffDemo.class).get().onSeeded(new DemoSeeded(org.org.id(), org.admin.id(), org.integration.id()));

        SpiffsApi admin = new SpiffsApi(org.client(org.admin));
        List<SpiffProgram> programs = admin.listSpiffs(null, null).getItems();
        assertEquals(List.of("Platform push", "Meeting blitz"), programs.stream().map(SpiffProgram::getName).toList());
        // USD 3,000 budget: 12 awards of 250. One is rejected, and the 250 it held goes to the 13th deal. The
        // worker recomputes after the rejection commits; an append, caught up here, gets there without waiting.
        crm.ingestActivity(new ActivityInput().source("dialer").externalId(UUID.randomUUID().toString())
                .type("CALL_LOGGED").userId(org.reps.getFirst().id()).occurredAt(now.minusMinutes(1)));
        CDI.current().select(SpiffWorker.class).get().catchUpNow(org.org.id());
        SpiffProgram platform = admin.getSpiff(programs.getFirst().getId());
        List<SpiffAward> awards = admin.listSpiffAwards(platform.getId(), null, null, null, 200).getItems();
        String shown = awards.stream().map(a -> a.getSourceActivityId() + ":" + a.getStatus() + ":" + a.getPayable()).toList().toString();
        assertEquals("3000.00", platform.getAwarded(), shown);
        assertEquals("0.00", platform.getBudgetRemaining());
        Set<SpiffAwardStatus> statuses = awards.stream().map(SpiffAward::getStatus).collect(Collectors.toSet());
        assertEquals(Set.of(SpiffAwardStatus.PAID, SpiffAwardStatus.APPROVED_FINAL, SpiffAwardStatus.APPROVED,
                SpiffAwardStatus.REJECTED, SpiffAwardStatus.ACCRUED), statuses);
        assertTrue(awards.stream().filter(a -> a.getStatus() == SpiffAwardStatus.ACCRUED).count() >= 8);
    }
}
