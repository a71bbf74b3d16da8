package dev.pacesetter.comp.service;

import dev.pacesetter.client.api.CompensationApi;
import dev.pacesetter.client.api.NudgesApi;
import dev.pacesetter.client.model.CompInquiry;
import dev.pacesetter.client.model.CompInquiryReply;
import dev.pacesetter.client.model.CompInquiryStatus;
import dev.pacesetter.client.model.CompNewInquiry;
import dev.pacesetter.client.model.CompStatement;
import dev.pacesetter.client.model.NudgeDelivery;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.testing.TestOrg;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static dev.pacesetter.comp.service.CompFixtures.label;
import static dev.pacesetter.comp.service.CompFixtures.month;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** STATEMENT_READY, INQUIRY_ANSWERED and CLOSE_TO_NEXT_TIER, written with the change that causes them. */
class CommissionNudgesIT {
    private static TestOrg org;
    private static CompensationApi admin;
    private static CompensationApi manager;

    @BeforeAll
    static void setUp() throws Exception {
        org = TestOrg.create(5);
        CompFixtures.onPlan(org, org.reps);
        admin = new CompensationApi(org.client(org.admin));
        manager = new CompensationApi(org.client(org.manager));
    }

    private static List<NudgeDelivery> nudges(UserView rep, String kind) throws Exception {
        return new NudgesApi(org.client(org.admin)).listNudgeDeliveries(null, 200, rep.id(), null).getItems().stream()
                .filter(d -> kind.equals(d.getKind())).toList();
    }

    @Test
    void theStatementIsReadyOnceBothApprovalsAreGiven() throws Exception {
        UserView rep = org.reps.get(0);
        String period = label(month(-1));
        manager.approveStatement(rep.id(), period);
        assertEquals(0, nudges(rep, "STATEMENT_READY").size(), "a manager-approved statement is not final yet");
        admin.approveStatement(rep.id(), period);
        assertEquals(1, nudges(rep, "STATEMENT_READY").size());
    }

    @Test
    void theRepHearsWhenSomeoneElseAnswersTheirInquiry() throws Exception {
        UserView rep = org.reps.get(1);
        CompensationApi asRep = new CompensationApi(org.client(rep));
        String period = label(month(-1));
        CompStatement statement = asRep.getStatement(rep.id(), period);
        CompInquiry inquiry = asRep.createInquiry(rep.id(), period, new CompNewInquiry()
                .lineId(statement.getLines().getFirst().getId()).message("A deal is missing."), null);
        asRep.replyToInquiry(inquiry.getId(), new CompInquiryReply().message("It was the Acme one."));
        assertEquals(0, nudges(rep, "INQUIRY_ANSWERED").size(), "the rep's own reply is no answer");
        manager.replyToInquiry(inquiry.getId(), new CompInquiryReply().message("Looking into it."));
        assertEquals(1, nudges(rep, "INQUIRY_ANSWERED").size());
        admin.replyToInquiry(inquiry.getId(), new CompInquiryReply().message("Added.").status(CompInquiryStatus.RESOLVED));
        assertEquals(2, nudges(rep, "INQUIRY_ANSWERED").size(), "resolving it is an answer too");
    }

    /** Waits (bounded) for the after-commit worker to enqueue a rep's nudge of a kind. */
    private static List<NudgeDelivery> await(UserView rep, String kind) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            List<NudgeDelivery> found = nudges(rep, kind);
            if (!found.isEmpty()) {
                return found;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no " + kind + " nudge for user " + rep.id() + " within 15 s");
    }

    @Test
    void aDealThatLeavesTheRepCloseToTheNextTierNudgesThemOnce() throws Exception {
        UserView close = org.reps.get(2);
        UserView far = org.reps.get(3);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1);
        // Quota 100,000 this month, 12 % from 100 %: 92,000 leaves 8,000 to go, inside the default 10 % of quota.
        CompFixtures.deal(org, close, now, "92000.00");
        assertEquals(1, await(close, "CLOSE_TO_NEXT_TIER").size());
        // Another deal that still leaves the rep short of the tier does not repeat it; 50,000 is
        // 50,000 away: no nudge. The checks run in commit order on one worker, so once a later
        // rep's nudge is there, these two were decided.
        CompFixtures.deal(org, close, now, "1000.00");
        CompFixtures.deal(org, far, now, "50000.00");
        UserView marker = org.reps.get(4);
        CompFixtures.deal(org, marker, now, "95000.00");
        await(marker, "CLOSE_TO_NEXT_TIER");
        assertEquals(1, nudges(close, "CLOSE_TO_NEXT_TIER").size());
        assertEquals(0, nudges(far, "CLOSE_TO_NEXT_TIER").size());
    }
}
