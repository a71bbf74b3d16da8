package dev.pacesetter.coaching;

import dev.pacesetter.content.SkillInfluence.Direction;

import java.util.OptionalDouble;

/**
 * One signal informing one targeted skill, before and after a plan.
 *
 * @param skillId   the targeted skill
 * @param signalId  the signal
 * @param direction which way is better for the skill
 * @param before    the value in the window before the plan started, if measured
 * @param after     the value in the window after it was completed, if measured
 * @param note      why the two cannot be compared, or empty when they can
 */
public record SignalDelta(String skillId, String signalId, Direction direction, OptionalDouble before,
                          OptionalDouble after, String note) {

    public SignalDelta {
        Checks.text(skillId, "skillId");
        Checks.text(signalId, "signalId");
        Checks.present(direction, "direction");
        Checks.present(before, "before");
        Checks.present(after, "after");
        Checks.present(note, "note");
    }

    public boolean comparable() {
        return before.isPresent() && after.isPresent();
    }

    /** {@code after − before}, in the signal's unit. */
    public OptionalDouble delta() {
        return comparable() ? OptionalDouble.of(after.getAsDouble() - before.getAsDouble()) : OptionalDouble.empty();
    }

    /** The delta turned so that positive is always better: negated for {@code LOWER_IS_BETTER}. */
    public OptionalDouble improvement() {
        return comparable()
                ? OptionalDouble.of(direction == Direction.HIGHER_IS_BETTER ? delta().getAsDouble() : -delta().getAsDouble())
                : OptionalDouble.empty();
    }
}
