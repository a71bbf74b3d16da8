package dev.pacesetter.contests;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import static dev.pacesetter.contests.ContestStatus.CANCELLED;
import static dev.pacesetter.contests.ContestStatus.DRAFT;
import static dev.pacesetter.contests.ContestStatus.ENDED;
import static dev.pacesetter.contests.ContestStatus.FINALISED;
import static dev.pacesetter.contests.ContestStatus.LIVE;
import static dev.pacesetter.contests.ContestStatus.SCHEDULED;

/**
 * The contest state machine. Legal steps:
 * <pre>
 *   DRAFT     --SCHEDULE / ACCEPT_CHALLENGE--> SCHEDULED --START--> LIVE --END--> ENDED --FINALISE--> FINALISED
 *   SCHEDULED --UNSCHEDULE--> DRAFT
 *   DRAFT     --DECLINE_CHALLENGE--> CANCELLED
 *   DRAFT, SCHEDULED, LIVE, ENDED --CANCEL--> CANCELLED
 * </pre>
 * Cancelling an ENDED contest is allowed because no prize has been awarded yet (fraud found in the
 * grace period); a FINALISED one is not, since undoing awards is a separate, audited process.
 * Every step also checks the clock and the actor (see each {@link LifecycleAction}); time is always
 * passed in.
 */
public final class ContestLifecycle {

    /** The actor recorded for time-driven steps. */
    public static final String SYSTEM = "system";

    private static final Map<ContestStatus, Map<LifecycleAction, ContestStatus>> EDGES = edges();

    private ContestLifecycle() {
    }

    private static Map<ContestStatus, Map<LifecycleAction, ContestStatus>> edges() {
        Map<ContestStatus, Map<LifecycleAction, ContestStatus>> edges = new EnumMap<>(ContestStatus.class);
        for (ContestStatus status : ContestStatus.values()) {
            edges.put(status, new EnumMap<>(LifecycleAction.class));
        }
        edges.get(DRAFT).put(LifecycleAction.SCHEDULE, SCHEDULED);
        edges.get(DRAFT).put(LifecycleAction.ACCEPT_CHALLENGE, SCHEDULED);
        edges.get(DRAFT).put(LifecycleAction.DECLINE_CHALLENGE, CANCELLED);
        edges.get(SCHEDULED).put(LifecycleAction.UNSCHEDULE, DRAFT);
        edges.get(SCHEDULED).put(LifecycleAction.START, LIVE);
        edges.get(LIVE).put(LifecycleAction.END, ENDED);
        edges.get(ENDED).put(LifecycleAction.FINALISE, FINALISED);
        for (ContestStatus status : new ContestStatus[] {DRAFT, SCHEDULED, LIVE, ENDED}) {
            edges.get(status).put(LifecycleAction.CANCEL, CANCELLED);
        }
        return edges;
    }

    /**
     * Takes one step and records who took it and when.
     *
     * @param contest the contest as it is
     * @param action  the step to take
     * @param by      who takes it (a user id, or {@link #SYSTEM})
     * @param at      when; not before the previous step
     * @return the contest after the step
     * @throws IllegalTransitionException when the step is not legal now, with the reason
     */
    public static Contest apply(Contest contest, LifecycleAction action, String by, Instant at) {
        Checks.present(contest, "contest");
        Checks.present(action, "action");
        Checks.present(at, "at");
        ContestStatus from = contest.status();
        ContestStatus to = EDGES.get(from).get(action);
        if (to == null) {
            throw refuse(contest, action, from.terminal() ? from + " is final"
                    : "the legal steps from " + from + " are " + EDGES.get(from).keySet());
        }
        Optional<Transition> last = contest.lastStep();
        if (last.isPresent() && at.isBefore(last.get().at())) {
            throw refuse(contest, action, "it is dated " + at + ", before the previous step at " + last.get().at());
        }
        LifecycleGuards.check(contest, action, by, at);
        return contest.with(new Transition(from, to, action, by, at));
    }

    /**
     * The time-driven step due now, if any: START at the start, END at the end, FINALISE when the grace
     * period is over, and CANCEL of a head-to-head challenge still unanswered at its start. When several
     * are overdue (say after downtime) this returns the first; apply it and ask again.
     */
    public static Optional<LifecycleAction> due(Contest contest, Instant now) {
        Optional<Instant> at = nextDueAt(contest);
        if (at.isEmpty() || now.isBefore(at.get())) {
            return Optional.empty();
        }
        return Optional.of(switch (contest.status()) {
            case DRAFT -> LifecycleAction.CANCEL;
            case SCHEDULED -> LifecycleAction.START;
            case LIVE -> LifecycleAction.END;
            default -> LifecycleAction.FINALISE;
        });
    }

    /** When the next time-driven step falls due, so a scheduler knows when to look again. */
    public static Optional<Instant> nextDueAt(Contest contest) {
        Schedule schedule = contest.definition().schedule();
        return switch (contest.status()) {
            case DRAFT -> contest.definition().format().kind() instanceof ContestKind.HeadToHead
                    ? Optional.of(schedule.start()) : Optional.empty();
            case SCHEDULED -> Optional.of(schedule.start());
            case LIVE -> Optional.of(schedule.end());
            case ENDED -> Optional.of(contest.finaliseAt());
            case FINALISED, CANCELLED -> Optional.empty();
        };
    }

    static IllegalTransitionException refuse(Contest contest, LifecycleAction action, String reason) {
        return new IllegalTransitionException(contest.status(), action, reason);
    }
}
