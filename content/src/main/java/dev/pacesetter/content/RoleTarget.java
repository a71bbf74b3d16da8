package dev.pacesetter.content;

/**
 * How much a skill matters for one role and the level a fully ramped person in that role works at.
 * Validated by the owning {@link Skill}, which can name the skill and the role in its message.
 *
 * @param weight      share of the role's overall skill score, in (0, 1]; a role's weights sum to 1
 * @param targetLevel the level expected of a ramped person in the role, 1..5 (see {@link SkillLevel})
 */
public record RoleTarget(double weight, int targetLevel) {
}
