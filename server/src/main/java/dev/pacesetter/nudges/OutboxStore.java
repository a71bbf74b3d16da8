package dev.pacesetter.nudges;

import dev.pacesetter.content.RenderedNudge;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The dispatcher's short transactions on the outbox. A claim is a lease: rows are picked with
 * {@code FOR UPDATE SKIP LOCKED} (so concurrent dispatchers never pick the same row) and stamped
 * with a token and an expiry; every later write checks the token under a row lock, so a dispatcher
 * whose lease expired and was taken over cannot record a second outcome.
 */
@ApplicationScoped
class OutboxStore {
    /** Longer than a dispatch with the push sender's retries; an expired lease is claimed again. */
    static final Duration LEASE = Duration.ofMinutes(2);

    @PersistenceContext(unitName = "pacesetter")
    EntityManager em;

    @Inject
    InboxService inbox;

    /** A claimed row: what the dispatcher needs, detached from the persistence context. */
    record Claimed(long id, String token, long orgId, long userId, String kind, String variables,
                   Instant createdAt, int attempts, boolean inboxWritten) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<Claimed> claim(Instant now, int limit) {
        OffsetDateTime at = NudgeOutbox.at(now);
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("""
                SELECT id FROM nudge_outbox
                WHERE state IN ('QUEUED', 'DEFERRED') AND next_attempt_at <= ?1
                  AND (claimed_until IS NULL OR claimed_until < ?1)
                ORDER BY next_attempt_at, id
                LIMIT ?2
                FOR UPDATE SKIP LOCKED""")
                .setParameter(1, at).setParameter(2, limit).getResultList();
        List<Claimed> claimed = new ArrayList<>(ids.size());
        for (Object id : ids) {
            OutboxRow row = em.find(OutboxRow.class, ((Number) id).longValue());
            row.claimToken = UUID.randomUUID().toString();
            row.claimedUntil = NudgeOutbox.at(now.plus(LEASE));
            claimed.add(new Claimed(row.id, row.claimToken, row.orgId, row.userId, row.kind, row.variables,
                    row.createdAt.toInstant(), row.attempts, row.inboxItemId != null));
        }
        em.flush();
        return claimed;
    }

    /** The outcome of one dispatch. {@code nextAttempt} non-null puts the row back in the queue. */
    record Outcome(NudgeState state, String reason, RenderedNudge inboxItem, int devicesPushed, boolean pushTried,
                   Instant nextAttempt) {
    }

    /**
     * Records an outcome and writes the inbox item, atomically, if the claim is still ours.
     * Returns false when the lease was lost (another dispatcher owns the row now).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean record(Claimed claim, Outcome outcome, Instant now) {
        OutboxRow row = em.find(OutboxRow.class, claim.id(), LockModeType.PESSIMISTIC_WRITE);
        if (row == null || !claim.token().equals(row.claimToken)) {
            return false;
        }
        if (outcome.inboxItem() != null && row.inboxItemId == null) {
            row.inboxItemId = inbox.add(row.orgId, row.userId, row.id, outcome.inboxItem()).id;
        }
        row.state = outcome.state().name();
        row.reason = outcome.reason() == null || outcome.reason().length() <= 300 ? outcome.reason()
                : outcome.reason().substring(0, 300);
        row.claimToken = null;
        row.claimedUntil = null;
        if (outcome.pushTried()) {
            row.attempts++;
        }
        row.devicesPushed += outcome.devicesPushed();
        if (outcome.devicesPushed() > 0) {
            row.pushedAt = NudgeOutbox.at(now);
        }
        if (outcome.nextAttempt() != null) {
            row.nextAttemptAt = NudgeOutbox.at(outcome.nextAttempt());
        } else {
            row.finishedAt = NudgeOutbox.at(now);
        }
        em.flush();
        return true;
    }
}
