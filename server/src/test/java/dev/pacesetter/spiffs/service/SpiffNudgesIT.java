package dev.pacesetter.spiffs.service;

import dev.pacesetter.client.api.ActivitiesApi;
import dev.pacesetter.client.api.NudgesApi;
import dev.pacesetter.client.api.SpiffsApi;
import dev.pacesetter.client.model.ActivityInput;
import dev.pacesetter.client.model.NudgeDelivery;
import dev.pacesetter.client.model.SpiffAwardAction;
import dev.pacesetter.client.model.SpiffAwardTransition;
import dev.pacesetter.client.model.SpiffNewProgram;
import dev.pacesetter.client.model.SpiffProgram;
import dev.pacesetter.client.model.SpiffQualification;
import dev.pacesetter.client.model.SpiffReward;
import dev.pacesetter.client.model.SpiffRewardKind;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.testing.TestOrg;
import jakarta.enterprise.inject.spi.CDI;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The SPIFF nudges: close to a reward (once), earned, approved by finance, paid. */
class SpiffNudgesIT {

    @Test
    void aRepIsNudgedOnceWhenCloseThenOnEarningApprovalAndPayment() throws Exception {
        TestOrg org = TestOrg.create(1);
        UserView rep = org.reps.getFirst();
        LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));
        SpiffsApi admin = new SpiffsApi(org.client(org.admin));
        SpiffProgram program = admin.createSpiff(new SpiffNewProgram().name("Double up")
                .qualification(new SpiffQualification().types(List.of("DEAL_WON")))
                .reward(new SpiffReward().kind(SpiffRewardKind.FIXED_PER_UNIT).amount("500.00").unitsPerReward(2))
                .startDate(today.minusDays(5)).endDate(today.plusDays(5)), null);
        ActivitiesApi crm = new ActivitiesApi(org.client(org.integration));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        SpiffWorker worker = CDI.current().select(SpiffWorker.class).get();

        crm.ingestActivity(deal(rep, now.minusHours(3)));
        worker.catchUpNow(org.org.id());
        crm.ingestActivity(new ActivityInput().source("dialer").externalId(UUID.randomUUID().toString())
                .type("CALL_LOGGED").userId(rep.id()).occurredAt(now.minusHours(2)));
        worker.catchUpNow(org.org.id()); // still one away: no second CLOSE_TO_SPIFF
        crm.ingestActivity(deal(rep, now.minusHours(1)));
        worker.catchUpNow(org.org.id());
        long award = admin.listSpiffAwards(program.getId(), null, null, null, null).getItems().getFirst().getId();
        new SpiffsApi(org.client(org.manager)).transitionSpiffAward(award, new SpiffAwardTransition().action(SpiffAwardAction.APPROVE));
        admin.transitionSpiffAward(award, new SpiffAwardTransition().action(SpiffAwardAction.APPROVE_FINAL));
        admin.transitionSpiffAward(award, new SpiffAwardTransition().action(SpiffAwardAction.PAY));

        Map<String, Long> kinds = new NudgesApi(org.client(org.admin)).listNudgeDeliveries(null, 200, rep.id(), null)
                .getItems().stream().map(NudgeDelivery::getKind).filter(k -> k.contains("SPIFF"))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertEquals(Map.of("CLOSE_TO_SPIFF", 1L, "SPIFF_EARNED", 1L, "SPIFF_APPROVED", 1L, "SPIFF_PAID", 1L), kinds);
    }

    private static ActivityInput deal(UserView rep, OffsetDateTime when) {
        return new ActivityInput().source("crm").externalId(UUID.randomUUID().toString()).type("DEAL_WON")
                .userId(rep.id()).occurredAt(when).amount("1000.00").currency("USD").product("Platform");
    }
}
