package dev.pacesetter.contests.service;

import dev.pacesetter.contests.Transition;

/**
 * Fired synchronously, inside the transaction that records it, for every lifecycle step a contest takes
 * (an organiser's action, a time-driven step, a finalisation). Observers that write (nudges into the
 * outbox, say) join that transaction, so the step and what it caused commit or roll back together.
 *
 * @param orgId     the contest's organisation
 * @param contestId the contest
 * @param step      the step: from, to, action, who and when
 */
public record ContestStepped(long orgId, long contestId, Transition step) {
}
