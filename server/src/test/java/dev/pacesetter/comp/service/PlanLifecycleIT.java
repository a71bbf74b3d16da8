package dev.pacesetter.comp.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pacesetter.client.api.CompensationApi;
import dev.pacesetter.client.model.CompAssignment;
import dev.pacesetter.client.model.CompAssignmentEnd;
import dev.pacesetter.client.model.CompAuditEntity;
import dev.pacesetter.client.model.CompAuditEntry;
import dev.pacesetter.client.model.CompNewAssignment;
import dev.pacesetter.client.model.CompPlanRetirement;
import dev.pacesetter.client.model.CompPlanVersion;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.testing.Problems;
import dev.pacesetter.testing.TestOrg;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static dev.pacesetter.comp.service.CompFixtures.label;
import static dev.pacesetter.comp.service.CompFixtures.month;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Retiring plan versions and ending assignments, with their 409s and audit entries. */
class PlanLifecycleIT {

    @Test
    void aRetiredVersionTakesNoNewAssignmentsButExistingOnesRunOn() throws Exception {
        TestOrg org = TestOrg.create(2);
        UserView onPlan = org.reps.get(0);
        UserView newcomer = org.reps.get(1);
        CompPlanVersion plan = CompFixtures.onPlan(org, List.of(onPlan));
        CompensationApi admin = new CompensationApi(org.client(org.admin));
        Problems.expect(403, () -> new CompensationApi(org.client(org.manager))
                .retirePlanVersion(plan.getPlanKey(), plan.getVersion()));
        Problems.expect(404, () -> admin.retirePlanVersion(plan.getPlanKey(), plan.getVersion() + 1));

        CompPlanRetirement retired = admin.retirePlanVersion(plan.getPlanKey(), plan.getVersion());
        assertEquals(org.admin.id(), retired.getRetiredBy());
        Problems.expect(409, () -> admin.retirePlanVersion(plan.getPlanKey(), plan.getVersion()));
        JsonNode problem = Problems.expect(409, () -> admin.createAssignment(new CompNewAssignment()
                .userId(newcomer.id()).planKey(plan.getPlanKey()).version(plan.getVersion())
                .from(month(-1).atDay(1)), null));
        assertTrue(problem.path("detail").asText().contains("retired"), problem::toString);
        // The rep already on it keeps a statement.
        assertEquals(plan.getPlanKey(), admin.getStatement(onPlan.id(), label(month(-1))).getPlanKey());
        CompAuditEntry entry = admin.listCompAudit(CompAuditEntity.PLAN_VERSION, null, null, null).getItems().getFirst();
        assertEquals("retire", entry.getAction());
        assertEquals(plan.getId(), entry.getEntityId());
    }

    @Test
    void anAssignmentEndsOnAPeriodEndWithoutOverlapOrDroppingAFrozenPeriod() throws Exception {
        TestOrg org = TestOrg.create(1);
        UserView rep = org.reps.get(0);
        CompensationApi admin = new CompensationApi(org.client(org.admin));
        CompPlanVersion plan = CompFixtures.onPlan(org, List.of(rep));
        CompAssignment assignment = admin.listAssignments(null, null, rep.id()).getItems().getFirst();
        long id = assignment.getId();

        Problems.expect(403, () -> new CompensationApi(org.client(org.manager))
                .endAssignment(id, new CompAssignmentEnd().to(month(1).atEndOfMonth())));
        Problems.expect(404, () -> admin.endAssignment(id + 1_000_000, new CompAssignmentEnd().to(month(1).atEndOfMonth())));
        JsonNode notLastDay = Problems.expect(422, () -> admin.endAssignment(id, new CompAssignmentEnd()
                .to(month(1).atDay(10))));
        assertTrue(Problems.names(notLastDay, "to", null), notLastDay::toString);

        // Approving month -2 freezes it; ending before it would leave a frozen statement without a plan.
        new CompensationApi(org.client(org.manager)).approveStatement(rep.id(), label(month(-2)));
        Problems.expect(409, () -> admin.endAssignment(id, new CompAssignmentEnd().to(month(-3).atEndOfMonth())));

        CompAssignment ended = admin.endAssignment(id, new CompAssignmentEnd().to(month(-1).atEndOfMonth()));
        assertEquals(month(-1).atEndOfMonth(), ended.getTo());
        Problems.expect(404, () -> admin.getStatement(rep.id(), label(month(0))));

        // A second assignment from month 0 on: extending the first into it would overlap.
        CompPlanVersion next = admin.createPlanVersion(CompFixtures.aePlan("next-" + UUID.randomUUID().toString()
                .substring(0, 8), month(-3).atDay(1)), null);
        admin.createAssignment(new CompNewAssignment().userId(rep.id()).planKey(next.getPlanKey())
                .version(next.getVersion()).from(month(0).atDay(1)), null);
        Problems.expect(409, () -> admin.endAssignment(id, new CompAssignmentEnd().to(month(0).atEndOfMonth())));

        CompAuditEntry entry = admin.listCompAudit(CompAuditEntity.ASSIGNMENT, rep.id(), null, null).getItems().stream()
                .filter(e -> e.getEntityId() == id && "end".equals(e.getAction())).findFirst().orElseThrow();
        assertEquals(null, entry.getBefore().get("to"));
        assertEquals(month(-1).atEndOfMonth().toString(), entry.getAfter().get("to"));
        assertEquals(plan.getPlanKey(), entry.getAfter().get("planKey"));
    }
}
