package dev.pacesetter.contests.service;

import dev.pacesetter.contests.LifecycleAction;
import dev.pacesetter.platform.Workers;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Moves contests along their time-driven steps (SCHEDULED to LIVE to ENDED to FINALISED, and lapsed
 * challenges to CANCELLED) and checks finalised contests for late corrections (for
 * {@code pacesetter.contests.late-check-days}, default 90, after their end). Polls every few seconds;
 * every step is claimed in the database, so several instances never take one twice.
 */
@ApplicationScoped
public class ContestScheduler {
    private static final Logger LOG = Logger.getLogger(ContestScheduler.class.getName());
    private static final int MAX_STEPS = 10;

    @Inject
    ContestStore store;

    @Inject
    ContestFinaliser finaliser;

    @Inject
    LateCorrections late;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "pacesetter.contests.poll-millis", defaultValue = "2000")
    long pollMillis;

    /** How long after its end a finalised contest is still checked for late corrections. */
    @Inject
    @ConfigProperty(name = "pacesetter.contests.late-check-days", defaultValue = "90")
    long lateCheckDays;

    private ScheduledExecutorService worker;

    void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
        worker = Workers.daemon("contest-scheduler");
        worker.scheduleWithFixedDelay(this::poll, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (worker != null) {
            worker.shutdownNow();
        }
    }

    private void poll() {
        try {
            Instant now = clock.instant();
            store.due(now, 100).forEach(id -> advance(id, now));
            store.finalisedBehindTheLedger(now.minus(Duration.ofDays(lateCheckDays)), 100).forEach(late::check);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Contest scheduling paused: " + e.getMessage(), e);
        }
    }

    /**
     * Takes every step of the contest that is due at {@code now}, each claimed on its own; returns the
     * steps this caller took (none when another instance or thread took them).
     */
    public List<String> advance(long contestId, Instant now) {
        List<String> taken = new ArrayList<>();
        for (int i = 0; i < MAX_STEPS; i++) {
            Optional<LifecycleAction> step = finaliser.step(contestId, now);
            if (step.isEmpty()) {
                break;
            }
            taken.add(step.get().name());
        }
        return taken;
    }

    /** A race to target may have given away its last prize: look, off the projector's thread. */
    void onStandingsChanged(@Observes ContestStandingsChanged event) {
        if (worker != null) {
            worker.execute(() -> endIfPrizesTaken(event.contestId()));
        }
    }

    /** Ends a race to target whose prizes are all taken (tests; the standings observer does it too). */
    public boolean endIfPrizesTaken(long contestId) {
        try {
            return finaliser.endIfPrizesTaken(contestId, clock.instant());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Early end of contest " + contestId + " paused: " + e.getMessage(), e);
            return false;
        }
    }

    /** Checks a finalised contest for late corrections now (tests; the poll does it too). */
    public void checkLate(long contestId) {
        late.check(contestId);
    }
}
