package dev.pacesetter.contests.service;

import dev.pacesetter.activity.LedgerAppended;
import dev.pacesetter.activity.LedgerEntry;
import dev.pacesetter.contests.Activity;
import dev.pacesetter.contests.ActivityKind;
import dev.pacesetter.contests.ActivityRules;
import dev.pacesetter.contests.ActivityWindow;
import dev.pacesetter.contests.ContestStatus;
import dev.pacesetter.contests.Entry;
import dev.pacesetter.contests.Verdict;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the live standings of every LIVE or ENDED contest caught up with the ledger. For each batch of
 * entries after the contest's own checkpoint, the counting rules pick the entrants it touches; their
 * entries are recounted from the ledger (so reversals, amendments, late and out-of-order activity come
 * out exactly as a rebuild would) and written with the checkpoint advance in one Lua call. One thread
 * per instance; across instances the checkpoint compare-and-set decides, and the loser re-reads.
 */
@ApplicationScoped
public class ContestProjector {
    private static final Logger LOG = Logger.getLogger(ContestProjector.class.getName());
    private static final Set<ContestStatus> PROJECTED = Set.of(ContestStatus.LIVE, ContestStatus.ENDED);

    @Inject
    ContestStore store;

    @Inject
    ContestLoader loader;

    @Inject
    LedgerActivities ledger;

    @Inject
    Entrants entrants;

    @Inject
    RedisStandings redis;

    @Inject
    @ConfigProperty(name = "pacesetter.projector.poll-millis", defaultValue = "500")
    long pollMillis;

    private ScheduledExecutorService worker;

    void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
        worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "contest-projector");
            t.setDaemon(true);
            return t;
        });
        worker.scheduleWithFixedDelay(() -> catchUpAll(null), pollMillis, Math.max(pollMillis, 250),
                TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (worker != null) {
            worker.shutdownNow();
        }
    }

    void onAppended(@Observes(during = TransactionPhase.AFTER_SUCCESS) LedgerAppended event) {
        if (worker != null) {
            worker.execute(() -> catchUpAll(event.orgId()));
        }
    }

    void onChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContestChanged event) {
        if (worker != null) {
            worker.execute(() -> quietly(event.contestId(), true));
        }
    }

    /** Brings one contest up to the ledger head now, on the projector thread (tests, callers that must see it). */
    public void catchUpNow(long contestId) {
        try {
            worker.submit(() -> quietly(contestId, false)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private void catchUpAll(Long orgId) {
        List<ContestRow> rows;
        try {
            rows = store.inStates(PROJECTED);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot list live contests; will retry: " + e.getMessage());
            return;
        }
        java.util.Map<Long, Long> heads = new java.util.HashMap<>();
        for (ContestRow r : rows) {
            if (orgId != null && r.orgId != orgId) {
                continue;
            }
            try {
                // Most polls find nothing new: compare the checkpoint with the head before loading anything.
                OptionalLong checkpoint = redis.checkpoint(r.id);
                long head = heads.computeIfAbsent(r.orgId, ledger::head);
                if (checkpoint.isPresent() && checkpoint.getAsLong() >= head) {
                    continue;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Standings of contest " + r.id + " paused: " + e.getMessage());
                continue;
            }
            quietly(r.id, false);
        }
    }

    private void quietly(long contestId, boolean refreshRoster) {
        try {
            ContestRow row = store.byId(contestId);
            if (row == null) {
                return;
            }
            if (!PROJECTED.contains(ContestStatus.valueOf(row.status))) {
                if (ContestStatus.valueOf(row.status).terminal()) {
                    redis.drop(contestId); // frozen rows (or nothing) answer from now on
                }
                return;
            }
            LoadedContest contest = loader.load(row);
            if (refreshRoster) {
                refreshRoster(contest);
            }
            catchUp(contest);
        } catch (RuntimeException e) {
            // Redis or the database is away; the next poll resumes from the checkpoint.
            LOG.log(Level.WARNING, "Standings of contest " + contestId + " paused: " + e.getMessage());
        }
    }

    private void catchUp(LoadedContest c) {
        ActivityWindow window = c.contest().activityWindow();
        OptionalLong checkpoint = redis.checkpoint(c.id());
        if (checkpoint.isEmpty()) {
            long head = ledger.head(c.orgId());
            if (redis.write(c.id(), OptionalLong.empty(), head, entrants.entries(c, window, ledger.all(c.orgId(), head)))) {
                checkpoint = OptionalLong.of(head);
            } else {
                checkpoint = redis.checkpoint(c.id());
            }
        }
        while (checkpoint.isPresent()) {
            long from = checkpoint.getAsLong();
            List<LedgerEntry> batch = ledger.after(c.orgId(), from, LedgerActivities.PAGE);
            if (batch.isEmpty()) {
                return;
            }
            long to = batch.getLast().position();
            Set<Long> touched = entrants.admitted(c, touched(c, window, batch));
            List<Entry> entries = Entrants.entries(c, window, touched, ledger.of(c.orgId(), touched, to));
            checkpoint = redis.write(c.id(), checkpoint, to, entries) ? OptionalLong.of(to) : redis.checkpoint(c.id());
        }
    }

    /** Entrants known up front (an opt-in, a start) are written at the current checkpoint. */
    private void refreshRoster(LoadedContest c) {
        OptionalLong checkpoint = redis.checkpoint(c.id());
        if (checkpoint.isEmpty()) {
            return; // the next catch-up rebuilds, roster included
        }
        Set<Long> roster = entrants.roster(c);
        List<Entry> entries = Entrants.entries(c, c.contest().activityWindow(), roster,
                ledger.of(c.orgId(), roster, checkpoint.getAsLong()));
        redis.write(c.id(), checkpoint, checkpoint.getAsLong(), entries);
    }

    /**
     * The users whose entry a batch may change: a new activity the counting rules
     * ({@link ActivityRules#evaluate}) say counts, or a correction of the metric's kinds credited inside
     * the period and recorded in time (whether its original counted is the recount's business).
     */
    static Set<Long> touched(LoadedContest c, ActivityWindow window, List<LedgerEntry> batch) {
        Set<Long> users = new HashSet<>();
        for (LedgerEntry e : batch) {
            ActivityKind kind = LedgerActivities.kind(e.type());
            if (kind == null || !c.definition().metric().activityTypes().contains(kind)) {
                continue;
            }
            boolean counts;
            if (e.correctsId() == null) {
                List<Activity> alone = LedgerActivities.convert(List.of(e));
                counts = !alone.isEmpty() && ActivityRules.evaluate(c.definition().metric(), window, alone.getFirst())
                        instanceof Verdict.Counts;
            } else {
                counts = window.period().contains(e.creditedAt()) && e.receivedAt().isBefore(window.lateUntil());
            }
            if (counts) {
                users.add(e.userId());
            }
        }
        return users;
    }
}
