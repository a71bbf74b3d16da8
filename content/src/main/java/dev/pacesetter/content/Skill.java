package dev.pacesetter.content;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A sales skill, with its weight and target level for each role it matters to. A role that is
 * absent from {@code roles} is not assessed or coached on this skill.
 *
 * @param id          stable lower-kebab-case id, e.g. {@code objection-handling}
 * @param name        display name
 * @param description what the skill covers, for managers and reps
 * @param roles       weight and target level by role; at least one role
 */
public record Skill(String id, String name, String description, Map<SalesRole, RoleTarget> roles) {

    public Skill {
        Checks.id(id, "skill id");
        String where = "skill '" + id + "'";
        Checks.text(name, where + ": name", 60);
        Checks.text(description, where + ": description", 600);
        Checks.require(roles != null && !roles.isEmpty(), where + ": must be weighted for at least one role");
        for (Map.Entry<SalesRole, RoleTarget> e : roles.entrySet()) {
            RoleTarget t = e.getValue();
            Checks.require(t != null, where + ": " + e.getKey() + " has no weight and target level");
            Checks.require(t.weight() > 0 && t.weight() <= 1,
                    where + ": " + e.getKey() + " weight must be within (0, 1], was " + t.weight());
            Checks.range(t.targetLevel(), SkillLevel.MIN, SkillLevel.MAX,
                    where + ": " + e.getKey() + " target level");
        }
        roles = Collections.unmodifiableMap(new EnumMap<>(roles));
    }

    /** Whether people in this role are assessed and coached on this skill. */
    public boolean relevantFor(SalesRole role) {
        return roles.containsKey(role);
    }

    /** The weight and target level for a role, or empty when the skill does not apply to it. */
    public Optional<RoleTarget> target(SalesRole role) {
        return Optional.ofNullable(roles.get(role));
    }
}
