package dev.pacesetter.nudges;

/** Where an outbox row is; see the NudgeState schema of the API for the meanings. */
enum NudgeState {
    QUEUED, DEFERRED, SENT, FAILED, SUPPRESSED;

    boolean pending() {
        return this == QUEUED || this == DEFERRED;
    }
}
