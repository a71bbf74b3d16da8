package dev.pacesetter.comp.service;

import dev.pacesetter.client.api.CompensationApi;
import dev.pacesetter.client.model.CompAuditEntity;
import dev.pacesetter.client.model.CompAuditEntry;
import dev.pacesetter.client.model.CompAuditPage;
import dev.pacesetter.client.model.CompQuotaInput;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.testing.Problems;
import dev.pacesetter.testing.TestOrg;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.pacesetter.comp.service.CompFixtures.label;
import static dev.pacesetter.comp.service.CompFixtures.month;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading the compensation audit trail: what a change leaves behind, and who may read it. */
class CompAuditIT {
    private static TestOrg org;
    private static CompensationApi admin;
    private static CompensationApi manager;
    private static List<UserView> other;

    @BeforeAll
    static void setUp() throws Exception {
        org = TestOrg.create(2);
        other = CompUsers.otherTeam(org, 1);
        CompFixtures.onPlan(org, List.of(org.reps.get(0), org.reps.get(1), other.get(1)));
        admin = new CompensationApi(org.client(org.admin));
        manager = new CompensationApi(org.client(org.manager));
    }

    @Test
    void aQuotaChangeIsReadBackWithWhoWhenBeforeAndAfter() throws Exception {
        UserView rep = org.reps.get(0);
        admin.setQuota(rep.id(), label(month(-1)), new CompQuotaInput().amount("120000.00").targetIncentive("12000.00")
                .currency("USD"));
        CompAuditEntry latest = admin.listCompAudit(CompAuditEntity.QUOTA, rep.id(), null, null).getItems().getFirst();
        assertEquals("update", latest.getAction());
        assertEquals(org.admin.id(), latest.getActorId());
        assertEquals(rep.id(), latest.getUserId());
        assertEquals("100000.00", latest.getBefore().get("amount"));
        assertEquals("120000.00", latest.getAfter().get("amount"));
        assertEquals(label(month(-1)), latest.getAfter().get("period"));
        // The manager of the rep reads the same entry.
        assertEquals(latest.getId(), manager.listCompAudit(CompAuditEntity.QUOTA, rep.id(), null, null).getItems()
                .getFirst().getId());
    }

    @Test
    void aCreationHasNoBefore() throws Exception {
        CompAuditEntry created = admin.listCompAudit(CompAuditEntity.ASSIGNMENT, org.reps.get(1).id(), null, null)
                .getItems().getFirst();
        assertEquals("create", created.getAction());
        assertNull(created.getBefore());
        assertEquals(org.reps.get(1).id(), ((Number) created.getAfter().get("userId")).longValue());
    }

    @Test
    void aManagerReadsOnlyTheirReportsEntriesAndNoPlanVersions() throws Exception {
        List<CompAuditEntry> mine = manager.listCompAudit(null, null, null, 200).getItems();
        assertTrue(!mine.isEmpty());
        assertTrue(mine.stream().allMatch(e -> e.getUserId() != null
                && (e.getUserId() == org.reps.get(0).id() || e.getUserId() == org.reps.get(1).id())), mine::toString);
        assertTrue(manager.listCompAudit(CompAuditEntity.PLAN_VERSION, null, null, null).getItems().isEmpty());
        CompensationApi otherManager = new CompensationApi(org.client(other.get(0)));
        assertTrue(otherManager.listCompAudit(null, null, null, 200).getItems().stream()
                .allMatch(e -> e.getUserId() == other.get(1).id()));
        Problems.expect(404, () -> otherManager.listCompAudit(null, org.reps.get(0).id(), null, null));
        Problems.expect(403, () -> new CompensationApi(org.client(org.reps.get(0))).listCompAudit(null, null, null, null));
        // The admin reads the plan version too.
        assertEquals(1, admin.listCompAudit(CompAuditEntity.PLAN_VERSION, null, null, null).getItems().size());
    }

    @Test
    void pagesRunNewestFirstWithoutRepeats() throws Exception {
        List<Long> ids = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            CompAuditPage page = admin.listCompAudit(null, null, cursor, 3);
            page.getItems().forEach(e -> ids.add(e.getId()));
            cursor = page.getNextCursor();
            pages++;
        } while (cursor != null && pages < 50);
        List<Long> sorted = new ArrayList<>(ids);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, ids);
        assertEquals(ids.size(), ids.stream().distinct().count());
        // 1 plan version, 3 assignments, 3 x 5 quotas, and the quota update of the other test may have run.
        assertTrue(ids.size() >= 19, "entries: " + ids.size());
    }
}
