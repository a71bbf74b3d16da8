package dev.pacesetter.comp.service;

import dev.pacesetter.client.api.CompensationApi;
import dev.pacesetter.client.model.CompInquiry;
import dev.pacesetter.client.model.CompInquiryReply;
import dev.pacesetter.client.model.CompInquiryStatus;
import dev.pacesetter.client.model.CompNewInquiry;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.platform.Role;
import dev.pacesetter.testing.Problems;
import dev.pacesetter.testing.TestOrg;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static dev.pacesetter.comp.service.CompFixtures.label;
import static dev.pacesetter.comp.service.CompFixtures.month;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A rep disputes a statement line; their manager answers and resolves it in a thread. */
class InquiryIT {
    private static TestOrg org;
    private static String period;

    @BeforeAll
    static void setUp() throws Exception {
        org = TestOrg.create(2);
        CompFixtures.onPlan(org, org.reps);
        period = label(month(0));
    }

    @Test
    void aRepDisputesALineAndTheirManagerAnswersAndResolvesIt() throws Exception {
        UserView rep = org.reps.get(0);
        CompensationApi asRep = new CompensationApi(org.client(rep));
        CompensationApi asManager = new CompensationApi(org.client(org.manager));
        String lineId = asRep.getStatement(rep.id(), period).getLines().getFirst().getId();
        CompInquiry opened = asRep.createInquiry(rep.id(), period,
                new CompNewInquiry().lineId(lineId).message("My Acme deal is missing."), null);
        assertEquals(CompInquiryStatus.OPEN, opened.getStatus());
        assertEquals(org.manager.id(), opened.getOwnerId());

        assertTrue(asManager.listInquiries(null, null, CompInquiryStatus.OPEN).getItems().stream()
                .anyMatch(i -> i.getId().equals(opened.getId())));
        CompInquiry answered = asManager.replyToInquiry(opened.getId(), new CompInquiryReply().message("Checking the CRM."));
        assertEquals(CompInquiryStatus.ANSWERED, answered.getStatus());
        CompInquiry reopened = asRep.replyToInquiry(opened.getId(), new CompInquiryReply().message("Opportunity 42."));
        assertEquals(CompInquiryStatus.OPEN, reopened.getStatus());
        CompInquiry resolved = asManager.replyToInquiry(opened.getId(),
                new CompInquiryReply().message("Found it; it lands as a true-up.").status(CompInquiryStatus.RESOLVED));
        assertEquals(CompInquiryStatus.RESOLVED, resolved.getStatus());
        assertEquals(List.of(rep.id(), org.manager.id(), rep.id(), org.manager.id()),
                asRep.getInquiry(opened.getId()).getMessages().stream().map(m -> m.getAuthorId()).toList());
        Problems.expect(409, () -> asRep.replyToInquiry(opened.getId(), new CompInquiryReply().message("One more thing")));
    }

    @Test
    void onlyTheRepDisputesAnExistingLineAndOthersCannotSeeIt() throws Exception {
        UserView rep = org.reps.get(1);
        UserView other = org.reps.get(0);
        CompensationApi asRep = new CompensationApi(org.client(rep));
        assertTrue(Problems.names(Problems.expect(422, () -> asRep.createInquiry(rep.id(), period,
                new CompNewInquiry().lineId("nope").message("?"), null)), "lineId", null));
        String lineId = asRep.getStatement(rep.id(), period).getLines().getFirst().getId();
        assertTrue(Problems.names(Problems.expect(422, () -> asRep.createInquiry(rep.id(), period,
                new CompNewInquiry().lineId(lineId).message(" "), null)), "message", null));
        Problems.expect(403, () -> new CompensationApi(org.client(org.manager)).createInquiry(rep.id(), period,
                new CompNewInquiry().lineId(lineId).message("on their behalf"), null));
        String token = TestOrg.signer().sign(org.org.id(), org.integration.id(), Set.of(Role.ASSISTANT), rep.id(),
                Instant.now(), Duration.ofHours(1));
        Problems.expect(403, () -> new CompensationApi(TestOrg.clientWithToken(token)).createInquiry(rep.id(), period,
                new CompNewInquiry().lineId(lineId).message("bot"), null));
        CompInquiry mine = asRep.createInquiry(rep.id(), period, new CompNewInquiry().lineId(lineId).message("Why?"), null);
        Problems.expect(404, () -> new CompensationApi(org.client(other)).getInquiry(mine.getId()));
        assertTrue(new CompensationApi(org.client(other)).listInquiries(null, null, null).getItems().stream()
                .noneMatch(i -> i.getId().equals(mine.getId())));
        TestOrg elsewhere = TestOrg.create(0);
        Problems.expect(404, () -> new CompensationApi(elsewhere.client(elsewhere.admin)).getInquiry(mine.getId()));
    }
}
