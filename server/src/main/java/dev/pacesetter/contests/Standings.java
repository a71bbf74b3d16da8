package dev.pacesetter.contests;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Entries ranked under a tie rule, listed in {@link StandingOrder}. Immutable. */
public final class Standings {

    private final TieRule tieRule;
    private final List<Standing> list;
    private final Map<String, Standing> byEntrant;

    private Standings(TieRule tieRule, List<Standing> list) {
        this.tieRule = tieRule;
        this.list = List.copyOf(list);
        Map<String, Standing> map = new LinkedHashMap<>();
        list.forEach(s -> map.put(s.entrantId(), s));
        this.byEntrant = map;
    }

    /**
     * Ranks entries: sorted by {@link StandingOrder}, then each entry shares its predecessor's rank when
     * the tie rule says they tie (equal scores; for {@link TieRule#FIRST_TO_REACH} also the same
     * {@link ReachedAt}), and otherwise takes its position (STANDARD, FIRST_TO_REACH) or the next rank
     * (DENSE).
     *
     * @throws ContestRuleException when an entrant appears twice
     */
    public static Standings rank(Collection<Entry> entries, TieRule tieRule) {
        Checks.present(tieRule, "tieRule");
        List<Entry> sorted = new ArrayList<>(Checks.present(entries, "entries"));
        Set<String> seen = new HashSet<>();
        for (Entry entry : sorted) {
            Checks.require(seen.add(entry.entrantId()), "entries", "entrant " + entry.entrantId() + " appears twice");
        }
        sorted.sort(StandingOrder.ORDER);
        int[] ranks = new int[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0 && ties(sorted.get(i - 1), sorted.get(i), tieRule)) {
                ranks[i] = ranks[i - 1];
            } else {
                ranks[i] = tieRule == TieRule.DENSE && i > 0 ? ranks[i - 1] + 1 : i + 1;
            }
        }
        List<Standing> standings = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            boolean tied = (i > 0 && ranks[i - 1] == ranks[i]) || (i + 1 < ranks.length && ranks[i + 1] == ranks[i]);
            standings.add(new Standing(ranks[i], tied, sorted.get(i)));
        }
        return new Standings(tieRule, standings);
    }

    static boolean ties(Entry a, Entry b, TieRule tieRule) {
        boolean sameScore = a.score() == b.score();
        return tieRule == TieRule.FIRST_TO_REACH ? sameScore && a.reachedAt().equals(b.reachedAt()) : sameScore;
    }

    /** The tie rule the ranks follow. */
    public TieRule tieRule() {
        return tieRule;
    }

    /** The standings, best first. */
    public List<Standing> list() {
        return list;
    }

    /** How many entrants are ranked. */
    public int size() {
        return list.size();
    }

    /** One entrant's standing. */
    public Optional<Standing> find(String entrantId) {
        return Optional.ofNullable(byEntrant.get(entrantId));
    }

    Standing require(String entrantId) {
        return find(entrantId).orElseThrow(() ->
                new ContestRuleException("entrantId", entrantId + " is not in these standings"));
    }

    /** The entries, best first. */
    public List<Entry> entries() {
        return list.stream().map(Standing::entry).toList();
    }
}
