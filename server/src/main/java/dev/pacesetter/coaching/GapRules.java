package dev.pacesetter.coaching;

import dev.pacesetter.content.RoleTarget;
import dev.pacesetter.content.SalesRole;
import dev.pacesetter.content.Skill;
import dev.pacesetter.content.SkillModel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gap analysis: each skill of the rep's role against its target ({@code gap = target − proficiency}),
 * weighted by the skill's weight for the role, ranked by {@link #RANKING}.
 */
final class GapRules {

    /** Weighted gap desc, then role weight desc, then skill id asc (see {@link RepGaps}). */
    static final Comparator<SkillStanding> RANKING = Comparator
            .comparing((SkillStanding s) -> s.weightedGap().orElse(BigDecimal.ZERO), Comparator.reverseOrder())
            .thenComparing(SkillStanding::weight, Comparator.reverseOrder())
            .thenComparing(SkillStanding::skillId);

    private GapRules() {
    }

    /**
     * The standings of a rep in every skill of their role. A skill missing from {@code proficiencies}
     * is unknown ("not assessed"); proficiencies for skills outside the role are ignored.
     */
    static RepGaps analyse(SkillModel model, long repId, SalesRole role, Map<String, SkillProficiency> proficiencies) {
        List<SkillStanding> standings = new ArrayList<>();
        for (Skill skill : model.skillsFor(role)) {
            RoleTarget target = skill.target(role).orElseThrow();
            SkillProficiency p = Optional.ofNullable(proficiencies.get(skill.id()))
                    .orElseGet(() -> notAssessed(skill.id()));
            standings.add(new SkillStanding(skill.id(), skill.name(), target.weight(), target.targetLevel(), p));
        }
        return new RepGaps(repId, role, standings);
    }

    static SkillProficiency notAssessed(String skillId) {
        return new SkillProficiency(skillId, Optional.empty(), new Explanation(List.of(), "unknown: not assessed"));
    }
}
