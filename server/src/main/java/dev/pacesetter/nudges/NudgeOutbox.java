package dev.pacesetter.nudges;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.pacesetter.content.NudgeKind;
import dev.pacesetter.content.NudgeTemplates;
import dev.pacesetter.notifications.Collapsing;
import dev.pacesetter.notifications.PendingNudge;
import dev.pacesetter.platform.JsonProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The one way to create a nudge. {@link #enqueue} writes an outbox row in the caller's transaction,
 * so a nudge exists exactly when the change that caused it committed; the dispatcher delivers it
 * later (preferences, quiet hours, cap, collapsing, inbox and push).
 * <pre>{@code
 * outbox.enqueue(NudgeOutbox.Nudge.of(orgId, repId, NudgeKind.SPIFF_APPROVED, Map.of(...)));
 * }</pre>
 */
@ApplicationScoped
public class NudgeOutbox {
    /** Nudges with the same collapse key this close together reach the phone as one: the newest. */
    static final Duration COLLAPSE_WINDOW = Duration.ofMinutes(5);
    /** A collapsible nudge waits this long before its first dispatch, so a burst can collapse. */
    static final Duration COLLAPSE_HOLD = Duration.ofSeconds(60);

    private static final TypeReference<TreeMap<String, String>> VARIABLES = new TypeReference<>() {
    };

    @PersistenceContext(unitName = "pacesetter")
    EntityManager em;

    @Inject
    NudgeTemplates templates;

    @Inject
    Clock clock;

    /**
     * A nudge for one recipient.
     *
     * @param orgId       the recipient's organisation
     * @param userId      the recipient
     * @param kind        which template
     * @param variables   every variable the template declares, and no others
     * @param collapseKey nudges with the same key within a few minutes collapse into the newest (max 64 bytes); null never collapses
     * @param dedupeKey   at most one nudge per recipient and key, ever (e.g. {@code digest:2026-11-23}); null for none
     */
    public record Nudge(long orgId, long userId, NudgeKind kind, Map<String, String> variables, String collapseKey,
                        String dedupeKey) {
        public Nudge {
            Objects.requireNonNull(kind, "kind");
            variables = Map.copyOf(variables);
            if (collapseKey != null && (collapseKey.isBlank() || collapseKey.length() > 64)) {
                throw new IllegalArgumentException("collapseKey must be 1 to 64 characters");
            }
            if (dedupeKey != null && (dedupeKey.isBlank() || dedupeKey.length() > 120)) {
                throw new IllegalArgumentException("dedupeKey must be 1 to 120 characters");
            }
        }

        public static Nudge of(long orgId, long userId, NudgeKind kind, Map<String, String> variables) {
            return new Nudge(orgId, userId, kind, variables, null, null);
        }
    }

    /**
     * Writes the outbox row in the caller's transaction (or a new one when there is none) and returns
     * its id. Template variables are checked now, so a broken call fails the change, not the dispatch.
     * With a dedupe key already used for the recipient, nothing is written and the existing id returned.
     * A newer collapsible nudge supersedes pending ones with its key within {@link #COLLAPSE_WINDOW}.
     */
    @Transactional
    public long enqueue(Nudge nudge) {
        templates.render(nudge.kind(), Locale.ENGLISH, nudge.variables());
        if (nudge.dedupeKey() != null) {
            Optional<Long> existing = em.createQuery("select o.id from OutboxRow o where o.orgId = :org "
                            + "and o.userId = :user and o.dedupeKey = :key", Long.class)
                    .setParameter("org", nudge.orgId()).setParameter("user", nudge.userId())
                    .setParameter("key", nudge.dedupeKey()).getResultStream().findFirst();
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        Instant now = clock.instant();
        OutboxRow row = new OutboxRow();
        row.orgId = nudge.orgId();
        row.userId = nudge.userId();
        row.kind = nudge.kind().name();
        row.variables = json(nudge.variables());
        row.collapseKey = nudge.collapseKey();
        row.dedupeKey = nudge.dedupeKey();
        row.createdAt = at(now);
        row.state = NudgeState.QUEUED.name();
        row.nextAttemptAt = at(nudge.collapseKey() == null ? now : now.plus(COLLAPSE_HOLD));
        em.persist(row);
        em.flush();
        if (nudge.collapseKey() != null) {
            collapse(row, now);
        }
        return row.id;
    }

    /** Whether the recipient already has a nudge with the dedupe key (to skip costly work before enqueueing). */
    @Transactional(Transactional.TxType.SUPPORTS)
    boolean exists(long orgId, long userId, String dedupeKey) {
        return !em.createQuery("select o.id from OutboxRow o where o.orgId = :org and o.userId = :user "
                        + "and o.dedupeKey = :key", Long.class)
                .setParameter("org", orgId).setParameter("user", userId).setParameter("key", dedupeKey)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** Marks pending, unclaimed rows with the new row's key that it supersedes. */
    private void collapse(OutboxRow newest, Instant now) {
        List<OutboxRow> pending = em.createQuery("select o from OutboxRow o where o.orgId = :org and o.userId = :user "
                        + "and o.collapseKey = :key and o.state in :states "
                        + "and (o.claimedUntil is null or o.claimedUntil < :now)", OutboxRow.class)
                .setParameter("org", newest.orgId).setParameter("user", newest.userId)
                .setParameter("key", newest.collapseKey)
                .setParameter("states", List.of(NudgeState.QUEUED.name(), NudgeState.DEFERRED.name()))
                .setParameter("now", at(now)).getResultList();
        if (pending.size() < 2) {
            return;
        }
        List<PendingNudge> candidates = new ArrayList<>();
        pending.forEach(o -> candidates.add(new PendingNudge(Long.toString(o.id), Optional.of(o.collapseKey),
                o.createdAt.toInstant())));
        // Equal creation times keep the later-listed one: list by id so the newest row wins.
        candidates.sort(java.util.Comparator.comparing(p -> Long.parseLong(p.id())));
        List<String> kept = new Collapsing(COLLAPSE_WINDOW).collapse(candidates).stream().map(PendingNudge::id).toList();
        for (OutboxRow o : pending) {
            if (!kept.contains(Long.toString(o.id))) {
                o.state = NudgeState.SUPPRESSED.name();
                o.reason = "collapsed into a newer nudge";
                o.finishedAt = at(now);
            }
        }
        em.flush();
    }

    static Map<String, String> variables(String json) {
        try {
            return JsonProvider.mapper().readValue(json, VARIABLES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("outbox variables are not a JSON object of strings", e);
        }
    }

    private static String json(Map<String, String> variables) {
        try {
            return JsonProvider.mapper().writeValueAsString(new TreeMap<>(variables));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** Outbox rows of an organisation, newest first, for the admins' delivery view. */
    @Transactional(Transactional.TxType.SUPPORTS)
    List<OutboxRow> deliveries(long orgId, Long userId, NudgeState state, long beforeId, int limit) {
        StringBuilder jpql = new StringBuilder("select o from OutboxRow o where o.orgId = :org and o.id < :before");
        if (userId != null) {
            jpql.append(" and o.userId = :user");
        }
        if (state != null) {
            jpql.append(" and o.state = :state");
        }
        var q = em.createQuery(jpql.append(" order by o.id desc").toString(), OutboxRow.class)
                .setParameter("org", orgId).setParameter("before", beforeId).setMaxResults(limit);
        if (userId != null) {
            q.setParameter("user", userId);
        }
        if (state != null) {
            q.setParameter("state", state.name());
        }
        return q.getResultList();
    }
}
