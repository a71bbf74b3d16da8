package dev.pacesetter.comp.service;

import dev.pacesetter.client.api.CompensationApi;
import dev.pacesetter.client.model.CompEstimate;
import dev.pacesetter.client.model.CompEstimateRequest;
import dev.pacesetter.client.model.CompStatement;
import dev.pacesetter.client.model.CompStatementLine;
import dev.pacesetter.client.model.CompStatementState;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.platform.Role;
import dev.pacesetter.testing.Problems;
import dev.pacesetter.testing.TestOrg;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.pacesetter.comp.service.CompFixtures.inMonth;
import static dev.pacesetter.comp.service.CompFixtures.label;
import static dev.pacesetter.comp.service.CompFixtures.month;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Statements, approvals, adjustments, payouts and estimates through the generated client. */
class StatementIT {
    private static TestOrg org;
    private static CompensationApi admin;
    private static CompensationApi manager;

    @BeforeAll
    static void setUp() throws Exception {
        org = TestOrg.create(4);
        CompFixtures.onPlan(org, org.reps);
        admin = new CompensationApi(org.client(org.admin));
        manager = new CompensationApi(org.client(org.manager));
    }

    private static Map<String, String> amounts(CompStatement s) {
        return s.getLines().stream().collect(Collectors.toMap(CompStatementLine::getId, CompStatementLine::getAmount));
    }

    @Test
    void aStatementIsExplainedLineByLineAndRoundedAtTheLine() throws Exception {
        UserView rep = org.reps.get(0);
        YearMonth m = month(-2);
        CompFixtures.deal(org, rep, inMonth(m), "60000.00");
        CompFixtures.deal(org, rep, inMonth(m), "50333.33");
        for (int i = 0; i < 3; i++) {
            CompFixtures.meeting(org, rep, inMonth(m));
        }
        CompStatement s = new CompensationApi(org.client(rep)).getStatement(rep.id(), label(m));
        // Quota 100,000, revenue 110,333.33 (110.33 %):
        //   commission tier 1: 100,000.00 x 8 %  = 8,000.00
        //   commission tier 2:  10,333.33 x 12 % = 1,239.9996 -> 1,240.00 (half-even at the line)
        //   club: 100 % reached                  = 1,000.00
        //   meetings: 3 x 50.00                  =   150.00
        //   earned                               = 10,390.00 (cap 3 x 10,000 not reached; gate 50 % met)
        Map<String, String> lines = amounts(s);
        String p = label(m) + ":";
        assertEquals("8000.00", lines.get(p + "commission/tier-1"));
        assertEquals("1240.00", lines.get(p + "commission/tier-2"));
        assertEquals("1000.00", lines.get(p + "club/bonus"));
        assertEquals("150.00", lines.get(p + "meetings/units"));
        assertEquals("10390.00", s.getTotals().getEarned());
        assertEquals("10390.00", s.getTotals().getPayable());
        assertEquals("110.33", s.getAttainment().getPercent());
        assertEquals(CompStatementState.DRAFT, s.getState());
        CompStatementLine tier2 = s.getLines().stream().filter(l -> l.getSlot().equals("tier-2")).findFirst().orElseThrow();
        assertEquals("12", tier2.getRule().getRatePercent());
        assertEquals("100000.00", tier2.getInputs().getSliceFrom());
        assertEquals("110333.33", tier2.getInputs().getSliceTo());
        assertTrue(tier2.getExplanation().contains("12%"), tier2.getExplanation());
    }

