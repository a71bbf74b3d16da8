package dev.pacesetter.content;

/**
 * How a KPI signal bears on one skill. Validated by the owning {@link KpiSignal}.
 *
 * @param skill     the id of the skill the signal informs
 * @param direction whether a higher or a lower signal value suggests a stronger skill
 * @param weight    the share of the signal's evidence that goes to this skill, in (0, 1]
 */
public record SkillInfluence(String skill, Direction direction, double weight) {

    /** Which way is good. */
    public enum Direction {
        /** A higher value suggests a stronger skill, e.g. win rate. */
        HIGHER_IS_BETTER,
        /** A lower value suggests a stronger skill, e.g. lead response time. */
        LOWER_IS_BETTER
    }
}
