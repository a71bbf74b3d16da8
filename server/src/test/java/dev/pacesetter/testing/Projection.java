package dev.pacesetter.testing;

import dev.pacesetter.activity.LedgerReader;
import dev.pacesetter.leaderboards.Projector;
import jakarta.enterprise.inject.spi.CDI;

/** Waits until an organisation's leaderboards have applied its whole ledger. */
public final class Projection {

    private Projection() {
    }

    public static void awaitCaughtUp(long orgId) {
        LedgerReader ledger = CDI.current().select(LedgerReader.class).get();
        Projector projector = CDI.current().select(Projector.class).get();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            long head = ledger.head(orgId);
            if (projector.position(orgId) == head) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("projection of organisation " + orgId + " did not catch up within 10 s");
    }
}
