package dev.pacesetter.comp.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pacesetter.client.api.CompensationApi;
import dev.pacesetter.client.model.CompNewAssignment;
import dev.pacesetter.client.model.CompNewPlanVersion;
import dev.pacesetter.client.model.CompPlanVersion;
import dev.pacesetter.client.model.CompQuotaInput;
import dev.pacesetter.client.model.CompTier;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.testing.Problems;
import dev.pacesetter.testing.TestOrg;
import jakarta.enterprise.inject.spi.CDI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dev.pacesetter.comp.service.CompFixtures.aePlan;
import static dev.pacesetter.comp.service.CompFixtures.label;
import static dev.pacesetter.comp.service.CompFixtures.month;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Plans, assignments and quotas: validation naming the field, versions, and who may do what. */
class PlanIT {
    private static TestOrg org;
    private static CompensationApi admin;

    @BeforeAll
    static void setUp() {
        org = TestOrg.create(3);
        admin = new CompensationApi(org.client(org.admin));
    }

    @Test
    void postingAnExistingPlanKeyCreatesTheNextVersionAndAuditsIt() throws Exception {
        TestOrg own = TestOrg.create(0); // the audit count below is per organisation
        CompensationApi admin = new CompensationApi(own.client(own.admin));
        LocalDate from = LocalDate.of(2026, 1, 1);
        CompPlanVersion v1 = admin.createPlanVersion(aePlan("versioned", from), null);
        CompPlanVersion v2 = admin.createPlanVersion(aePlan("versioned", from).name("AE monthly, revised"), null);
        assertEquals(1, v1.getVersion());
        assertEquals(2, v2.getVersion());
        assertEquals("AE monthly", admin.getPlanVersion("versioned", 1).getName());
        assertEquals("12", admin.getPlanVersion("versioned", 2).getComponents().getFirst().getTiers().get(1).getRatePercent());
        assertEquals(2, CDI.current().select(Audit.class).get().count(own.org.id(), "plan_version"));
        Problems.expect(404, () -> admin.getPlanVersion("versioned", 3));
    }

    @Test
    void aRateTableWithAGapIsRefusedNamingTheTier() {
        CompNewPlanVersion plan = aePlan("gappy", LocalDate.of(2026, 1, 1));
        plan.getComponents().getFirst().tiers(List.of(new CompTier().fromPercent("0").toPercent("50").ratePercent("5"),
                new CompTier().fromPercent("60").ratePercent("8")));
        JsonNode problem = Problems.expect(422, () -> admin.createPlanVersion(plan, null));
        assertTrue(Problems.names(problem, "components[0].tiers[1].fromPercent", null), problem.toString());
    }

    @Test
    void aCapNeedsExactlyOneLimitAndAmountsMustBeNumbers() {
        CompNewPlanVersion plan = aePlan("capped", LocalDate.of(2026, 1, 1));
        plan.getComponents().getFirst().getCap().amount("1000.00");
        assertTrue(Problems.names(Problems.expect(422, () -> admin.createPlanVersion(plan, null)), "components[0].cap", null));
        CompNewPlanVersion bonus = aePlan("bonus", LocalDate.of(2026, 1, 1));
        bonus.getComponents().get(1).bonus("a lot");
        assertTrue(Problems.names(Problems.expect(422, () -> admin.createPlanVersion(bonus, null)), "components[1].bonus", null));
    }

