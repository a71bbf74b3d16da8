package dev.pacesetter.spiffs.service;

import dev.pacesetter.client.api.ActivitiesApi;
import dev.pacesetter.client.api.CompensationApi;
import dev.pacesetter.client.api.SpiffsApi;
import dev.pacesetter.client.model.ActivityInput;
import dev.pacesetter.client.model.CompEstimate;
import dev.pacesetter.client.model.CompEstimateRequest;
import dev.pacesetter.client.model.CompNewAssignment;
import dev.pacesetter.client.model.CompNewPlanVersion;
import dev.pacesetter.client.model.CompPeriodKind;
import dev.pacesetter.client.model.CompPlanComponent;
import dev.pacesetter.client.model.CompPlanVersion;
import dev.pacesetter.client.model.CompQuotaInput;
import dev.pacesetter.client.model.CompTier;
import dev.pacesetter.client.model.SpiffAwardAction;
import dev.pacesetter.client.model.SpiffAwardTransition;
import dev.pacesetter.client.model.SpiffEstimate;
import dev.pacesetter.client.model.SpiffNewProgram;
import dev.pacesetter.client.model.SpiffProgram;
import dev.pacesetter.client.model.SpiffQualification;
import dev.pacesetter.client.model.SpiffReward;
import dev.pacesetter.client.model.SpiffRewardKind;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.testing.TestOrg;
import jakarta.enterprise.inject.spi.CDI;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SPIFFs where they meet compensation: the payroll CSV and the deal estimator. */
class SpiffPayrollIT {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static SpiffNewProgram program(String product, SpiffReward reward) {
        LocalDate today = LocalDate.now(NEW_YORK);
        return new SpiffNewProgram().name("Push " + product)
                .qualification(new SpiffQualification().types(List.of("DEAL_WON")).products(List.of(product)))
                .reward(reward).startDate(today.minusDays(20)).endDate(today.plusDays(20));
    }

    @Test
    void financeApprovedAndPaidAwardsAreLinesOfThePayrollCsv() throws Exception {
        TestOrg org = TestOrg.create(2);
        SpiffsApi admin = new SpiffsApi(org.client(org.admin));
        SpiffsApi manager = new SpiffsApi(org.client(org.manager));
        String product = "P-" + UUID.randomUUID().toString().substring(0, 8);
        SpiffProgram program = admin.createSpiff(program(product, new SpiffReward().kind(SpiffRewardKind.FIXED_PER_UNIT)
                .amount("300.00").unitsPerReward(1)), null);
        OffsetDateTime when = OffsetDateTime.now(ZoneOffset.UTC).minusHours(1);
        for (UserView rep : org.reps) {
            new ActivitiesApi(org.client(org.integration)).ingestActivity(new ActivityInput().source("crm")
                    .externalId(UUID.randomUUID().toString()).type("DEAL_WON").userId(rep.id()).occurredAt(when)
                    .amount("1000.00").currency("USD").product(product));
        }
        CDI.current().select(SpiffWorker.class).get().catchUpNow(org.org.id());
        var awards = admin.listSpiffAwards(program.getId(), null, null, null, null).getItems();
        long paid = awards.getFirst().getId();
        manager.transitionSpiffAward(paid, new SpiffAwardTransition().action(SpiffAwardAction.APPROVE));
        admin.transitionSpiffAward(paid, new SpiffAwardTransition().action(SpiffAwardAction.APPROVE_FINAL));
        admin.transitionSpiffAward(paid, new SpiffAwardTransition().action(SpiffAwardAction.PAY));
        // the other award is only approved by the manager: not yet payroll's
        manager.transitionSpiffAward(awards.get(1).getId(), new SpiffAwardTransition().action(SpiffAwardAction.APPROVE));

        YearMonth month = YearMonth.from(when.atZoneSameInstant(NEW_YORK));
        List<String> rows = Files.readAllLines(new CompensationApi(org.client(org.admin))
                .exportPayouts(month.atDay(1), month.plusMonths(1).atDay(1)).toPath());

        List<String> spiffRows = rows.stream().filter(r -> r.contains(",spiff/" + program.getId() + ",")).toList();
        assertEquals(1, spiffRows.size(), rows.toString());
        assertTrue(spiffRows.getFirst().startsWith(awards.getFirst().getUserId() + ","), spiffRows.toString());
        assertTrue(spiffRows.getFirst().endsWith("," + month + ",spiff/" + program.getId() + ",Push " + product
                + ",300.00,0.00,300.00,USD,PAID"), spiffRows.toString());
    }

    /** A flat 5 % monthly plan and a quota for the rep, so the estimator can answer. */
    private static void flatPlan(TestOrg org, UserView rep, String planKey) throws Exception {
        CompensationApi comp = new CompensationApi(org.client(org.admin));
        LocalDate today = LocalDate.now(NEW_YORK);
        CompPlanVersion plan = comp.createPlanVersion(new CompNewPlanVersion().planKey(planKey).name("Flat")
                .periodKind(CompPeriodKind.MONTH).effectiveFrom(today.withDayOfMonth(1)).components(List.of(
                        new CompPlanComponent().id("commission").kind(CompPlanComponent.KindEnum.RATE_TABLE)
                                .mode(CompPlanComponent.ModeEnum.MARGINAL)
                                .tiers(List.of(new CompTier().fromPercent("0").ratePercent("5"))))), null);
        comp.createAssignment(new CompNewAssignment().userId(rep.id()).planKey(plan.getPlanKey()).version(1)
                .from(today.withDayOfMonth(1)), null);
        comp.setQuota(rep.id(), YearMonth.from(today).toString(), new CompQuotaInput().amount("100000.00")
                .targetIncentive("5000.00").currency("USD"));
    }

