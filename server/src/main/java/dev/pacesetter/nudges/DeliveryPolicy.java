package dev.pacesetter.nudges;

import dev.pacesetter.content.NudgeCategory;
import dev.pacesetter.content.NudgeKind;
import dev.pacesetter.notifications.DailyCap;
import dev.pacesetter.notifications.QuietHours;
import dev.pacesetter.notifications.StaleRule;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What to do with one nudge now: pure, so every rule is a row in a table test. Order matters:
 * preferences first (nothing to deliver → nothing else matters), then whether a push is possible at
 * all, then quiet hours (a deferral that would make the nudge stale drops the push at once), then
 * the daily cap. The inbox follows only its preference and is never capped; a deferred nudge is
 * deferred whole, so its inbox item and its push stay one event.
 */
final class DeliveryPolicy {

    private DeliveryPolicy() {
    }

    /** What is known about the recipient when deciding. */
    record Facts(boolean pushConfigured, int devices, int pushedToday) {
    }

    sealed interface Decision {
    }

    /** Deliver: to the inbox and/or by push; {@code note} says why there is no push. */
    record Send(boolean inbox, boolean push, String note) implements Decision {
    }

    /** A policy withheld the push (and the inbox too, when {@code inbox} is false). */
    record Suppress(boolean inbox, String reason) implements Decision {
    }

    /** Wait, whole, until quiet hours end. */
    record Defer(Instant until) implements Decision {
    }

    /** How long a kind of nudge stays worth pushing; rank news goes stale fast. */
    static StaleRule staleRule(NudgeKind kind) {
        return switch (kind) {
            case OVERTAKEN, PRIZE_POSITION_ENTERED, CLOSE_TO_TARGET -> new StaleRule(Duration.ofHours(2));
            case CONTEST_ENDING_SOON -> new StaleRule(Duration.ofHours(3));
            case MORNING_DIGEST -> new StaleRule(Duration.ofHours(4));
            default -> new StaleRule(Duration.ofHours(24));
        };
    }

    static Decision decide(Preferences prefs, NudgeKind kind, NudgeCategory category, Instant createdAt,
                           Instant now, Facts facts) {
        Objects.requireNonNull(prefs, "prefs");
        boolean inbox = prefs.wantsInbox(category);
        if (!prefs.wantsPush(category)) {
            return inbox ? new Send(true, false, "push off for " + category) : new Suppress(false, category + " is off");
        }
        if (!facts.pushConfigured() || facts.devices() == 0) {
            String why = facts.pushConfigured() ? "no registered device" : "push delivery not configured";
            return inbox ? new Send(true, false, why) : new Suppress(false, why + "; inbox off for " + category);
        }
        StaleRule stale = staleRule(kind);
        if (prefs.quietHours().isPresent()
                && prefs.quietHours().get().decide(now) instanceof QuietHours.DeferUntil(Instant until)) {
            return stale.isStale(createdAt, until) ? new Suppress(inbox, "stale by the end of quiet hours")
                    : new Defer(until);
        }
        if (stale.isStale(createdAt, now)) {
            return new Suppress(inbox, "stale");
        }
        if (new DailyCap(prefs.dailyPushCap()).decide(facts.pushedToday()) == DailyCap.Decision.SUPPRESS) {
            return new Suppress(inbox, "daily push cap reached");
        }
        return new Send(inbox, true, null);
    }
}
