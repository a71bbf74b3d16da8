package dev.pacesetter.contests;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who wins what at the end of a contest.
 *
 * @param winners   the winners, best place first
 * @param unawarded prizes no one won (a rank skipped by a tie, a tier no one reached, a duel drawn)
 * @param draw      whether a head-to-head ended level under its tie rule
 */
public record Outcome(List<Winner> winners, List<Prize> unawarded, boolean draw) {

    /** Copies the lists. */
    public Outcome {
        winners = List.copyOf(winners);
        unawarded = List.copyOf(unawarded);
    }

    /** The winners' ids, best place first. */
    public Set<String> winnerIds() {
        Set<String> ids = new LinkedHashSet<>();
        winners.forEach(w -> ids.add(w.entrantId()));
        return ids;
    }

    /**
     * How many more rank or finishing-position prizes are handed out than the contest lists, because
     * ties share a place and each tied winner receives the prize in full; the organiser should see this
     * before paying out. Threshold prizes go to everyone who reaches them by design and are not counted.
     */
    public int extraPrizes() {
        List<Prize> placed = winners.stream().flatMap(w -> w.prizes().stream())
                .filter(p -> !(p.condition() instanceof Prize.Threshold)).toList();
        return placed.size() - (int) placed.stream().distinct().count();
    }
}