    /**
     * The estimator reads the ledger once for all programs (from the earliest start) and gives each
     * program only its own window, minus its own rejected awards: a first-past-the-post prize already
     * won ten days ago blocks the deal in a program that started before it, not in one that started
     * today, and not in one where that win was rejected.
     */
    @Test
    void eachProgramJudgesTheDealOnItsOwnWindowAndRejections() throws Exception {
        TestOrg org = TestOrg.create(2);
        UserView rep = org.reps.getFirst();
        UserView rival = org.reps.get(1);
        flatPlan(org, rep, "spiff-windows");
        LocalDate today = LocalDate.now(NEW_YORK);
        String product = "P-" + UUID.randomUUID().toString().substring(0, 8);
        SpiffsApi admin = new SpiffsApi(org.client(org.admin));
        SpiffReward firstPast = new SpiffReward().kind(SpiffRewardKind.FIXED_PRIZE_FIRST_N).amount("500.00").firstN(1);
        SpiffProgram taken = admin.createSpiff(program(product, firstPast).name("Taken"), null);
        SpiffProgram fresh = admin.createSpiff(program(product, firstPast).name("Fresh").startDate(today), null);
        SpiffProgram reopened = admin.createSpiff(program(product, firstPast).name("Reopened"), null);
        new ActivitiesApi(org.client(org.integration)).ingestActivity(new ActivityInput().source("crm")
                .externalId(UUID.randomUUID().toString()).type("DEAL_WON").userId(rival.id())
                .occurredAt(OffsetDateTime.now(ZoneOffset.UTC).minusDays(10)).amount("1000.00").currency("USD")
                .product(product));
        CDI.current().select(SpiffWorker.class).get().catchUpNow(org.org.id());
        var won = admin.listSpiffAwards(reopened.getId(), null, null, null, null).getItems();
        assertEquals(1, won.size(), won.toString());
        new SpiffsApi(org.client(org.manager)).transitionSpiffAward(won.getFirst().getId(),
                new SpiffAwardTransition().action(SpiffAwardAction.REJECT));

        CompEstimate estimate = new CompensationApi(org.client(rep)).estimateDeal(new CompEstimateRequest()
                .amount("40000.00").currency("USD").product(product).closeDate(today));

        List<Long> triggered = estimate.getSpiffs().stream().map(SpiffEstimate::getSpiffId).toList();
        assertEquals(List.of(fresh.getId(), reopened.getId()), triggered, estimate.toString());
        assertTrue(estimate.getSpiffs().stream().allMatch(s -> "500.00".equals(s.getReward())), estimate.toString());
        assertTrue(admin.listSpiffAwards(taken.getId(), null, null, null, null).getItems().size() == 1);
    }

    @Test
    void theEstimatorListsTheSpiffsADealWouldTrigger() throws Exception {
        TestOrg org = TestOrg.create(1);
        UserView rep = org.reps.getFirst();
        CompensationApi comp = new CompensationApi(org.client(org.admin));
        LocalDate today = LocalDate.now(NEW_YORK);
        CompPlanVersion plan = comp.createPlanVersion(new CompNewPlanVersion().planKey("spiff-est").name("Flat")
                .periodKind(CompPeriodKind.MONTH).effectiveFrom(today.withDayOfMonth(1)).components(List.of(
                        new CompPlanComponent().id("commission").kind(CompPlanComponent.KindEnum.RATE_TABLE)
                                .mode(CompPlanComponent.ModeEnum.MARGINAL)
                                .tiers(List.of(new CompTier().fromPercent("0").ratePercent("5"))))), null);
        comp.createAssignment(new CompNewAssignment().userId(rep.id()).planKey(plan.getPlanKey()).version(1)
                .from(today.withDayOfMonth(1)), null);
        comp.setQuota(rep.id(), YearMonth.from(today).toString(), new CompQuotaInput().amount("100000.00")
                .targetIncentive("5000.00").currency("USD"));
        String product = "P-" + UUID.randomUUID().toString().substring(0, 8);
        SpiffProgram percent = new SpiffsApi(org.client(org.admin)).createSpiff(program(product,
                new SpiffReward().kind(SpiffRewardKind.PERCENT_OF_AMOUNT).percent("2.5")), null);
        new SpiffsApi(org.client(org.admin)).createSpiff(program("Elsewhere", new SpiffReward()
                .kind(SpiffRewardKind.FIXED_PER_UNIT).amount("99.00")), null);

        CompEstimate estimate = new CompensationApi(org.client(rep)).estimateDeal(new CompEstimateRequest()
                .amount("40000.00").currency("USD").product(product).closeDate(today));

        // 2.5 % of 40,000.00 = 1,000.00; the other program wants another product.
        assertEquals(1, estimate.getSpiffs().size(), estimate.toString());
        SpiffEstimate spiff = estimate.getSpiffs().getFirst();
        assertEquals(percent.getId(), spiff.getSpiffId());
        assertEquals("1000.00", spiff.getReward());
        assertTrue(spiff.getExplanation().contains("2.5% of USD 40,000.00"), spiff.getExplanation());
    }
}
