package dev.pacesetter.nudges;

import dev.pacesetter.content.NudgeCategory;
import dev.pacesetter.content.NudgeKind;
import dev.pacesetter.content.NudgeTemplates;
import dev.pacesetter.content.RenderedNudge;
import dev.pacesetter.identity.IdentityService;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.notifications.DailyCap;
import dev.pacesetter.notifications.DeliveryResult;
import dev.pacesetter.notifications.PushMessage;
import dev.pacesetter.notifications.PushSender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers due outbox rows: claim a batch (short transaction), decide each with
 * {@link DeliveryPolicy}, push outside any transaction, then record the outcome and the inbox item
 * in one transaction guarded by the claim token.
 *
 * <p>Guarantees. A row is claimed by one dispatcher at a time (SKIP LOCKED plus a lease), and only
 * the lease holder can record its outcome, so the inbox item is written once. A dispatcher that dies
 * after claiming leaves the row to be claimed again when the lease expires: nothing is lost. The one
 * duplicate left is FCM's: if an instance dies (or its lease expires) after FCM accepted a push but
 * before the outcome is recorded, the next claim pushes again. FCM has no idempotency key; the
 * collapse key (the outbox id) makes the device show the repeat in place of the first.
 *
 * <p>The daily cap holds under concurrent dispatchers: a push slot is taken in the database
 * ({@link PushDays}) before the push and given back when no device got it. A dispatcher dying
 * between taking a slot and pushing leaves it taken: the user gets one push fewer that day, never one
 * more. Rows of one batch are handled in order on one thread.
 */
@ApplicationScoped
class NudgeDispatcher {
    private static final Logger LOG = Logger.getLogger(NudgeDispatcher.class.getName());
    static final int BATCH = 100;
    static final int MAX_ATTEMPTS = 5;

    @Inject
    OutboxStore store;

    @Inject
    PreferenceStore preferences;

    @Inject
    DeviceService devices;

    @Inject
    IdentityService identity;

    @Inject
    NudgeTemplates templates;

    @Inject
    PushGateway push;

    @Inject
    PushDays pushDays;

    /** Claims and delivers due rows until none is left; returns how many were handled. */
    int dispatchDue(Instant now) {
        return dispatchDue(now, BATCH);
    }

    /** The same, claiming {@code batchSize} rows at a time (tests race dispatchers row by row). */
    int dispatchDue(Instant now, int batchSize) {
        int handled = 0;
        while (true) {
            List<OutboxStore.Claimed> batch = store.claim(now, batchSize);
            for (OutboxStore.Claimed claim : batch) {
                OutboxStore.Outcome outcome;
                try {
                    outcome = deliver(claim, now);
                } catch (RuntimeException e) {
                    // One bad row must not stop the rest: back off, and give up after a few tries.
                    LOG.log(Level.WARNING, "Nudge " + claim.id() + " not delivered: " + e.getMessage(), e);
                    outcome = retryOrFail(claim, "error: " + e.getMessage(), null, now);
                }
                try {
                    if (store.record(claim, outcome, now)) {
                        handled++;
                    }
                } catch (RuntimeException e) {
                    // The database is away: the lease runs out and the row is claimed again.
                    LOG.log(Level.WARNING, "Outcome of nudge " + claim.id() + " not recorded: " + e.getMessage());
                }
            }
            if (batch.size() < batchSize) {
                return handled;
            }
        }
    }

    private OutboxStore.Outcome deliver(OutboxStore.Claimed claim, Instant now) {
        NudgeKind kind = NudgeKind.valueOf(claim.kind());
        NudgeCategory category = templates.category(kind);
        UserView user = identity.user(claim.orgId(), claim.userId());
        if (!user.active()) {
            return new OutboxStore.Outcome(NudgeState.SUPPRESSED, "user is inactive", null, 0, false, null);
        }
        Preferences prefs = preferences.effective(claim.orgId(), claim.userId());
        Optional<PushSender> sender = push.sender();
        List<DeviceRow> targets = sender.isPresent() ? devices.of(claim.orgId(), claim.userId()) : List.of();
        DailyCap.Day today = DailyCap.today(now, prefs.zone());
        int pushedToday = pushDays.taken(claim.orgId(), claim.userId(), today.start());
        DeliveryPolicy.Decision decision = DeliveryPolicy.decide(prefs, kind, category, claim.createdAt(), now,
                new DeliveryPolicy.Facts(sender.isPresent(), targets.size(), pushedToday));
        return switch (decision) {
            case DeliveryPolicy.Defer(Instant until) ->
                    new OutboxStore.Outcome(NudgeState.DEFERRED, "quiet hours until " + until, null, 0, false, until);
            case DeliveryPolicy.Suppress(boolean inbox, String reason) ->
                    new OutboxStore.Outcome(NudgeState.SUPPRESSED, reason,
                            inbox && !claim.inboxWritten() ? render(claim, kind, user) : null, 0, false, null);
            case DeliveryPolicy.Send(boolean inbox, boolean doPush, String note) -> {
                RenderedNudge rendered = render(claim, kind, user);
                RenderedNudge item = inbox && !claim.inboxWritten() ? rendered : null;
                yield doPush ? pushWithinCap(claim, rendered, item, targets, sender.get(), now, today.start(),
                        prefs.dailyPushCap())
                        : new OutboxStore.Outcome(NudgeState.SENT, note == null ? null : "inbox only: " + note, item,
                        0, false, null);
            }
        };
    }

