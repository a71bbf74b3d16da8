package dev.pacesetter.nudges;

import dev.pacesetter.client.api.NudgesApi;
import dev.pacesetter.client.model.NudgeState;
import dev.pacesetter.testing.TestOrg;

import java.time.Duration;

/** Test helper: get an organisation's due nudges delivered. */
final class Outboxes {

    private Outboxes() {
    }

    /**
     * Waits (bounded) until the background dispatch loop has handled every row of the organisation
     * that is due now. Dispatching from the test as well would race with it, and two dispatchers
     * deciding rows of one user at once may exceed the daily cap by one (documented), which would
     * make the cap test flaky.
     */
    static void settle(TestOrg org) throws Exception {
        NudgesApi admin = new NudgesApi(org.client(org.admin));
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            // A collapsible nudge (rank changes) waits a few minutes on purpose: not due now, not waited for.
            java.time.OffsetDateTime now = java.time.OffsetDateTime.now();
            if (admin.listNudgeDeliveries(null, 200, null, NudgeState.QUEUED).getItems().stream()
                    .noneMatch(d -> d.getNextAttemptAt() == null || !d.getNextAttemptAt().isAfter(now))) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("outbox of organisation " + org.org.id() + " not settled within 15 s");
    }
}
