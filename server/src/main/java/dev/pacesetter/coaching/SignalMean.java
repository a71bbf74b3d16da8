package dev.pacesetter.coaching;

/**
 * The mean change of one signal over a group of completed plans.
 *
 * @param group           the manager id, or the skill id
 * @param signalId        the signal; means are never taken across signals, whose units differ
 * @param meanDelta       mean of {@code after − before}, in the signal's unit
 * @param meanImprovement mean of the direction-adjusted delta: positive is better
 * @param count           how many plans the mean is over
 * @param <K>             the type of the group key
 */
public record SignalMean<K>(K group, String signalId, double meanDelta, double meanImprovement, int count) {

    public SignalMean {
        Checks.present(group, "group");
        Checks.text(signalId, "signalId");
        Checks.require(count >= 1, "count", "must be 1 or more");
    }
}