    /**
     * Takes one of the day's pushes before pushing (the policy's count may be stale by now: another
     * dispatcher can be pushing to the same user), and gives it back when no device got the push.
     */
    private OutboxStore.Outcome pushWithinCap(OutboxStore.Claimed claim, RenderedNudge rendered, RenderedNudge item,
                                              List<DeviceRow> targets, PushSender sender, Instant now,
                                              Instant dayStart, int cap) {
        boolean taken;
        try {
            taken = pushDays.take(claim.orgId(), claim.userId(), dayStart, cap);
        } catch (RuntimeException e) {
            // Another dispatcher created the day's counter at the same moment; now it exists.
            taken = pushDays.take(claim.orgId(), claim.userId(), dayStart, cap);
        }
        if (!taken) {
            return new OutboxStore.Outcome(NudgeState.SUPPRESSED, "daily push cap reached", item, 0, false, null);
        }
        OutboxStore.Outcome outcome = null;
        try {
            outcome = pushTo(claim, rendered, item, targets, sender, now);
            return outcome;
        } finally {
            if (outcome == null || outcome.devicesPushed() == 0) {
                pushDays.giveBack(claim.orgId(), claim.userId(), dayStart);
            }
        }
    }

    private OutboxStore.Outcome pushTo(OutboxStore.Claimed claim, RenderedNudge rendered, RenderedNudge item,
                                       List<DeviceRow> targets, PushSender sender, Instant now) {
        List<PushMessage> messages = new ArrayList<>(targets.size());
        for (DeviceRow device : targets) {
            messages.add(PushMessage.to(device.token).title(rendered.title()).body(rendered.body())
                    .deepLink(URI.create(rendered.deepLink())).category(rendered.category().name())
                    .collapseKey("n" + claim.id()).data("nudgeId", Long.toString(claim.id()))
                    .ttl(ttl(rendered.kind()))
                    .data("kind", rendered.kind().name()).build());
        }
        List<DeliveryResult> results = sender.send(messages);
        int delivered = 0;
        boolean retryable = false;
        List<String> unregistered = new ArrayList<>();
        String lastError = null;
        for (int i = 0; i < results.size(); i++) {
            switch (results.get(i)) {
                case DeliveryResult.Delivered d -> delivered++;
                case DeliveryResult.Unregistered u -> unregistered.add(targets.get(i).token);
                case DeliveryResult.Retryable r -> {
                    retryable = true;
                    lastError = r.reason();
                }
                case DeliveryResult.InvalidPayload p -> lastError = "invalid payload: " + p.reason();
                case DeliveryResult.Failed f -> lastError = f.reason();
            }
        }
        devices.removeTokens(unregistered);
        if (delivered > 0) {
            return new OutboxStore.Outcome(NudgeState.SENT, null, item, delivered, true, null);
        }
        if (unregistered.size() == targets.size()) {
            return new OutboxStore.Outcome(NudgeState.SENT, "inbox only: every device token was unregistered", item,
                    0, true, null);
        }
        if (retryable) {
            return retryOrFail(claim, "push retry: " + lastError, item, now);
        }
        return new OutboxStore.Outcome(NudgeState.FAILED, lastError, item, 0, true, null);
    }

    /** Back off exponentially from 30 s; after {@link #MAX_ATTEMPTS} tries the row fails. */
    private static OutboxStore.Outcome retryOrFail(OutboxStore.Claimed claim, String reason, RenderedNudge item,
                                                   Instant now) {
        String text = reason.length() > 300 ? reason.substring(0, 300) : reason;
        if (claim.attempts() + 1 < MAX_ATTEMPTS) {
            Duration wait = Duration.ofSeconds(30L << claim.attempts());
            return new OutboxStore.Outcome(NudgeState.DEFERRED, text, item, 0, true, now.plus(wait));
        }
        return new OutboxStore.Outcome(NudgeState.FAILED, text, item, 0, true, null);
    }

    /** FCM need not deliver a push to a device that comes online after the nudge went stale. */
    private static Duration ttl(NudgeKind kind) {
        Duration stale = DeliveryPolicy.staleRule(kind).maxAge();
        return stale.compareTo(PushMessage.MAX_TTL) > 0 ? PushMessage.MAX_TTL : stale;
    }

    private RenderedNudge render(OutboxStore.Claimed claim, NudgeKind kind, UserView user) {
        Locale locale = user.locale() == null ? Locale.ENGLISH : Locale.forLanguageTag(user.locale());
        return templates.render(kind, locale, NudgeOutbox.variables(claim.variables()));
    }
}
