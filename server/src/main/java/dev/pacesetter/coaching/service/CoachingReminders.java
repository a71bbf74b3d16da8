package dev.pacesetter.coaching.service;

import dev.pacesetter.content.NudgeKind;
import dev.pacesetter.identity.IdentityService;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.nudges.NudgeOutbox;
import dev.pacesetter.platform.Workers;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reminds reps of coaching activities due tomorrow and of overdue ones, in the organisation's time
 * zone, once per item and due day: the outbox's dedupe key ({@code coaching-due:<item>:<day>},
 * {@code coaching-overdue:<item>:<day>}) makes a second run, or a second instance, a no-op — the same
 * way morning digests are made once. Re-dating an item gives it a fresh reminder.
 */
@ApplicationScoped
class CoachingReminders {
    private static final Logger LOG = Logger.getLogger(CoachingReminders.class.getName());
    private static final int BATCH = 1000;

    @Inject
    CoachingStore store;

    @Inject
    IdentityService identity;

    @Inject
    NudgeOutbox outbox;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "pacesetter.coaching.reminder-minutes", defaultValue = "10")
    long everyMinutes;

    private ScheduledExecutorService worker;

    void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
        worker = Workers.daemon("coaching-reminders");
        worker.scheduleWithFixedDelay(() -> {
            try {
                run(clock.instant());
            } catch (RuntimeException e) {
                // The database may be away; the next round catches up (reminders are keyed by day).
                LOG.log(Level.WARNING, "Coaching reminders paused: " + e.getMessage());
            }
        }, 1, everyMinutes, TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        if (worker != null) {
            worker.shutdownNow();
        }
    }

    /** Enqueues the reminders due at {@code now}; returns how many this run made (or found made). */
    int run(Instant now) {
        // Time zones run up to 14 hours ahead of UTC: a day more covers every organisation's "tomorrow".
        LocalDate lastDue = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(2);
        int made = 0;
        for (Object[] row : store.openItemsDueBy(lastDue, BATCH)) {
            PlanItemRow item = (PlanItemRow) row[0];
            PlanRow plan = (PlanRow) row[1];
            if (!"ACTIVITY".equals(item.kind)) {
                continue; // a check-in is the manager's meeting, not the rep's homework
            }
            LocalDate today = LocalDate.ofInstant(now, identity.organisation(plan.orgId).zone());
            if (item.dueOn.equals(today.plusDays(1))) {
                made += enqueue(plan, item, NudgeKind.COACHING_ITEM_DUE_TOMORROW, "coaching-due:",
                        Map.of("itemTitle", item.title, "effort", item.minutes + " min", "itemId", item.id.toString()));
            } else if (item.dueOn.isBefore(today)) {
                UserView rep = identity.user(plan.orgId, plan.repId);
                Locale locale = rep.locale() == null ? Locale.ENGLISH : Locale.forLanguageTag(rep.locale());
                made += enqueue(plan, item, NudgeKind.COACHING_ITEM_OVERDUE, "coaching-overdue:",
                        Map.of("itemTitle", item.title, "itemId", item.id.toString(), "dueDate",
                                item.dueOn.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale))));
            }
        }
        return made;
    }

    private int enqueue(PlanRow plan, PlanItemRow item, NudgeKind kind, String prefix, Map<String, String> variables) {
        try {
            outbox.enqueue(new NudgeOutbox.Nudge(plan.orgId, plan.repId, kind, variables, null,
                    prefix + item.id + ":" + item.dueOn));
            return 1;
        } catch (RuntimeException e) {
            // Another instance made it at the same moment (unique dedupe key); one reminder is enough.
            LOG.log(Level.FINE, "Reminder for item " + item.id + " not made: " + e.getMessage());
            return 0;
        }
    }
}
