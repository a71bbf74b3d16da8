package dev.pacesetter.contests;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Turns one participant's ledger activity into their contest {@link Entry}: the score and when they
 * reached it. Reversed activities are dropped with their reversals; the rest are replayed in
 * occurrence order (then ledger position), and the entrant "reached" their score at the last activity
 * that raised it. Contributions are never negative, so that moment is well defined.
 *
 * <p>In a {@link ContestKind.RaceToTarget} the score is capped at the goal: every finisher then has the
 * same score, and the moment they reached it is the moment they crossed the goal, so the ordinary
 * {@link StandingOrder} lists finishers by who finished first.
 */
public final class ScoreTally {

    private static final Comparator<Activity> REPLAY = Comparator.comparing(Activity::occurredAt)
            .thenComparingLong(a -> a.stamp().position());

    private final Metric metric;
    private final ActivityWindow window;
    private final Scoring scoring;
    private final long cap;

    private ScoreTally(Metric metric, ActivityWindow window, Scoring scoring, long cap) {
        this.metric = metric;
        this.window = window;
        this.scoring = scoring;
        this.cap = cap;
    }

    /** The tally of one contest over the given activity window. */
    public static ScoreTally of(ContestDefinition definition, ActivityWindow window) {
        long cap = definition.format().kind() instanceof ContestKind.RaceToTarget race
                ? ScoreScale.of(definition).toUnits(race.goal()) : Long.MAX_VALUE;
        return new ScoreTally(definition.metric(), window, definition.format().scoring(), cap);
    }

    /**
     * The participant's entry.
     *
     * @param participantId whose activity this is; every activity must be credited to them
     * @param activities    their activities and reversals in any order; unrelated ones are ignored
     * @param target        their own target in raw metric units; needed for PERCENT_OF_TARGET only
     */
    public Entry entry(String participantId, Collection<Activity> activities, OptionalLong target) {
        return state(participantId, activities, target).entry();
    }

    /**
     * The participant's entry with what a projection needs to carry it forward ({@link #fold}).
     *
     * @param participantId whose activity this is; every activity must be credited to them
     * @param activities    their activities and reversals in any order; unrelated ones are ignored
     * @param target        their own target in raw metric units; needed for PERCENT_OF_TARGET only
     */
    public TallyState state(String participantId, Collection<Activity> activities, OptionalLong target) {
        long raw = 0;
        long score = Math.min(scoring.score(0, target), cap);
        ReachedAt reached = ReachedAt.FROM_START;
        ReachedAt last = ReachedAt.FROM_START;
        Map<Activity, Long> counted = counted(participantId, activities);
        List<Activity> replay = new ArrayList<>(counted.keySet());
        replay.sort(REPLAY);
        for (Activity activity : replay) {
            long units = counted.get(activity);
            raw = metric.aggregation().additive() ? Math.addExact(raw, units) : Math.max(raw, units);
            long next = Math.min(scoring.score(raw, target), cap);
            last = key(activity);
            if (next > score) {
                score = next;
                reached = last;
            }
        }
        return new TallyState(new Entry(participantId, score, reached), raw, last);
    }

    /**
     * Applies one more activity to a state without the history behind it, when that gives exactly what
     * {@link #state} would give over the history plus this activity; empty when it cannot (a reversal,
     * or an activity that lands before the latest counted one under a score that does not rise with
     * every unit: a capped race, or percent of target rounded down), and the caller recounts.
     *
     * <p>Why it is exact: an activity after every counted one only extends the replay, so the prefix
     * (and when the old score was reached) is untouched. Before that, only an uncapped raw score is
     * order-free: a sum rises with every positive unit, so it was last raised by the latest positive
     * activity; a best single is first reached by the earliest activity of the best amount.
     *
     * @param state    the participant's state before this activity
     * @param activity a new activity credited to them (not a reversal)
     * @param target   their own target, as for {@link #state}
     */
    public Optional<TallyState> fold(TallyState state, Activity activity, OptionalLong target) {
        Checks.require(activity.participantId().equals(state.entry().entrantId()), "activity",
                "is credited to " + activity.participantId() + ", not " + state.entry().entrantId());
        if (activity.reversal()) {
            return Optional.empty();
        }
        if (!(ActivityRules.evaluate(metric, window, activity) instanceof Verdict.Counts counts)) {
            return Optional.of(state);
        }
        long units = counts.units();
        boolean additive = metric.aggregation().additive();
        long raw = additive ? Math.addExact(state.raw(), units) : Math.max(state.raw(), units);
        long score = Math.min(scoring.score(raw, target), cap);
        ReachedAt key = key(activity);
        Entry old = state.entry();
        if (key.isAfter(state.last())) {
            ReachedAt reached = score > old.score() ? key : old.reachedAt();
            return Optional.of(new TallyState(new Entry(old.entrantId(), score, reached), raw, key));
        }
        if (scoring != Scoring.RAW || cap != Long.MAX_VALUE) {
            return Optional.empty();
        }
        ReachedAt reached = old.reachedAt();
        if (additive && units > 0 && key.isAfter(reached)) {
            reached = key;
        } else if (!additive && units > state.raw()) {
            reached = key;
        } else if (!additive && units == state.raw() && units > 0 && reached.isAfter(key)) {
            reached = key;
        }
        return Optional.of(new TallyState(new Entry(old.entrantId(), score, reached), raw, state.last()));
    }

    private static ReachedAt key(Activity activity) {
        return new ReachedAt(activity.occurredAt(), activity.stamp().position());
    }

    private Map<Activity, Long> counted(String participantId, Collection<Activity> activities) {
        Map<Activity, Long> counted = new HashMap<>();
        Set<Long> positions = new HashSet<>();
        Set<Long> reversed = new HashSet<>();
        for (Activity activity : activities) {
            Checks.require(activity.participantId().equals(participantId), "activities",
                    "position " + activity.stamp().position() + " is credited to " + activity.participantId()
                            + ", not " + participantId);
            Checks.require(positions.add(activity.stamp().position()), "activities",
                    "ledger position " + activity.stamp().position() + " appears twice");
            if (ActivityRules.evaluate(metric, window, activity) instanceof Verdict.Counts counts) {
                if (counts.reversal()) {
                    reversed.add(activity.stamp().reverses().getAsLong());
                } else {
                    counted.put(activity, counts.units());
                }
            }
        }
        counted.keySet().removeIf(a -> reversed.contains(a.stamp().position()));
        return counted;
    }
}
