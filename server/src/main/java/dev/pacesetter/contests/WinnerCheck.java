package dev.pacesetter.contests;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Whether a correction that arrives after finalisation would have changed who won. Finalised standings
 * stay frozen (the ledger correction is still recorded); this only tells the admin, who decides.
 */
public final class WinnerCheck {

    private WinnerCheck() {
    }

    /**
     * Compares the outcome of the frozen entries with the outcome of the corrected ones.
     *
     * @param definition the contest
     * @param frozen     the entries the contest was finalised on
     * @param corrected  the entries as they would be with the correction (recomputed by {@link ScoreTally})
     */
    public static WinnerChange compare(ContestDefinition definition, Collection<Entry> frozen,
                                       Collection<Entry> corrected) {
        TieRule rule = definition.format().tieRule();
        Outcome before = PrizeAward.decide(definition, Standings.rank(frozen, rule));
        Outcome after = PrizeAward.decide(definition, Standings.rank(corrected, rule));
        Map<String, Winner> was = byId(before);
        Map<String, Winner> now = byId(after);
        Set<String> lost = new HashSet<>(was.keySet());
        lost.removeAll(now.keySet());
        Set<String> gained = new HashSet<>(now.keySet());
        gained.removeAll(was.keySet());
        Set<String> changed = new HashSet<>();
        was.forEach((id, winner) -> {
            Winner later = now.get(id);
            if (later != null && (later.place() != winner.place() || !later.prizes().equals(winner.prizes()))) {
                changed.add(id);
            }
        });
        return new WinnerChange(lost, gained, changed);
    }

    /** {@link #compare} for a correction to one entrant: their frozen entry replaced (or added). */
    public static WinnerChange afterCorrection(ContestDefinition definition, Collection<Entry> frozen,
                                               Entry correctedEntry) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        frozen.forEach(e -> entries.put(e.entrantId(), e));
        entries.put(correctedEntry.entrantId(), correctedEntry);
        return compare(definition, frozen, entries.values());
    }

    private static Map<String, Winner> byId(Outcome outcome) {
        Map<String, Winner> map = new LinkedHashMap<>();
        outcome.winners().forEach(w -> map.put(w.entrantId(), w));
        return map;
    }
}
