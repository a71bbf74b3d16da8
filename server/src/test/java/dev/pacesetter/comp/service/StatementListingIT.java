package dev.pacesetter.comp.service;

import dev.pacesetter.client.api.CompensationApi;
import dev.pacesetter.client.model.CompStatementState;
import dev.pacesetter.client.model.CompStatementSummary;
import dev.pacesetter.client.model.CompStatementSummaryPage;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.testing.Problems;
import dev.pacesetter.testing.TestOrg;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static dev.pacesetter.comp.service.CompFixtures.inMonth;
import static dev.pacesetter.comp.service.CompFixtures.label;
import static dev.pacesetter.comp.service.CompFixtures.month;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Listing a period's statements: who sees which, states, the pending-my-approval filter, paging. */
class StatementListingIT {
    private static TestOrg org;
    private static CompensationApi admin;
    private static CompensationApi manager;
    private static List<UserView> other;

    @BeforeAll
    static void setUp() throws Exception {
        org = TestOrg.create(3);
        other = CompUsers.otherTeam(org, 1);
        CompFixtures.onPlan(org, List.of(org.reps.get(0), org.reps.get(1), org.reps.get(2), other.get(1)));
        admin = new CompensationApi(org.client(org.admin));
        manager = new CompensationApi(org.client(org.manager));
        YearMonth m = month(-2);
        CompFixtures.deal(org, org.reps.get(0), inMonth(m), "60000.00");
        CompFixtures.deal(org, org.reps.get(1), inMonth(m), "20000.00");
    }

    private static List<Long> users(CompStatementSummaryPage page) {
        return page.getItems().stream().map(CompStatementSummary::getUserId).toList();
    }

    private static List<Long> ids(UserView... users) {
        return java.util.Arrays.stream(users).map(UserView::id).sorted().toList();
    }

    @Test
    void aRepListsOnlyTheirOwnStatement() throws Exception {
        UserView rep = org.reps.get(0);
        CompStatementSummaryPage page = new CompensationApi(org.client(rep)).listStatements(label(month(-2)), null,
                null, null, null);
        assertEquals(List.of(rep.id()), users(page));
        CompStatementSummary s = page.getItems().getFirst();
        assertEquals(CompStatementState.DRAFT, s.getState());
        // 60,000 of 100,000 (60 %, gate at 50 % met): 60,000 x 8 % = 4,800.00
        assertEquals("4800.00", s.getTotals().getPayable());
        assertEquals(CompStatementSummary.AwaitingEnum.MANAGER, s.getAwaiting());
    }

    @Test
    void aManagerListsTheirReportsAndAManagerOfAnotherTeamOnlyTheirs() throws Exception {
        String period = label(month(-2));
        assertEquals(ids(org.reps.get(0), org.reps.get(1), org.reps.get(2)),
                users(manager.listStatements(period, null, null, null, null)));
        CompensationApi otherManager = new CompensationApi(org.client(other.get(0)));
        assertEquals(List.of(other.get(1).id()), users(otherManager.listStatements(period, null, null, null, null)));
        assertTrue(otherManager.listStatements(period, null, true, null, null).getItems().stream()
                .noneMatch(s -> org.reps.stream().anyMatch(r -> r.id() == s.getUserId())));
        Problems.expect(403, () -> new CompensationApi(org.client(org.integration))
                .listStatements(period, null, null, null, null));
        Problems.expect(400, () -> manager.listStatements("2026-13", null, null, null, null));
    }

    @Test
    void pendingMyApprovalFollowsTheApprovalSteps() throws Exception {
        TestOrg own = TestOrg.create(2);
        CompFixtures.onPlan(own, own.reps);
        CompensationApi asAdmin = new CompensationApi(own.client(own.admin));
        CompensationApi asManager = new CompensationApi(own.client(own.manager));
        String ended = label(month(-1));
        UserView first = own.reps.get(0);
        UserView second = own.reps.get(1);

        assertEquals(ids(first, second), users(asManager.listStatements(ended, null, true, null, null)));
        assertEquals(List.of(), users(asAdmin.listStatements(ended, null, true, null, null)), "nothing is manager-approved yet");
        assertEquals(List.of(), users(asManager.listStatements(label(month(0)), null, true, null, null)),
                "a running period cannot be approved yet");

        asManager.approveStatement(first.id(), ended);
        assertEquals(List.of(second.id()), users(asManager.listStatements(ended, null, true, null, null)));
        CompStatementSummaryPage forAdmin = asAdmin.listStatements(ended, null, true, null, null);
        assertEquals(List.of(first.id()), users(forAdmin));
        assertEquals(CompStatementState.MANAGER_APPROVED, forAdmin.getItems().getFirst().getState());
        assertEquals(CompStatementSummary.AwaitingEnum.ADMIN, forAdmin.getItems().getFirst().getAwaiting());

        asAdmin.approveStatement(first.id(), ended);
        assertEquals(List.of(), users(asAdmin.listStatements(ended, null, true, null, null)));
        CompStatementSummaryPage approved = asAdmin.listStatements(ended, CompStatementState.APPROVED, null, null, null);
        assertEquals(List.of(first.id()), users(approved));
        assertNull(approved.getItems().getFirst().getAwaiting());
        assertEquals(List.of(second.id()), users(asAdmin.listStatements(ended, CompStatementState.DRAFT, null, null, null)));
    }

    @Test
    void anAdminPagesThroughEveryStatementByRep() throws Exception {
        String period = label(month(-2));
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            CompStatementSummaryPage page = admin.listStatements(period, null, null, cursor, 1);
            assertTrue(page.getItems().size() <= 1);
            seen.addAll(users(page));
            cursor = page.getNextCursor();
            pages++;
        } while (cursor != null && pages < 10);
        assertEquals(ids(org.reps.get(0), org.reps.get(1), org.reps.get(2), other.get(1)), seen);
        assertNotNull(admin.listStatements(period, null, null, null, 2).getNextCursor());
        Problems.expect(400, () -> admin.listStatements(period, null, null, "garbage", null));
    }
}
