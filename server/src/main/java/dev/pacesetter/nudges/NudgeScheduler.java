package dev.pacesetter.nudges;

import dev.pacesetter.platform.Workers;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Timed nudge work on one thread per instance: dispatch due outbox rows (about every second), make
 * morning digests (every five minutes; once per user and day through a dedupe key), tell contests
 * ending within the hour (every minute; once per contest) and prune devices
 * unseen for 270 days (daily). Every instance runs it; the database decides who does what.
 */
@ApplicationScoped
class NudgeScheduler {
    private static final Logger LOG = Logger.getLogger(NudgeScheduler.class.getName());

    @Inject
    NudgeDispatcher dispatcher;

    @Inject
    DigestJob digests;

    @Inject
    DeviceService devices;

    @Inject
    EndingSoonJob endingSoon;

    @Inject
    ContestWatch contestWatch;

    @Inject
    PushGateway push;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "pacesetter.nudges.poll-millis", defaultValue = "1000")
    long pollMillis;

    private ScheduledExecutorService worker;

    void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
        // Load the push configuration now: broken credentials stop the start, and the log says push on or off.
        push.sender();
        worker = Workers.daemon("nudge-dispatcher");
        worker.scheduleWithFixedDelay(() -> quietly("dispatch", () -> dispatcher.dispatchDue(clock.instant())),
                pollMillis, pollMillis, TimeUnit.MILLISECONDS);
        worker.scheduleWithFixedDelay(() -> quietly("digest", () -> digests.run(clock.instant())),
                1, 5, TimeUnit.MINUTES);
        worker.scheduleWithFixedDelay(() -> quietly("contest ending soon", () -> endingSoon.run(clock.instant())),
                1, 1, TimeUnit.MINUTES);
        worker.scheduleWithFixedDelay(() -> quietly("contest results", () -> contestWatch.sweepResults(clock.instant())),
                1, 1, TimeUnit.MINUTES);
        worker.scheduleWithFixedDelay(() -> quietly("device pruning", () -> {
            int pruned = devices.prune(clock.instant());
            if (pruned > 0) {
                LOG.info("Pruned " + pruned + " push devices unseen for 270 days.");
            }
        }), 10, 24 * 60, TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        if (worker != null) {
            worker.shutdownNow();
        }
    }

    private static void quietly(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            // The database may be away; the next round resumes where this one stopped.
            LOG.log(Level.WARNING, "Nudge " + what + " paused: " + e.getMessage());
        }
    }
}
