package dev.pacesetter.contests;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A contest's definition, its current state and the steps that led there. Immutable: a step returns a
 * new value (see {@link ContestLifecycle#apply}).
 *
 * @param definition what the organiser decided
 * @param status     the current state
 * @param history    the steps taken, oldest first; empty for a fresh draft
 */
public record Contest(ContestDefinition definition, ContestStatus status, List<Transition> history) {

    /** Validates that the history is a chain ending in the current state. */
    public Contest {
        Checks.present(definition, "definition");
        Checks.present(status, "status");
        history = List.copyOf(Checks.present(history, "history"));
        ContestStatus expected = ContestStatus.DRAFT;
        for (Transition step : history) {
            Checks.require(step.from() == expected, "history", "step " + step.action() + " starts from "
                    + step.from() + " but the contest was " + expected);
            expected = step.to();
        }
        Checks.require(status == expected, "status", "is " + status + " but the history ends in " + expected);
    }

    /** A new contest in DRAFT. */
    public static Contest draft(ContestDefinition definition) {
        return new Contest(definition, ContestStatus.DRAFT, List.of());
    }

    /** The latest step, if any. */
    public Optional<Transition> lastStep() {
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }

    /** When activity stops counting: the scheduled end, or the moment a race ended early. */
    public Instant effectiveEnd() {
        Instant end = definition.schedule().end();
        for (Transition step : history) {
            if (step.action() == LifecycleAction.END && step.at().isBefore(end)) {
                return step.at();
            }
        }
        return end;
    }

    /** When the grace period is over and the contest is due to be finalised. */
    public Instant finaliseAt() {
        return effectiveEnd().plus(definition.schedule().grace());
    }

    /** Which activity this contest accepts, taking an early end into account. */
    public ActivityWindow activityWindow() {
        return new ActivityWindow(new ContestPeriod(definition.schedule().start(), effectiveEnd()), finaliseAt());
    }

    Contest with(Transition step) {
        List<Transition> steps = new ArrayList<>(history);
        steps.add(step);
        return new Contest(definition, step.to(), steps);
    }
}
