package dev.pacesetter.contests.service;

/**
 * Fired on the contest projector's thread after a contest's live standings in Redis moved to a new
 * ledger checkpoint (new activity counted, a roster change, a rebuild). Observers must be quick and must
 * not throw: live screens coalesce and push, nudges compare ranks. Nothing is fired for a write another
 * instance won; that instance fires its own.
 *
 * @param orgId      the contest's organisation
 * @param contestId  the contest
 * @param checkpoint the ledger position the standings now reflect
 */
public record ContestStandingsChanged(long orgId, long contestId, long checkpoint) {
}
