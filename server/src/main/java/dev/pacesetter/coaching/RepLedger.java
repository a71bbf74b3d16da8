package dev.pacesetter.coaching;

import dev.pacesetter.content.SalesRole;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What signal computation needs about one rep: the role whose signals apply, the ledger facts loaded
 * for the look-back (see {@code SignalCalculator#lookbackDays}), and the quota for the quota-attainment
 * window if the rep's comp plan has one.
 *
 * @param repId the rep's user id
 * @param role  the rep's sales role
 * @param facts the rep's ledger facts, in any order; facts outside a signal's window are ignored for it
 * @param quota the revenue quota of the quota-attainment window, in the reporting currency; empty when
 *              the rep has none (the signal is then not available, not zero)
 */
public record RepLedger(long repId, SalesRole role, List<LedgerFact> facts, Optional<BigDecimal> quota) {

    public RepLedger {
        Checks.present(role, "role");
        facts = Checks.list(facts, "facts");
        Checks.present(quota, "quota");
        Checks.require(quota.map(q -> q.signum() > 0).orElse(true), "quota", "must be greater than zero when given");
    }

    /** A rep without a quota. */
    public static RepLedger of(long repId, SalesRole role, List<LedgerFact> facts) {
        return new RepLedger(repId, role, facts, Optional.empty());
    }
}
