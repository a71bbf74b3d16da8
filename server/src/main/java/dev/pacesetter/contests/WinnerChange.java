package dev.pacesetter.contests;

import java.util.Set;

/**
 * How a correction after the freeze would change a finalised contest's winners, for the admin report.
 *
 * @param noLongerWinning winners under the frozen standings who would not win after the correction
 * @param newlyWinning    entrants who would win after the correction but did not
 * @param prizeChanged    winners in both whose place or prizes would differ
 */
public record WinnerChange(Set<String> noLongerWinning, Set<String> newlyWinning, Set<String> prizeChanged) {

    /** Copies the sets. */
    public WinnerChange {
        noLongerWinning = Set.copyOf(noLongerWinning);
        newlyWinning = Set.copyOf(newlyWinning);
        prizeChanged = Set.copyOf(prizeChanged);
    }

    /** Whether the set of winners would differ. */
    public boolean winnersChanged() {
        return !noLongerWinning.isEmpty() || !newlyWinning.isEmpty();
    }

    /** Whether anything an admin must look at would differ. */
    public boolean anyChange() {
        return winnersChanged() || !prizeChanged.isEmpty();
    }
}