    @Test
    void assignmentsMustAlignWithPeriodsAndNotOverlap() throws Exception {
        UserView rep = org.reps.get(0);
        CompPlanVersion plan = admin.createPlanVersion(aePlan("assignable", LocalDate.of(2026, 1, 1)), null);
        CompNewAssignment mid = new CompNewAssignment().userId(rep.id()).planKey("assignable").version(1)
                .from(LocalDate.of(2026, 2, 15));
        assertTrue(Problems.names(Problems.expect(422, () -> admin.createAssignment(mid, null)), "from", null));
        CompNewAssignment early = new CompNewAssignment().userId(rep.id()).planKey("assignable").version(1)
                .from(LocalDate.of(2025, 12, 1));
        assertTrue(Problems.names(Problems.expect(422, () -> admin.createAssignment(early, null)), "from", null));
        CompNewAssignment missing = new CompNewAssignment().userId(rep.id()).planKey("assignable").version(9)
                .from(LocalDate.of(2026, 2, 1));
        assertTrue(Problems.names(Problems.expect(422, () -> admin.createAssignment(missing, null)), "version", null));

        admin.createAssignment(new CompNewAssignment().userId(rep.id()).planKey(plan.getPlanKey()).version(1)
                .from(LocalDate.of(2026, 2, 1)).to(LocalDate.of(2026, 3, 31)), null);
        Problems.expect(409, () -> admin.createAssignment(new CompNewAssignment().userId(rep.id())
                .planKey(plan.getPlanKey()).version(1).from(LocalDate.of(2026, 3, 1)), null));
        admin.createAssignment(new CompNewAssignment().userId(rep.id()).planKey(plan.getPlanKey()).version(1)
                .from(LocalDate.of(2026, 4, 1)), null);
        assertEquals(2, new CompensationApi(org.client(rep)).listAssignments(null, null, null).getItems().size());
    }

    @Test
    void quotasArePositiveWholeCentsInTheOrganisationCurrency() throws Exception {
        UserView rep = org.reps.get(1);
        String period = label(month(0));
        assertTrue(Problems.names(Problems.expect(422, () -> admin.setQuota(rep.id(), period,
                new CompQuotaInput().amount("0").targetIncentive("100.00"))), "amount", null));
        assertTrue(Problems.names(Problems.expect(422, () -> admin.setQuota(rep.id(), period,
                new CompQuotaInput().amount("100.001").targetIncentive("100.00"))), "amount", null));
        assertTrue(Problems.names(Problems.expect(422, () -> admin.setQuota(rep.id(), period,
                new CompQuotaInput().amount("100.00").targetIncentive("5").currency("EUR"))), "currency", null));
        assertTrue(Problems.names(Problems.expect(400, () -> admin.setQuota(rep.id(), "2026-13",
                new CompQuotaInput().amount("100.00").targetIncentive("5"))), "period", null));
        admin.setQuota(rep.id(), period, new CompQuotaInput().amount("50000").targetIncentive("5000"));
        assertEquals("50000.00", new CompensationApi(org.client(rep)).getQuota(rep.id(), period).getAmount());
    }

    @Test
    void onlyAdminsManagePlansAndMoneyIsPrivateToTheRepTheirManagersAndAdmins() throws Exception {
        UserView rep = org.reps.get(2);
        UserView other = org.reps.get(0);
        CompFixtures.onPlan(org, List.of(rep));
        String period = label(month(0));
        CompensationApi asRep = new CompensationApi(org.client(rep));
        Problems.expect(403, () -> asRep.createPlanVersion(aePlan("mine", LocalDate.of(2026, 1, 1)), null));
        Problems.expect(403, () -> new CompensationApi(org.client(org.manager)).setQuota(rep.id(), period,
                new CompQuotaInput().amount("1.00").targetIncentive("1.00")));
        Problems.expect(404, () -> new CompensationApi(org.client(other)).getStatement(rep.id(), period));
        Problems.expect(403, () -> new CompensationApi(org.client(org.integration)).getStatement(rep.id(), period));
        assertEquals(rep.id(), asRep.getStatement(rep.id(), period).getUserId());
        assertEquals(rep.id(), new CompensationApi(org.client(org.manager)).getStatement(rep.id(), period).getUserId());
        assertEquals(rep.id(), admin.getStatement(rep.id(), period).getUserId());

        TestOrg elsewhere = TestOrg.create(0);
        Problems.expect(404, () -> new CompensationApi(elsewhere.client(elsewhere.admin)).getStatement(rep.id(), period));
        Problems.expect(404, () -> new CompensationApi(elsewhere.client(elsewhere.admin)).getPlanVersion("ae", 1));
    }
}
