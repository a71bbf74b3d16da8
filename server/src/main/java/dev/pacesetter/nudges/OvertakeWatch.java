package dev.pacesetter.nudges;

import dev.pacesetter.activity.LedgerAppended;
import dev.pacesetter.activity.LedgerEntry;
import dev.pacesetter.activity.LedgerReader;
import dev.pacesetter.content.NudgeKind;
import dev.pacesetter.identity.IdentityService;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.leaderboards.LeaderboardService;
import dev.pacesetter.leaderboards.Projector;
import dev.pacesetter.platform.Workers;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * "You were overtaken" on the revenue board of the month. After a local ingest commits, it waits
 * until the projection has applied the new entries, asks the leaderboards who moved past whom, and
 * enqueues a collapsible OVERTAKEN nudge per overtaken rep. Runs on its own thread so ingest
 * latency does not grow. Only activity of the last two hours counts (backfills are not news), and
 * entries appended while this instance was down are not looked at. Each instance looks at the range
 * since its own last event, which can include another instance's entries; the resulting duplicate
 * is held for the collapse window with the same collapse key, so the rep still gets one push.
 */
@ApplicationScoped
class OvertakeWatch {
    private static final Logger LOG = Logger.getLogger(OvertakeWatch.class.getName());
    static final String METRIC = "revenue";
    private static final long PROJECTION_WAIT_MILLIS = 5_000;
    /** A bigger jump (a bulk import) is looked at only up to here: rank news about it is noise. */
    private static final int MAX_ENTRIES = 1000;
    /** As long as rank news stays worth pushing (the OVERTAKEN stale age). */
    private static final java.time.Duration FRESH = java.time.Duration.ofHours(2);

    @Inject
    LedgerReader ledger;

    @Inject
    Projector projector;

    @Inject
    LeaderboardService leaderboards;

    @Inject
    IdentityService identity;

    @Inject
    NudgeOutbox outbox;

    @Inject
    Clock clock;

    /** The last ledger position looked at, per organisation; organisations created later start at 0. */
    private final Map<Long, Long> seen = new ConcurrentHashMap<>();
    private ExecutorService worker;

    void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
        worker = Workers.daemon("nudge-overtakes");
        try {
            identity.organisationIds().forEach(org -> seen.put(org, ledger.head(org)));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot read ledger heads; overtake nudges start from the next ingest: "
                    + e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        if (worker != null) {
            worker.shutdownNow();
        }
    }

    void onAppended(@Observes(during = TransactionPhase.AFTER_SUCCESS) LedgerAppended event) {
        if (worker != null) {
            worker.execute(() -> {
                try {
                    look(event.orgId(), event.position());
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Overtake nudges of organisation " + event.orgId() + " skipped: "
                            + e.getMessage());
                }
            });
        }
    }

    private void look(long orgId, long position) {
        long from = seen.getOrDefault(orgId, 0L);
        if (position <= from) {
            return;
        }
        seen.put(orgId, position);
        if (position - from > MAX_ENTRIES) {
            return;
        }
        // Backfilled or seeded history is not news: only activity of the last hours can "pass" someone.
        java.time.Instant freshFrom = clock.instant().minus(FRESH);
        List<LedgerEntry> entries = ledger.after(orgId, from, (int) (position - from)).stream()
                .filter(e -> e.position() <= position && e.occurredAt().isAfter(freshFrom)).toList();
        if (entries.isEmpty() || !awaitProjection(orgId, position)) {
            return;
        }
        String month = YearMonth.now(clock.withZone(identity.organisation(orgId).zone())).toString();
        String dedupe = "overtaken:" + position;
        List<LeaderboardService.Overtake> overtakes = overtakesAsOf(orgId, position, entries);
        if (overtakes == null) {
            LOG.warning("The board of organisation " + orgId + " kept moving; overtake nudges skipped.");
            return;
        }
        // One read of the rivals' names and one outbox transaction for all: a batch of deals can pass
        // thousands of reps, and a query and a commit each were most of this watcher's time.
        Map<Long, UserView> rivals = identity.users(orgId,
                overtakes.stream().map(LeaderboardService.Overtake::byUserId).collect(Collectors.toSet()));
        List<NudgeOutbox.Nudge> nudges = new ArrayList<>(overtakes.size());
        for (LeaderboardService.Overtake o : overtakes) {
            UserView rival = rivals.get(o.byUserId());
            String name = rival != null ? rival.displayName() : identity.user(orgId, o.byUserId()).displayName();
            nudges.add(new NudgeOutbox.Nudge(orgId, o.userId(), NudgeKind.OVERTAKEN,
                    Map.of("rivalName", name, "contestName", "Revenue " + month, "rank", Long.toString(o.rank()),
                            "gap", o.gap(), "contestId", "revenue-" + month),
                    "overtaken:" + METRIC + ":" + month, dedupe + ":" + o.byUserId()));
        }
        if (!nudges.isEmpty()) {
            outbox.enqueueAll(nudges);
        }
    }

    /**
     * Scores are read while the projection may be applying later entries: read the applied position
     * before and after, and only trust a read during which it did not move (null after 3 tries).
     */
    private List<LeaderboardService.Overtake> overtakesAsOf(long orgId, long position, List<LedgerEntry> entries) {
        for (int attempt = 0; attempt < 3; attempt++) {
            long applied = projector.position(orgId);
            List<LedgerEntry> later = applied > position
                    ? ledger.after(orgId, position, (int) Math.min(applied - position, MAX_ENTRIES)) : List.of();
            if (applied - position > MAX_ENTRIES) {
                return List.of();
            }
            List<LeaderboardService.Overtake> result = leaderboards.overtakes(orgId, METRIC, entries,
                    later.stream().filter(e -> e.position() <= applied).toList());
            if (projector.position(orgId) == applied) {
                return result;
            }
        }
        return null;
    }

    private boolean awaitProjection(long orgId, long position) {
        long deadline = System.nanoTime() + PROJECTION_WAIT_MILLIS * 1_000_000;
        while (projector.position(orgId) < position) {
            if (System.nanoTime() > deadline) {
                LOG.warning("Projection of organisation " + orgId + " is behind; overtake nudges skipped.");
                return false;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
