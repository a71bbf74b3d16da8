package dev.pacesetter.coaching.service;

import dev.pacesetter.activity.LedgerEntry;
import dev.pacesetter.activity.LedgerReader;
import dev.pacesetter.coaching.LedgerFact;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads ledger entries as the coaching rules' {@link LedgerFact}s, per user. A fact counts at the
 * entry's {@code creditedAt} (a correction at its original's instant) and a correction carries its
 * original's product and deal, so reversals and amendments net out in the window of what they correct.
 */
@ApplicationScoped
class LedgerFacts {
    private static final int PAGE = 1000;

    @Inject
    LedgerReader ledger;

    /**
     * Facts of {@code users} (null: everyone in the organisation) credited in {@code [from, to)}.
     * {@code creditedAt <= occurredAt}, so filtering the ledger on {@code occurredAt >= from} first loses nothing.
     */
    Map<Long, List<LedgerFact>> byUser(long orgId, Collection<Long> users, Instant from, Instant to) {
        List<LedgerEntry> entries = new ArrayList<>();
        long before = Long.MAX_VALUE;
        while (true) {
            List<LedgerEntry> page = ledger.page(orgId, new LedgerReader.Filter(users, null, from, null), before, PAGE);
            entries.addAll(page);
            if (page.size() < PAGE) {
                break;
            }
            before = page.getLast().position();
        }
        Map<Long, LedgerEntry> byId = new HashMap<>();
        entries.forEach(e -> byId.put(e.id(), e));
        Map<Long, List<LedgerFact>> out = new HashMap<>();
        for (LedgerEntry e : entries) {
            if (e.creditedAt().isBefore(from) || !e.creditedAt().isBefore(to)) {
                continue;
            }
            LedgerEntry original = e.correctsId() == null ? e
                    : byId.containsKey(e.correctsId()) ? byId.get(e.correctsId())
                    : ledger.byId(orgId, e.correctsId()).orElse(e);
            out.computeIfAbsent(e.userId(), k -> new ArrayList<>()).add(fact(e, original));
        }
        return out;
    }

    static LedgerFact fact(LedgerEntry e, LedgerEntry original) {
        BigDecimal amount = e.amount() != null && e.amount().signum() >= 0 ? e.amount() : null;
        BigDecimal delta = e.amountDelta() == null ? BigDecimal.ZERO : e.amountDelta();
        return new LedgerFact(e.type(), e.creditedAt(), amount, original.product(), original.dealId(),
                Math.max(-1, Math.min(1, e.countDelta())), delta);
    }
}
