package dev.pacesetter.coaching;

import java.util.List;

/**
 * Levels on a gap's path for which the library has no activity building the skill: the plan has fewer
 * activities than the gap needs, and the manager should coach those steps directly (or the content
 * team should add activities).
 *
 * @param skillId       the skill
 * @param missingLevels the levels without an activity, ascending
 */
public record Shortfall(String skillId, List<Integer> missingLevels) {

    public Shortfall {
        Checks.text(skillId, "skillId");
        missingLevels = Checks.list(missingLevels, "missingLevels");
        Checks.require(!missingLevels.isEmpty(), "missingLevels", "must name at least one level");
    }
}
