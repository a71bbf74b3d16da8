package dev.pacesetter.leaderboards;

import dev.pacesetter.activity.LedgerAppended;
import dev.pacesetter.activity.LedgerEntry;
import dev.pacesetter.activity.LedgerReader;
import dev.pacesetter.content.ActivityCatalog;
import dev.pacesetter.identity.IdentityService;
import dev.pacesetter.platform.Workers;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps each organisation's leaderboards caught up with its ledger. Work runs on one thread per
 * instance (so nothing here races with itself); across instances the checkpoint compare-and-set in
 * the apply script decides who applies a batch, and the loser re-reads. It is woken right after an
 * ingest commits here, and polls for entries other instances appended.
 */
@ApplicationScoped
public class Projector {
    private static final Logger LOG = Logger.getLogger(Projector.class.getName());
    static final int BATCH = 1000;

    @Inject
    LedgerReader ledger;

    @Inject
    RedisLeaderboards boards;

    @Inject
    IdentityService identity;

    @Inject
    ActivityCatalog catalog;

    @Inject
    @ConfigProperty(name = "pacesetter.projector.poll-millis", defaultValue = "500")
    long pollMillis;

    private ScheduledExecutorService worker;

    void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
        worker = Workers.daemon("leaderboard-projector");
        worker.scheduleWithFixedDelay(this::catchUpAll, 0, pollMillis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (worker != null) {
            worker.shutdownNow();
        }
    }

    void onAppended(@Observes(during = TransactionPhase.AFTER_SUCCESS) LedgerAppended event) {
        if (worker != null) {
            worker.execute(() -> catchUpQuietly(event.orgId()));
        }
    }

    /** Drops the organisation's boards and replays its whole ledger; returns entries replayed. */
    public long rebuild(long orgId) {
        try {
            return worker.submit(() -> {
                boards.reset(orgId);
                return catchUp(orgId);
            }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rebuilding", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("rebuild failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** Waits until everything queued before this call has been applied (tests, rebuild callers). */
    public void drain() {
        try {
            worker.submit(() -> {
            }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    public long position(long orgId) {
        return boards.position(orgId);
    }

    private void catchUpAll() {
        List<Long> orgs;
        try {
            orgs = identity.organisationIds();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot list organisations; will retry: " + e.getMessage());
            return;
        }
        orgs.forEach(this::catchUpQuietly);
    }

    private void catchUpQuietly(long orgId) {
        try {
            catchUp(orgId);
        } catch (RuntimeException e) {
            // Redis or the database is away; the next poll resumes from the checkpoint.
            LOG.log(Level.WARNING, "Leaderboard projection of organisation " + orgId + " paused: " + e.getMessage());
        }
    }

    /**
     * Applies every entry after the checkpoint, a batch at a time. A missing checkpoint means Redis
     * lost the projection (or never had it): whatever boards remain are dropped and the ledger is
     * replayed from the start, so the result equals the ledger and never double-counts.
     */
    long catchUp(long orgId) {
        if (!boards.hasPosition(orgId) && ledger.head(orgId) > 0) {
            boards.reset(orgId);
        }
        ZoneId zone = identity.organisation(orgId).zone();
        long applied = 0;
        while (true) {
            long from = boards.position(orgId);
            List<LedgerEntry> entries = ledger.after(orgId, from, BATCH);
            if (entries.isEmpty()) {
                return applied;
            }
            Map<String, Map<String, Long>> plan = ProjectionPlan.of(orgId, entries, zone, catalog);
            long to = entries.getLast().position();
            if (boards.apply(orgId, from, to, plan)) {
                applied += entries.size();
            }
        }
    }
}