    @Test
    void approvalFreezesTheStatementAndALateReversalIsClawedBackInTheNextPeriod() throws Exception {
        UserView rep = org.reps.get(1);
        YearMonth m = month(-2);
        CompFixtures.deal(org, rep, inMonth(m), "60000.00");
        String big = CompFixtures.deal(org, rep, inMonth(m), "50333.33");
        CompensationApi asRep = new CompensationApi(org.client(rep));
        Problems.expect(403, () -> asRep.approveStatement(rep.id(), label(m)));
        Problems.expect(403, () -> admin.approveStatement(rep.id(), label(m)));
        Problems.expect(409, () -> manager.approveStatement(rep.id(), label(month(0))));

        CompStatement approved = manager.approveStatement(rep.id(), label(m));
        assertEquals(CompStatementState.MANAGER_APPROVED, approved.getState());
        assertEquals("10240.00", approved.getTotals().getPayable()); // 8,000 + 1,240 + 1,000, no meetings
        Problems.expect(403, () -> manager.approveStatement(rep.id(), label(m)));
        CompStatement final_ = admin.approveStatement(rep.id(), label(m));
        assertEquals(CompStatementState.APPROVED, final_.getState());
        assertEquals(List.of(CompStatementState.MANAGER_APPROVED, CompStatementState.APPROVED),
                final_.getApprovals().stream().map(a -> a.getStep()).toList());
        Problems.expect(409, () -> admin.approveStatement(rep.id(), label(m)));

        CompFixtures.reverse(org, rep, big);
        CompStatement frozen = asRep.getStatement(rep.id(), label(m));
        assertEquals("10240.00", frozen.getTotals().getPayable(), "an approved statement never changes");

        // Recalculated without the 50,333.33 deal: 60 % -> tier 1 4,800.00, no tier 2, no club.
        CompStatement next = asRep.getStatement(rep.id(), label(m.plusMonths(1)));
        Map<String, String> lines = amounts(next);
        String a = label(m.plusMonths(1)) + ":";
        assertEquals("-3200.00", lines.get(a + "commission/tier-1@" + label(m)));
        assertEquals("-1240.00", lines.get(a + "commission/tier-2@" + label(m)));
        assertEquals("-1000.00", lines.get(a + "club/bonus@" + label(m)));
        assertEquals("0.00", next.getTotals().getEarned());
        assertEquals("-5440.00", next.getTotals().getAdjustments());
        assertEquals("-5440.00", next.getTotals().getPayable());
        CompStatementLine claw = next.getLines().stream().filter(l -> l.getAdjustment() != null
                && l.getAdjustment().getSlot().equals("tier-1")).findFirst().orElseThrow();
        assertEquals(label(m) + ":commission/tier-1", claw.getAdjustment().getOriginalLineId());
        assertEquals("8000.00", claw.getAdjustment().getPreviouslyPaid());
        assertEquals("4800.00", claw.getAdjustment().getRecalculated());

        // Once the clawback is approved with the next period, the period after owes nothing more.
        manager.approveStatement(rep.id(), label(m.plusMonths(1)));
        CompStatement after = asRep.getStatement(rep.id(), label(m.plusMonths(2)));
        assertTrue(after.getLines().stream().allMatch(l -> l.getAdjustment() == null), after.toString());
    }

    @Test
    void thePayoutCsvReconcilesWithApprovedStatements() throws Exception {
        UserView rep = org.reps.get(2);
        YearMonth m = month(-3);
        CompFixtures.deal(org, rep, inMonth(m), "75000.00");
        CompFixtures.meeting(org, rep, inMonth(m));
        manager.approveStatement(rep.id(), label(m));
        CompStatement approved = admin.approveStatement(rep.id(), label(m));
        File csv = admin.exportPayouts(m.atDay(1), m.plusMonths(1).atDay(1));
        List<String> rows = Files.readAllLines(csv.toPath());
        assertEquals(PayoutExport.HEADER, rows.getFirst());
        List<String[]> mine = rows.stream().skip(1).map(r -> r.split(",")).filter(r -> r[0].equals(rep.id() + "")).toList();
        // 75,000 x 8 % = 6,000.00 commission, 1 x 50.00 meetings, club not reached (no line or 0.00)
        BigDecimal payable = mine.stream().map(r -> new BigDecimal(r[7])).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(new BigDecimal(approved.getTotals().getPayable()), payable);
        assertEquals(0, new BigDecimal("6050.00").compareTo(payable));
        assertTrue(mine.stream().anyMatch(r -> r[4].equals("commission") && r[7].equals("6000.00")));
        assertTrue(mine.stream().allMatch(r -> r[9].equals("APPROVED")));
        Problems.expect(403, () -> manager.exportPayouts(m.atDay(1), m.plusMonths(1).atDay(1)));
    }

    @Test
    void anEstimateEqualsTheDifferenceOfTheStatementsBeforeAndAfterTheDeal() throws Exception {
        UserView rep = org.reps.get(3);
        YearMonth m = month(0);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(2);
        CompFixtures.deal(org, rep, now, "70000.00");
        CompensationApi asRep = new CompensationApi(org.client(rep));
        CompStatement before = asRep.getStatement(rep.id(), label(m));
        LocalDate today = now.atZoneSameInstant(CompFixtures.NEW_YORK).toLocalDate();
        // The assistant asks for its rep without naming them.
        String token = TestOrg.signer().sign(org.org.id(), org.integration.id(), Set.of(Role.ASSISTANT), rep.id(),
                Instant.now(), Duration.ofHours(1));
        CompEstimate estimate = new CompensationApi(TestOrg.clientWithToken(token)).estimateDeal(
                new CompEstimateRequest().amount("40000.00").closeDate(today).product("Platform"));
        CompFixtures.deal(org, rep, now, "40000.00");
        CompStatement after = asRep.getStatement(rep.id(), label(m));
        BigDecimal difference = new BigDecimal(after.getTotals().getEarned()).subtract(new BigDecimal(before.getTotals().getEarned()));
        assertEquals(0, difference.compareTo(new BigDecimal(estimate.getDeltaEarnings())), estimate.getExplanation());
        // 70 % -> 110 %: 30,000 more at 8 %, 10,000 at 12 %, and the club bonus = 2,400 + 1,200 + 1,000
        assertEquals("4600.00", estimate.getDeltaEarnings());
        assertEquals("40", estimate.getDeltaAttainmentPercent());
        assertEquals(rep.id(), estimate.getUserId());
        assertTrue(estimate.getAfter().getTier().startsWith("tier 2"), estimate.getAfter().getTier());
        assertTrue(estimate.getBefore().getTier().startsWith("tier 1"), estimate.getBefore().getTier());
    }
}
