package dev.pacesetter.coaching;

import dev.pacesetter.content.SalesRole;

import java.util.Comparator;
import java.util.List;

/**
 * A rep's standing in every skill of their role, and the gaps among them ranked.
 *
 * <p>Ranking (one written total order): weighted gap, largest first; then the skill's weight for the
 * role, heaviest first; then skill id, alphabetically. Only skills known to be below target are gaps;
 * unknown skills are listed apart, because a gap cannot be ranked before it is measured.
 *
 * @param repId     the rep
 * @param role      the rep's role
 * @param standings every skill weighted for the role, in the skill model's order for it
 */
public record RepGaps(long repId, SalesRole role, List<SkillStanding> standings) {

    public RepGaps {
        Checks.present(role, "role");
        standings = Checks.list(standings, "standings");
    }

    /** Skills below target, in ranking order. */
    public List<SkillStanding> ranked() {
        return standings.stream().filter(SkillStanding::hasGap).sorted(GapRules.RANKING).toList();
    }

    /** The first {@code n} ranked gaps (fewer when there are fewer). */
    public List<SkillStanding> top(int n) {
        Checks.require(n >= 1, "n", "must be 1 or more, was " + n);
        return ranked().stream().limit(n).toList();
    }

    /**
     * Skills with no usable evidence — the manager's next ratings — heaviest first, then by skill id, so
     * the order does not depend on the order of {@code standings}.
     */
    public List<SkillStanding> unknown() {
        return standings.stream().filter(s -> !s.proficiency().known())
                .sorted(Comparator.comparing(SkillStanding::weight, Comparator.reverseOrder())
                        .thenComparing(SkillStanding::skillId))
                .toList();
    }
}
