package dev.pacesetter.spiffs.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pacesetter.client.api.ActivitiesApi;
import dev.pacesetter.client.api.SpiffsApi;
import dev.pacesetter.client.model.ActivityInput;
import dev.pacesetter.client.model.ActivityRef;
import dev.pacesetter.client.model.Correction;
import dev.pacesetter.client.model.SpiffAward;
import dev.pacesetter.client.model.SpiffAwardAction;
import dev.pacesetter.client.model.SpiffAwardStatus;
import dev.pacesetter.client.model.SpiffAwardTransition;
import dev.pacesetter.client.model.SpiffNewProgram;
import dev.pacesetter.client.model.SpiffProgram;
import dev.pacesetter.client.model.SpiffProgress;
import dev.pacesetter.client.model.SpiffQualification;
import dev.pacesetter.client.model.SpiffReward;
import dev.pacesetter.client.model.SpiffRewardKind;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.testing.Problems;
import dev.pacesetter.testing.TestOrg;
import jakarta.enterprise.inject.spi.CDI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SPIFF programs and awards through the generated client, with activity ingested as the CRM. */
class SpiffsIT {
    private static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC);
    private static TestOrg org;
    private static SpiffsApi admin;
    private static SpiffsApi manager;

    @BeforeAll
    static void setUp() {
        org = TestOrg.create(4);
        admin = new SpiffsApi(org.client(org.admin));
        manager = new SpiffsApi(org.client(org.manager));
    }

    /** Each test sells its own product, so programs of other tests in this organisation never qualify. */
    private static String product() {
        return "P-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static SpiffNewProgram perDeal(String product, String amount, int units, String budget) {
        LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));
        return new SpiffNewProgram().name("Push " + product)
                .qualification(new SpiffQualification().types(List.of("DEAL_WON")).products(List.of(product)))
                .reward(new SpiffReward().kind(SpiffRewardKind.FIXED_PER_UNIT).amount(amount).unitsPerReward(units))
                .startDate(today.minusDays(20)).endDate(today.plusDays(20)).budget(budget);
    }

    private static long deal(UserView rep, String product, int hoursAgo, String amount) throws Exception {
        String id = UUID.randomUUID().toString();
        return new ActivitiesApi(org.client(org.integration)).ingestActivity(new ActivityInput().source("crm").externalId(id)
                .type("DEAL_WON").userId(rep.id()).occurredAt(NOW.minusHours(hoursAgo)).amount(amount).currency("USD")
                .product(product)).getId();
    }

    private static String dealExternalId(UserView rep, String product, int hoursAgo) throws Exception {
        String id = UUID.randomUUID().toString();
        new ActivitiesApi(org.client(org.integration)).ingestActivity(new ActivityInput().source("crm").externalId(id)
                .type("DEAL_WON").userId(rep.id()).occurredAt(NOW.minusHours(hoursAgo)).amount("1000.00").currency("USD")
                .product(product));
        return id;
    }

    /** Awards accrue after the append commits; this applies the ledger now instead of waiting for it. */
    private static void caughtUp() {
        CDI.current().select(SpiffWorker.class).get().catchUpNow(org.org.id());
    }

    private static List<SpiffAward> awards(SpiffsApi api, long spiffId) throws Exception {
        return api.listSpiffAwards(spiffId, null, null, null, 200).getItems();
    }

    private static SpiffAwardTransition step(SpiffAwardAction action) {
        return new SpiffAwardTransition().action(action);
    }

    @Test
    void aNewLogoOnlyProgramAwardsOnlyNewLogoDeals() throws Exception {
        String p = product();
        SpiffNewProgram spec = perDeal(p, "300.00", 1, null);
        spec.getQualification().newLogoOnly(true);
        SpiffProgram program = admin.createSpiff(spec, null);
        assertEquals(Boolean.TRUE, program.getQualification().getNewLogoOnly());
        UserView rep = org.reps.get(0);
        ActivitiesApi crm = new ActivitiesApi(org.client(org.integration));
        long newLogo = crm.ingestActivity(new ActivityInput().source("crm").externalId(UUID.randomUUID().toString())
                .type("DEAL_WON").userId(rep.id()).occurredAt(NOW.minusHours(2)).amount("4000.00").currency("USD")
                .product(p).newLogo(true)).getId();
        deal(rep, p, 1, "9000.00"); // an existing customer's deal: no award
        caughtUp();
        List<SpiffAward> awards = awards(admin, program.getId());
        assertEquals(List.of(newLogo), awards.stream().map(SpiffAward::getSourceActivityId).toList());
        assertEquals("300.00", awards.getFirst().getAmount());
    }

    @Test
    void awardsAccrueInQualifyingOrderUntilTheBudgetRunsOut() throws Exception {
        String p = product();
        SpiffProgram program = admin.createSpiff(perDeal(p, "100.00", 1, "250.00"), null);
        List<UserView> reps = org.reps;
        // Ingested in rep order, but they occurred 1, 3, 2 and 4 hours ago: qualifying order is rep 3, 1, 2, 0.
        deal(reps.get(0), p, 1, "5000.00");
        deal(reps.get(1), p, 3, "5000.00");
        deal(reps.get(2), p, 2, "5000.00");
        deal(reps.get(3), p, 4, "5000.00");
        deal(reps.get(0), "Other", 5, "5000.00");
        caughtUp();

        List<SpiffAward> all = awards(admin, program.getId());
        List<SpiffAward> awards = all.stream().filter(a -> a.getStatus() != SpiffAwardStatus.CLAWED_BACK).toList();

        // 100 + 100 use 200 of the 250; the third gets the 50 left; the fourth nothing. (Had the worker
        // accrued rep 0's deal before the earlier ones arrived, that award is now clawed back: displaced.)
        assertTrue(all.stream().filter(a -> a.getStatus() == SpiffAwardStatus.CLAWED_BACK)
                .allMatch(a -> a.getUserId() == reps.get(0).id() && "0.00".equals(a.getPayable())), all.toString());
        assertEquals(List.of(reps.get(3).id(), reps.get(1).id(), reps.get(2).id()),
                awards.stream().map(SpiffAward::getUserId).toList());
        assertEquals(List.of("100.00", "100.00", "50.00"), awards.stream().map(SpiffAward::getAmount).toList());
        assertTrue(awards.get(2).getReduced());
        assertTrue(awards.get(2).getExplanation().contains("left in the budget"), awards.get(2).getExplanation());
        assertTrue(awards.stream().allMatch(a -> a.getStatus() == SpiffAwardStatus.ACCRUED));
        SpiffProgram now = admin.getSpiff(program.getId());
        assertEquals("250.00", now.getAwarded());
        assertEquals("0.00", now.getBudgetRemaining());
        // a replay of the ledger changes nothing: awards are upserted by (program, source activity)
        CDI.current().select(AwardAccrual.class).get().recompute(program.getId(), true);
        assertEquals(all, awards(admin, program.getId()));
        // exhausted: nothing is available to anyone any more
        SpiffProgress progress = new SpiffsApi(org.client(reps.get(0))).getSpiffProgress(program.getId(), null);
        assertEquals(0, progress.getUnitsToNext());
    }

    @Test
    void approvalsGoManagerThenFinanceThenPaidAndIllegalMovesAreConflicts() throws Exception {
        String p = product();
        SpiffProgram program = admin.createSpiff(perDeal(p, "300.00", 1, null), null);
        UserView rep = org.reps.get(0);
        deal(rep, p, 2, "1000.00");
        caughtUp();
        long id = awards(admin, program.getId()).getFirst().getId();

        JsonNode early = Problems.expect(409, () -> admin.transitionSpiffAward(id, step(SpiffAwardAction.PAY)));
        assertTrue(early.path("detail").asText().contains("state ACCRUED"), early.toString());
        Problems.expect(403, () -> new SpiffsApi(org.client(rep)).transitionSpiffAward(id, step(SpiffAwardAction.APPROVE)));
        assertEquals(SpiffAwardStatus.APPROVED, manager.transitionSpiffAward(id, step(SpiffAwardAction.APPROVE)).getStatus());
        Problems.expect(409, () -> manager.transitionSpiffAward(id, step(SpiffAwardAction.APPROVE)));
        Problems.expect(403, () -> manager.transitionSpiffAward(id, step(SpiffAwardAction.APPROVE_FINAL)));
        assertEquals(SpiffAwardStatus.APPROVED_FINAL,
                admin.transitionSpiffAward(id, step(SpiffAwardAction.APPROVE_FINAL)).getStatus());
        SpiffAward paid = admin.transitionSpiffAward(id, step(SpiffAwardAction.PAY));

        assertEquals(SpiffAwardStatus.PAID, paid.getStatus());
        assertEquals(List.of(SpiffAwardStatus.ACCRUED, SpiffAwardStatus.APPROVED, SpiffAwardStatus.APPROVED_FINAL,
                SpiffAwardStatus.PAID), paid.getHistory().stream().map(s -> s.getStatus()).toList());
        assertNull(paid.getHistory().getFirst().getActorId(), "the ledger accrued it");
        assertEquals(org.manager.id(), paid.getHistory().get(1).getActorId());
        assertEquals(org.admin.id(), paid.getHistory().get(3).getActorId());
        Problems.expect(409, () -> admin.transitionSpiffAward(id, step(SpiffAwardAction.REJECT)));
        assertEquals(4, CDI.current().select(SpiffAudit.class).get().count(org.org.id(), "AWARD", id));
    }

    @Test
    void repsReadTheirOwnManagersTheirReportsAndOtherOrganisationsNothing() throws Exception {
        String p = product();
        SpiffProgram program = admin.createSpiff(perDeal(p, "100.00", 1, null), null);
        UserView ana = org.reps.get(0);
        UserView ben = org.reps.get(1);
        deal(ana, p, 2, "1000.00");
        deal(ben, p, 3, "1000.00");
        caughtUp();
        SpiffsApi asAna = new SpiffsApi(org.client(ana));

        assertEquals(List.of(ana.id()), awards(asAna, program.getId()).stream().map(SpiffAward::getUserId).toList());
        assertEquals(2, awards(manager, program.getId()).size());
        long bens = awards(manager, program.getId()).stream().filter(a -> a.getUserId() == ben.id()).findFirst()
                .orElseThrow().getId();
        Problems.expect(404, () -> asAna.getSpiffAward(bens));
        Problems.expect(404, () -> asAna.listSpiffAwards(program.getId(), ben.id(), null, null, null));
        Problems.expect(403, () -> new SpiffsApi(org.client(org.integration)).listSpiffAwards(null, null, null, null, null));
        Problems.expect(403, () -> asAna.createSpiff(perDeal(p, "1.00", 1, null), null));
        TestOrg other = TestOrg.create(1);
        SpiffsApi otherAdmin = new SpiffsApi(other.client(other.admin));
        Problems.expect(404, () -> otherAdmin.getSpiffAward(bens));
        Problems.expect(404, () -> otherAdmin.getSpiff(program.getId()));
    }

    @Test
    void aReversedDealClawsTheAwardBack() throws Exception {
        String p = product();
        SpiffProgram program = admin.createSpiff(perDeal(p, "200.00", 1, null), null);
        UserView rep = org.reps.get(2);
        String externalId = dealExternalId(rep, p, 2);
        caughtUp();
        long id = awards(admin, program.getId()).getFirst().getId();
        manager.transitionSpiffAward(id, step(SpiffAwardAction.APPROVE));

        new ActivitiesApi(org.client(org.integration)).ingestActivity(new ActivityInput().source("crm")
                .externalId(externalId + "-reversed").type("DEAL_WON").userId(rep.id()).occurredAt(NOW.minusMinutes(5))
                .corrects(new ActivityRef().source("crm").externalId(externalId)).correction(Correction.REVERSAL));
        caughtUp();

        SpiffAward award = admin.getSpiffAward(id);
        assertEquals(SpiffAwardStatus.CLAWED_BACK, award.getStatus());
        assertEquals("200.00", award.getAmount());
        assertEquals("200.00", award.getClawback());
        assertEquals("0.00", award.getPayable());
        assertEquals("0.00", admin.getSpiff(program.getId()).getAwarded());
    }

    @Test
    void progressSaysHowManyMoreDealsEarnTheBonus() throws Exception {
        String p = product();
        SpiffProgram program = admin.createSpiff(perDeal(p, "500.00", 2, null), null);
        UserView rep = org.reps.get(3);
        SpiffsApi asRep = new SpiffsApi(org.client(rep));
        deal(rep, p, 3, "1000.00");
        caughtUp();

        SpiffProgress one = asRep.getSpiffProgress(program.getId(), null);
        assertEquals(1, one.getUnitsToNext());
        assertEquals("1 more " + p + " deal for the USD 500.00 bonus in Push " + p + ".", one.getMessage());
        assertTrue(awards(admin, program.getId()).isEmpty());

        deal(rep, p, 2, "1000.00");
        caughtUp();
        SpiffProgress two = asRep.getSpiffProgress(program.getId(), null);
        assertEquals(1, two.getAwards());
        assertEquals("500.00", two.getEarned());
        assertEquals(2, two.getUnitsToNext());
        assertEquals(List.of("500.00"), awards(asRep, program.getId()).stream().map(SpiffAward::getAmount).toList());
    }

    @Test
    void anInvalidProgramNamesTheField() {
        SpiffNewProgram bad = perDeal(product(), null, 3, null);
        bad.getReward().kind(SpiffRewardKind.PERCENT_OF_AMOUNT).percent("5");
        JsonNode problem = Problems.expect(422, () -> admin.createSpiff(bad, null));
        assertTrue(Problems.names(problem, "reward.unitsPerReward", null), problem.toString());
        SpiffNewProgram backwards = perDeal(product(), "1.00", 1, null);
        backwards.endDate(backwards.getStartDate().minusDays(1));
        assertTrue(Problems.names(Problems.expect(422, () -> admin.createSpiff(backwards, null)), "endDate", null));
    }

    @Test
    void aChangedProgramIsRecomputedAndAuditedBeforeAndAfter() throws Exception {
        String p = product();
        SpiffProgram program = admin.createSpiff(perDeal(p, "100.00", 1, null), null);
        deal(org.reps.get(1), p, 2, "1000.00");
        caughtUp();

        SpiffProgram changed = admin.updateSpiff(program.getId(), perDeal(p, "150.00", 1, null));

        assertEquals("150.00", changed.getAwarded());
        assertEquals(List.of("150.00"), awards(admin, program.getId()).stream().map(SpiffAward::getAmount).toList());
        assertEquals(2, CDI.current().select(SpiffAudit.class).get().count(org.org.id(), "PROGRAM", program.getId()));
        assertEquals(dev.pacesetter.client.model.SpiffProgram.StatusEnum.ARCHIVED,
                admin.archiveSpiff(program.getId()).getStatus());
        Problems.expect(409, () -> admin.updateSpiff(program.getId(), perDeal(p, "1.00", 1, null)));
    }
}
