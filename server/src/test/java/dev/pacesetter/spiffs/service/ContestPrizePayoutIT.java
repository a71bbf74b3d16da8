package dev.pacesetter.spiffs.service;

import dev.pacesetter.client.api.ActivitiesApi;
import dev.pacesetter.client.api.CompensationApi;
import dev.pacesetter.client.api.ContestsApi;
import dev.pacesetter.client.api.SpiffsApi;
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
import dev.pacesetter.client.model.NewContest;
import dev.pacesetter.client.model.PayoutItem;
import dev.pacesetter.client.model.SpiffAwardAction;
import dev.pacesetter.client.model.SpiffAwardStatus;
import dev.pacesetter.client.model.SpiffAwardTransition;
import dev.pacesetter.contests.service.ContestProjector;
import dev.pacesetter.contests.service.ContestScheduler;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.testing.Await;
import dev.pacesetter.testing.Problems;
import dev.pacesetter.testing.TestOrg;
import jakarta.enterprise.inject.spi.CDI;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A finalised contest's cash prize goes the way of SPIFF awards: approved, paid, on the payroll CSV. */
class ContestPrizePayoutIT {

    @Test
    void aCashPrizeIsApprovedPaidAndExportedOnce() throws Exception {
        TestOrg org = TestOrg.create(2);
        UserView winner = org.reps.get(0);
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).minusHours(1);
        ContestsApi contests = new ContestsApi(org.client(org.admin));
        Contest contest = contests.createContest(new NewContest().name("Call race").kind(ContestKind.LEADERBOARD_RACE)
                .winners(1).metric(new ContestMetric().activityTypes(List.of("CALL_LOGGED"))
                        .aggregation(ContestMetric.AggregationEnum.COUNT))
                .audience(new ContestAudience().teamIds(List.of(org.team.id())))
                .startsAt(start).endsAt(start.plusHours(2)).graceMinutes(0)
                .addPrizesItem(new ContestPrize().rank(1).description("Team dinner").cashValue("150.00").currency("USD")), null);
        contests.actOnContest(contest.getId(), new ContestActionRequest().action(ContestAction.SCHEDULE));
        ContestScheduler scheduler = CDI.current().select(ContestScheduler.class).get();
        scheduler.advance(contest.getId(), Instant.now());
        // The background scheduler may hold the START step (this call then skipped it): wait for its commit.
        Await.until(() -> contests.getContest(contest.getId()), c -> c.getStatus() == ContestStatus.LIVE);
        new ActivitiesApi(org.client(org.integration)).ingestActivities(new ActivityBatch().atomic(true).activities(List.of(
                new ActivityInput().source("dialer").externalId(UUID.randomUUID().toString()).type("CALL_LOGGED")
                        .userId(winner.id()).occurredAt(start.plusMinutes(5)))), null);
        CDI.current().select(ContestProjector.class).get().catchUpNow(contest.getId());
        scheduler.advance(contest.getId(), Instant.now().plus(3, ChronoUnit.HOURS));

        SpiffsApi admin = new SpiffsApi(org.client(org.admin));
        // The background scheduler may have claimed the due steps first (SKIP LOCKED): wait for its commit.
        List<PayoutItem> items = admin.listPayoutItems(null, null, null, null).getItems();
        for (int i = 0; i < 50 && items.isEmpty(); i++) {
            Thread.sleep(100);
            items = admin.listPayoutItems(null, null, null, null).getItems();
        }

        assertEquals(1, items.size(), items.toString());
        PayoutItem prize = items.getFirst();
        assertEquals(winner.id(), prize.getUserId());
        assertEquals("150.00", prize.getAmount());
        assertEquals("contest/" + contest.getId(), prize.getReference());
        assertEquals(SpiffAwardStatus.ACCRUED, prize.getStatus());
        assertEquals(1, admin.listPayoutItems(null, null, null, null).getItems().size(), "a second pull adds nothing");
        assertEquals(List.of(), new SpiffsApi(org.client(org.reps.get(1))).listPayoutItems(null, null, null, null).getItems());

        Problems.expect(409, () -> admin.transitionPayoutItem(prize.getId(), new SpiffAwardTransition().action(SpiffAwardAction.PAY)));
        new SpiffsApi(org.client(org.manager)).transitionPayoutItem(prize.getId(),
                new SpiffAwardTransition().action(SpiffAwardAction.APPROVE));
        admin.transitionPayoutItem(prize.getId(), new SpiffAwardTransition().action(SpiffAwardAction.APPROVE_FINAL));
        assertEquals(SpiffAwardStatus.PAID, admin.transitionPayoutItem(prize.getId(),
                new SpiffAwardTransition().action(SpiffAwardAction.PAY)).getStatus());

        YearMonth month = YearMonth.from(prize.getEarnedAt().atZoneSameInstant(ZoneId.of("America/New_York")));
        List<String> rows = Files.readAllLines(new CompensationApi(org.client(org.admin))
                .exportPayouts(month.atDay(1), month.plusMonths(1).atDay(1)).toPath());
        List<String> prizeRows = rows.stream().filter(r -> r.contains(",contest/" + contest.getId() + ",")).toList();
        assertEquals(1, prizeRows.size(), rows.toString());
        assertTrue(prizeRows.getFirst().endsWith(",Call race: Team dinner,150.00,0.00,150.00,USD,PAID"), prizeRows.toString());
    }
}
