package dev.pacesetter.spiffs;

import static dev.pacesetter.spiffs.SpiffFixtures.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacesetter.comp.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The legal award moves, and what recomputing from the ledger does to a stored award. */
class AwardLifecycleTest {

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource({
            "ACCRUED, APPROVE, APPROVED",
            "APPROVED, APPROVE_FINAL, APPROVED_FINAL",
            "APPROVED_FINAL, PAY, PAID",
            "ACCRUED, REJECT, REJECTED",
            "APPROVED, REJECT, REJECTED",
            "ACCRUED, PAY, ",
            "ACCRUED, APPROVE_FINAL, ",
            "APPROVED, APPROVE, ",
            "PAID, APPROVE, ",
            "PAID, REJECT, ",
            "APPROVED_FINAL, REJECT, ",
            "REJECTED, APPROVE, ",
            "CLAWED_BACK, PAY, "})
    void onlyLegalMovesAreAllowed(AwardStatus from, AwardAction action, AwardStatus to) {
        if (to != null) {
            assertEquals(to, AwardLifecycle.next(from, action));
        } else {
            AwardLifecycle.IllegalTransition e = assertThrows(AwardLifecycle.IllegalTransition.class,
                    () -> AwardLifecycle.next(from, action));
            assertTrue(e.getMessage().contains("state " + from), e.getMessage());
        }
    }

    /** stored (status amount clawback paid) + computed -> next (status amount clawback changed); "-" is none. */
    @ParameterizedTest(name = "{0} {1} (clawback {2}) + computed {4} -> {5} {6} (clawback {7})")
    @CsvSource({
            // a new award accrues
            "-, -, -, false, 100.00, ACCRUED, 100.00, 0, true",
            // the same award again changes nothing: replays cannot double-award
            "ACCRUED, 100.00, 0, false, 100.00, ACCRUED, 100.00, 0, false",
            // while accrued, an amendment moves the amount
            "ACCRUED, 100.00, 0, false, 80.00, ACCRUED, 80.00, 0, true",
            // a reversal claws an accrued award back whole
            "ACCRUED, 100.00, 0, false, -, CLAWED_BACK, 100.00, 100.00, true",
            // once approved the amount is frozen; a reduction becomes a partial clawback
            "APPROVED, 100.00, 0, false, 80.00, APPROVED, 100.00, 20.00, true",
            "PAID, 100.00, 0, true, -, CLAWED_BACK, 100.00, 100.00, true",
            "PAID, 100.00, 20.00, true, 100.00, PAID, 100.00, 0, true",
            // an increase after approval is not paid automatically
            "APPROVED_FINAL, 100.00, 0, false, 150.00, APPROVED_FINAL, 100.00, 0, false",
            // rejected stays rejected
            "REJECTED, 100.00, 0, false, 100.00, REJECTED, 100.00, 0, false",
            // qualifies again: accrues afresh unless it had been paid
            "CLAWED_BACK, 100.00, 100.00, false, 90.00, ACCRUED, 90.00, 0, true",
            "CLAWED_BACK, 100.00, 100.00, true, 90.00, CLAWED_BACK, 100.00, 100.00, false"})
    void recomputingReconcilesTheStoredAward(String status, String amount, String clawback, boolean paid, String computed,
                                             AwardStatus next, String nextAmount, String nextClawback, boolean changed) {
        Reconciliation.Stored stored = "-".equals(status) ? null
                : new Reconciliation.Stored(AwardStatus.valueOf(status), usd(amount), usd(clawback), paid);

        Reconciliation.Next n = Reconciliation.decide(stored, "-".equals(computed) ? null : usd(computed));

        assertEquals(next, n.status());
        assertEquals(usd(nextAmount), n.amount());
        assertEquals(usd(nextClawback), n.clawback());
        assertEquals(changed, n.changed());
    }

    @org.junit.jupiter.api.Test
    void nothingStoredAndNothingOwedIsNothing() {
        assertNull(Reconciliation.decide(null, (Money) null));
    }
}
