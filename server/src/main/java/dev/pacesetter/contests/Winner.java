package dev.pacesetter.contests;

import java.util.List;

/**
 * An entrant who won, and what.
 *
 * @param entrantId   the participant, or the team in a team battle
 * @param place       their final rank; in a race to target, their finishing position
 * @param sharedPlace whether another winner holds the same place (each receives its prize in full)
 * @param prizes      the prizes won; empty when the kind names more winners than it has prizes
 */
public record Winner(String entrantId, int place, boolean sharedPlace, List<Prize> prizes) {

    /** Copies the prizes. */
    public Winner {
        Checks.present(entrantId, "entrantId");
        prizes = List.copyOf(prizes);
    }
}
