package dev.pacesetter.contests.service;

import dev.pacesetter.activity.LedgerAppended;
import dev.pacesetter.activity.LedgerEntry;
import dev.pacesetter.contests.Activity;
import dev.pacesetter.contests.ActivityKind;
import dev.pacesetter.contests.ActivityWindow;
import dev.pacesetter.contests.ContestStatus;
import dev.pacesetter.contests.ScoreTally;
import dev.pacesetter.contests.TallyState;
import dev.pacesetter.contests.Targets;
import dev.pacesetter.platform.Workers;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the live standings of every LIVE or ENDED contest caught up with the ledger. For each batch of
 * entries after the contest's own checkpoint, the entrants it touches have the batch folded onto the
 * tally Redis keeps for them, falling back to a recount of just that entrant's history where a fold
 * cannot be exact (reversals, amendments, activity landing inside a capped or percent score), so the
 * result is exactly what a rebuild gives; the tallies are written with the checkpoint advance in one
 * Lua call. One thread
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
    jakarta.enterprise.event.Event<ContestStandingsChanged> standingsChanged;

    @Inject
    @ConfigProperty(name = "pacesetter.projector.poll-millis", defaultValue = "500")
    long pollMillis;

    private ScheduledExecutorService worker;

    void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
        worker = Workers.daemon("contest-projector");
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
            if (redis.write(c.id(), OptionalLong.empty(), head, entrants.states(c, window, ledger.all(c.orgId(), head)))) {
                checkpoint = OptionalLong.of(head);
                moved(c, head);
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
            List<TallyState> tallies = tallies(c, window, batch, to);
            if (redis.write(c.id(), checkpoint, to, tallies)) {
                checkpoint = OptionalLong.of(to);
                if (!tallies.isEmpty()) {
                    moved(c, to);
                }
            } else {
                checkpoint = redis.checkpoint(c.id());
            }
        }
    }

    /**
     * The new tallies of the entrants a batch touches: each one's kept tally with the batch's activities
     * folded on ({@link ScoreTally#fold}), or, where that cannot be exact (a correction, an activity that
     * lands inside a capped or percent score, an entrant Redis keeps nothing for), a recount of just that
     * entrant's history up to the batch's end.
     */
    private List<TallyState> tallies(LoadedContest c, ActivityWindow window, List<LedgerEntry> batch, long to) {
        Map<Long, List<LedgerEntry>> byUser = touched(c, batch);
        Set<Long> admitted = entrants.admitted(c, byUser.keySet());
        Map<Long, TallyState> kept = redis.tallies(c.id(), admitted);
        ScoreTally tally = ScoreTally.of(c.definition(), window);
        Targets targets = c.targets();
        List<TallyState> out = new ArrayList<>(admitted.size());
        Set<Long> recount = new TreeSet<>();
        for (Long user : admitted) {
            Optional<TallyState> state = Optional.ofNullable(kept.get(user));
            List<LedgerEntry> entries = byUser.get(user);
            if (entries.stream().anyMatch(e -> e.correctsId() != null)) {
                state = Optional.empty();
            }
            for (Activity a : state.isEmpty() ? List.<Activity>of() : LedgerActivities.convert(entries)) {
                state = tally.fold(state.get(), a, Entrants.target(targets, user));
                if (state.isEmpty()) {
                    break;
                }
            }
            state.ifPresentOrElse(out::add, () -> recount.add(user));
        }
        if (!recount.isEmpty()) {
            out.addAll(Entrants.states(c, window, recount, ledger.of(c.orgId(), recount, to)));
        }
        return out;
    }

    /** Tells live screens and nudges; a failing observer must not stop the projection. */
    private void moved(LoadedContest c, long checkpoint) {
        try {
            standingsChanged.fire(new ContestStandingsChanged(c.orgId(), c.id(), checkpoint));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "An observer of contest " + c.id() + " standings failed: " + e.getMessage(), e);
        }
    }

    /** Entrants known up front (an opt-in, a start) are written at the current checkpoint. */
    private void refreshRoster(LoadedContest c) {
        OptionalLong checkpoint = redis.checkpoint(c.id());
        if (checkpoint.isEmpty()) {
            return; // the next catch-up rebuilds, roster included
        }
        Set<Long> roster = entrants.roster(c);
        List<TallyState> entries = Entrants.states(c, c.contest().activityWindow(), roster,
                ledger.of(c.orgId(), roster, checkpoint.getAsLong()));
        if (redis.write(c.id(), checkpoint, checkpoint.getAsLong(), entries)) {
            moved(c, checkpoint.getAsLong());
        }
    }

    /**
     * The ledger entries of a batch that may change an entry, by user: every entry of the metric's
     * kinds. Those that do not count still make their user an entrant, as a rebuild does (the roster
     * plus everyone admitted with activity of the metric's kinds); the tally decides what counts.
     */
    static Map<Long, List<LedgerEntry>> touched(LoadedContest c, List<LedgerEntry> batch) {
        Map<Long, List<LedgerEntry>> users = new TreeMap<>();
        for (LedgerEntry e : batch) {
            ActivityKind kind = LedgerActivities.kind(e.type());
            if (kind != null && c.definition().metric().activityTypes().contains(kind)) {
                users.computeIfAbsent(e.userId(), u -> new ArrayList<>()).add(e);
            }
        }
        return users;
    }
}
