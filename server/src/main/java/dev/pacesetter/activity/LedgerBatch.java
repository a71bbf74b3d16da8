package dev.pacesetter.activity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * The working state of one ingest request while the ledger head is locked: what is already stored
 * under the request's keys, what this request adds, and the running state of corrected activities
 * (so two corrections of one deal in one batch see each other).
 */
final class LedgerBatch {

    /** The net effect of an original and its corrections so far. */
    record State(int count, BigDecimal amount, int points) {
        State plus(ActivityEntry e) {
            return new State(count + e.countDelta, amount.add(e.amountDelta), points + e.pointsDelta);
        }
    }

    private final Map<String, ActivityEntry> byKey;
    private final Set<Long> activeUsers;
    private final LongSupplier ids;
    private final List<ActivityEntry> added = new ArrayList<>();
    private final Map<Long, State> states = new HashMap<>();

    LedgerBatch(Map<String, ActivityEntry> existing, Set<Long> activeUsers, LongSupplier ids) {
        this.byKey = new HashMap<>(existing);
        this.activeUsers = activeUsers;
        this.ids = ids;
    }

    /** A fresh ledger id for an accepted entry (so a later item of the batch can correct it). */
    long nextId() {
        return ids.getAsLong();
    }

    static String key(String source, String externalId) {
        return source + '\u0000' + externalId;
    }

    ActivityEntry find(String source, String externalId) {
        return byKey.get(key(source, externalId));
    }

    boolean userActive(long userId) {
        return activeUsers.contains(userId);
    }

    void add(ActivityEntry entry) {
        byKey.put(key(entry.source, entry.externalId), entry);
        added.add(entry);
    }

    List<ActivityEntry> added() {
        return added;
    }

    State stateOf(ActivityEntry original, LedgerStore store) {
        return states.computeIfAbsent(original.id, id -> added.contains(original)
                ? new State(0, BigDecimal.ZERO, 0).plus(original)
                : store.correctionState(original.orgId, id));
    }

    void recordCorrection(Long originalId, ActivityEntry correction) {
        states.computeIfPresent(originalId, (id, s) -> s.plus(correction));
    }
}
