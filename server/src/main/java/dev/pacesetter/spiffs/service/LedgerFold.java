package dev.pacesetter.spiffs.service;

import dev.pacesetter.activity.LedgerEntry;
import dev.pacesetter.activity.LedgerReader;
import dev.pacesetter.spiffs.SpiffActivity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ledger from an instant on, folded per original activity: its corrections' deltas summed, so a
 * reversed activity is marked reversed and an amended one carries its net amount. Corrections always
 * occur after their original, so reading from the window start sees every correction of every
 * activity in the window.
 */
@ApplicationScoped
class LedgerFold {
    private static final int PAGE = 1000;

    @Inject
    LedgerReader ledger;

    /** What the service needs of the ledger for one program. */
    record Folded(List<SpiffActivity> activities, Map<Long, LedgerEntry> originals, long head) {
    }

    /** The ledger head of an organisation. */
    long head(long orgId) {
        return ledger.head(orgId);
    }

    /** Every activity that occurred at or after {@code from}, as it stands at the current head. */
    Folded from(long orgId, Instant from) {
        long head = ledger.head(orgId);
        List<LedgerEntry> entries = new ArrayList<>();
        long before = head + 1;
        while (true) {
            List<LedgerEntry> page = ledger.page(orgId, new LedgerReader.Filter(null, null, from, null), before, PAGE);
            entries.addAll(page);
            if (page.size() < PAGE) {
                break;
            }
            before = page.getLast().position();
        }
        entries.sort(Comparator.comparingLong(LedgerEntry::position));
        return new Folded(fold(entries), originals(entries), head);
    }

    private static Map<Long, LedgerEntry> originals(List<LedgerEntry> entries) {
        Map<Long, LedgerEntry> out = new LinkedHashMap<>();
        entries.stream().filter(e -> e.correctsId() == null).forEach(e -> out.put(e.id(), e));
        return out;
    }

    /** One {@link SpiffActivity} per original in {@code entries} (in position order), corrections folded in. */
    static List<SpiffActivity> fold(List<LedgerEntry> entries) {
        Map<Long, LedgerEntry> originals = originals(entries);
        Map<Long, Integer> counts = new LinkedHashMap<>();
        Map<Long, BigDecimal> amounts = new LinkedHashMap<>();
        for (LedgerEntry e : entries) {
            long original = e.correctsId() == null ? e.id() : e.correctsId();
            if (!originals.containsKey(original)) {
                continue; // corrects an activity from before the window: it cannot qualify anyway
            }
            counts.merge(original, e.countDelta(), Integer::sum);
            amounts.merge(original, e.amountDelta() == null ? BigDecimal.ZERO : e.amountDelta(), BigDecimal::add);
        }
        List<SpiffActivity> out = new ArrayList<>();
        for (LedgerEntry o : originals.values()) {
            out.add(new SpiffActivity(o.id(), o.position(), o.userId(), o.type(), o.product(), o.occurredAt(),
                    amounts.get(o.id()), counts.get(o.id()) <= 0, o.newLogo()));
        }
        return out;
    }
}
