package dev.pacesetter.contests;

import java.time.Instant;

/** The clock and actor conditions of each lifecycle step, once the state allows it. */
final class LifecycleGuards {

    private LifecycleGuards() {
    }

    static void check(Contest contest, LifecycleAction action, String by, Instant at) {
        ContestDefinition definition = contest.definition();
        Schedule schedule = definition.schedule();
        ContestKind kind = definition.format().kind();
        switch (action) {
            case SCHEDULE -> {
                require(!(kind instanceof ContestKind.HeadToHead), contest, action,
                        "a HEAD_TO_HEAD is scheduled when its opponent accepts the challenge");
                require(at.isBefore(schedule.end()), contest, action, "its end " + schedule.end() + " has passed");
            }
            case UNSCHEDULE -> {
                require(!(kind instanceof ContestKind.HeadToHead), contest, action,
                        "an accepted challenge can only be cancelled");
                require(at.isBefore(schedule.start()), contest, action, "it started at " + schedule.start());
            }
            case ACCEPT_CHALLENGE, DECLINE_CHALLENGE -> {
                require(kind instanceof ContestKind.HeadToHead, contest, action, "only a HEAD_TO_HEAD has a challenge");
                String opponent = ((ContestKind.HeadToHead) kind).opponent();
                require(opponent.equals(by), contest, action, "only the opponent " + opponent + " may answer, not " + by);
                require(at.isBefore(schedule.start()), contest, action,
                        "the challenge lapsed at the start " + schedule.start());
            }
            case START -> require(!at.isBefore(schedule.start()), contest, action,
                    "it starts at " + schedule.start());
            case END -> require(!at.isBefore(schedule.end()) || endsEarly(kind) && at.isAfter(schedule.start()),
                    contest, action, "it ends at " + schedule.end()
                            + (endsEarly(kind) ? "" : " and only a race to target may end when its prizes are taken"));
            case FINALISE -> require(!at.isBefore(contest.finaliseAt()), contest, action,
                    "late activity is accepted until " + contest.finaliseAt());
            case CANCEL -> {
            }
        }
    }

    /**
     * Whether the kind may end before its scheduled end. The caller checks that the last prize is taken
     * ({@link PrizeAward#allPrizesTaken}); the state machine cannot see standings.
     */
    private static boolean endsEarly(ContestKind kind) {
        return kind instanceof ContestKind.RaceToTarget race && race.endWhenPrizesTaken();
    }

    private static void require(boolean condition, Contest contest, LifecycleAction action, String reason) {
        if (!condition) {
            throw ContestLifecycle.refuse(contest, action, reason);
        }
    }
}
