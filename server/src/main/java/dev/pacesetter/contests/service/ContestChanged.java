package dev.pacesetter.contests.service;

/** Fired (after commit) when a contest's state or its entrants changed, so its standings catch up. */
record ContestChanged(long orgId, long contestId) {
}
