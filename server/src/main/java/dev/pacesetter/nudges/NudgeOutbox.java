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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
        OutboxRow row = row(nudge, now);
        em.persist(row);
        em.flush();
        if (nudge.collapseKey() != null) {
            collapse(row, now);
        }
        return row.id;
    }

    /**
     * Enqueues many nudges in one transaction and returns their ids in list order, leaving what
     * enqueueing them one by one in list order would: the same rows, the same dedupe answers (an id
     * already used, or one from earlier in the list) and the same collapsing. Collapsing runs once per
     * recipient and key over the pending rows, new ones included; that ends as the one-by-one runs do,
     * because a row is superseded only by its successor with the key, which later rows never change.
     * One dedupe lookup, one flush and one read of pending rows replace three statements and a commit
     * per nudge: an ingest batch can pass thousands of reps.
     */
    @Transactional
    public List<Long> enqueueAll(List<Nudge> nudges) {
        nudges.forEach(n -> templates.render(n.kind(), Locale.ENGLISH, n.variables()));
        Map<String, Long> used = OutboxKeys.used(em, nudges);
        Instant now = clock.instant();
        Map<String, OutboxRow> fresh = new HashMap<>();
        List<OutboxRow> rows = new ArrayList<>(nudges.size());
        List<Long> ids = new ArrayList<>(nudges.size());
        List<OutboxRow> created = new ArrayList<>();
        for (Nudge n : nudges) {
            String key = n.dedupeKey() == null ? null : OutboxKeys.dedupe(n.orgId(), n.userId(), n.dedupeKey());
            Long existing = key == null ? null : used.get(key);
            OutboxRow row = existing != null ? null : key == null ? null : fresh.get(key);
            if (existing == null && row == null) {
                row = row(n, now);
                em.persist(row);
                created.add(row);
                if (key != null) {
                    fresh.put(key, row);
                }
            }
            rows.add(row);
            ids.add(existing);
        }
        em.flush();
        collapseAll(created, now);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) != null) {
                ids.set(i, rows.get(i).id);
            }
        }
        return ids;
    }

    private OutboxRow row(Nudge nudge, Instant now) {
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
        return row;
    }

    /** {@link #collapse} for every recipient and key of new rows, with one read of the pending rows per organisation. */
    private void collapseAll(List<OutboxRow> created, Instant now) {
        Map<Long, Set<String>> groups = new HashMap<>();
        for (OutboxRow r : created) {
            if (r.collapseKey != null) {
                groups.computeIfAbsent(r.orgId, o -> new HashSet<>()).add(r.userId + "/" + r.collapseKey);
            }
        }
        groups.forEach((org, wanted) -> {
            List<Long> users = wanted.stream().map(g -> Long.parseLong(g.substring(0, g.indexOf('/')))).distinct().toList();
            List<String> keys = wanted.stream().map(g -> g.substring(g.indexOf('/') + 1)).distinct().toList();
            Map<String, List<OutboxRow>> pending = new HashMap<>();
            for (int i = 0; i < users.size(); i += 500) {
                pending(org, users.subList(i, Math.min(users.size(), i + 500)), keys, now).forEach(o -> {
                    String group = o.userId + "/" + o.collapseKey;
                    if (wanted.contains(group)) {
                        pending.computeIfAbsent(group, g -> new ArrayList<>()).add(o);
                    }
                });
            }
            pending.values().forEach(rows -> supersede(rows, now));
        });
        em.flush();
    }

    private List<OutboxRow> pending(long orgId, List<Long> users, List<String> keys, Instant now) {
        return em.createQuery("select o from OutboxRow o where o.orgId = :org and o.userId in :users "
                        + "and o.collapseKey in :keys and o.state in :states "
                        + "and (o.claimedUntil is null or o.claimedUntil < :now)", OutboxRow.class)
                .setParameter("org", orgId).setParameter("users", users).setParameter("keys", keys)
                .setParameter("states", List.of(NudgeState.QUEUED.name(), NudgeState.DEFERRED.name()))
                .setParameter("now", at(now)).getResultList();
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
        supersede(pending, now);
        em.flush();
    }

    /** Marks the rows (pending, one recipient and collapse key) that a newer one supersedes. */
    private static void supersede(List<OutboxRow> pending, Instant now) {
        if (pending.size() < 2) {
            return;
        }
        List<PendingNudge> candidates = new ArrayList<>();
        pending.forEach(o -> candidates.add(new PendingNudge(Long.toString(o.id), Optional.of(o.collapseKey),
                o.createdAt.toInstant())));
        // Equal creation times keep the later-listed one: list by id so the newest row wins.
        candidates.sort(java.util.Comparator.comparing(p -> Long.parseLong(p.id())));
        Set<String> kept = new HashSet<>();
        new Collapsing(COLLAPSE_WINDOW).collapse(candidates).forEach(p -> kept.add(p.id()));
        for (OutboxRow o : pending) {
            if (!kept.contains(Long.toString(o.id))) {
                o.state = NudgeState.SUPPRESSED.name();
                o.reason = "collapsed into a newer nudge";
                o.finishedAt = at(now);
            }
        }
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
