package dev.pacesetter.identity;

import dev.pacesetter.platform.ActiveUsers;
import dev.pacesetter.platform.Caller;
import dev.pacesetter.platform.ProblemException;
import dev.pacesetter.platform.RecentValues;
import dev.pacesetter.platform.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads of organisations, users and teams, and the visibility rules: an admin sees the whole
 * organisation, a manager their reports (transitively), everyone else themselves.
 */
@ApplicationScoped
public class IdentityService implements ActiveUsers {
    /**
     * How long a user read for the hot paths (token checks, names on boards, contest visibility) is
     * trusted: short enough that a change made through another instance bites quickly (a change through
     * this one bites at once), long enough to spare the database a query per request.
     */
    static final Duration RECENT = Duration.ofSeconds(10);

    @PersistenceContext(unitName = "pacesetter")
    EntityManager em;

    @Inject
    Event<UserChanged> userChanged;

    private final Map<Long, OrgView> orgs = new ConcurrentHashMap<>();
    private final RecentValues<UserView> recent = new RecentValues<>(RECENT, 200_000, System::nanoTime);

    /** A user changed: fired by the change, observed again when its transaction ends. */
    record UserChanged(long orgId, long userId) {
    }

    @Override
    public boolean isActive(long orgId, long userId) {
        UserView user = recentUser(orgId, userId);
        return user != null && user.active();
    }

    /**
     * The user as read at most {@link #RECENT} ago (see {@link RecentValues}), or null when the
     * organisation has no such user. For read paths only; a change uses {@link #user}.
     */
    public UserView recentUser(long orgId, long userId) {
        UserView view = recent.get(userId);
        if (view == null) {
            long generation = recent.generation(userId);
            AppUser user = em.find(AppUser.class, userId);
            if (user == null) {
                return null;
            }
            view = user.view();
            recent.keep(userId, view, generation);
        }
        return view.orgId() == orgId ? view : null;
    }

    /** Forget cached users now, and again once the changing transaction ends. */
    void evict(long orgId, long userId) {
        recent.changed(userId);
        userChanged.fire(new UserChanged(orgId, userId));
    }

    void changeEnded(@Observes(during = TransactionPhase.AFTER_COMPLETION) UserChanged change) {
        recent.changed(change.userId());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OrgView organisation(long orgId) {
        OrgView cached = orgs.get(orgId);
        if (cached != null) {
            return cached;
        }
        Organisation org = em.find(Organisation.class, orgId);
        if (org == null) {
            throw ProblemException.notFound("Organisation " + orgId);
        }
        OrgView view = new OrgView(org.id, org.slug, org.name, ZoneId.of(org.timeZone),
                Currency.getInstance(org.currency));
        orgs.put(orgId, view);
        return view;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> organisationIds() {
        return em.createQuery("select o.id from Organisation o order by o.id", Long.class).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OrgView> organisationBySlug(String slug) {
        return em.createQuery("select o.id from Organisation o where o.slug = :slug", Long.class)
                .setParameter("slug", slug).getResultStream().findFirst().map(this::organisation);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Long> userIdByEmail(long orgId, String email) {
        return em.createQuery("select u.id from AppUser u where u.orgId = :org and u.email = :email", Long.class)
                .setParameter("org", orgId).setParameter("email", email).getResultStream().findFirst();
    }

    /** A user of the caller's organisation, or 404 (also for another organisation's user). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public UserView user(long orgId, long userId) {
        AppUser user = em.find(AppUser.class, userId);
        if (user == null || user.orgId != orgId) {
            throw ProblemException.notFound("User " + userId);
        }
        return user.view();
    }

    /** A user the caller may see: themselves, a report (managers) or anyone (admins); else 404. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public UserView visibleUser(Caller caller, long userId) {
        if (!canSee(caller, userId)) {
            throw ProblemException.notFound("User " + userId);
        }
        return user(caller.orgId(), userId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean canSee(Caller caller, long userId) {
        if (caller.subjectId() == userId || caller.isAdmin()) {
            return true;
        }
        return caller.has(Role.MANAGER) && caller.actingFor() == null
                && reportIds(caller.orgId(), caller.userId()).contains(userId);
    }

    /** Everyone whose reporting line leads to the manager, at any depth. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<Long> reportIds(long orgId, long managerId) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("""
                WITH RECURSIVE reports(id) AS (
                    SELECT id FROM app_user WHERE org_id = ?1 AND manager_id = ?2
                    UNION
                    SELECT u.id FROM app_user u JOIN reports r ON u.manager_id = r.id WHERE u.org_id = ?1
                )
                SELECT id FROM reports""")
                .setParameter(1, orgId).setParameter(2, managerId).getResultList();
        Set<Long> ids = new HashSet<>();
        rows.forEach(r -> ids.add(((Number) r).longValue()));
        return ids;
    }

    /**
     * Which of the given users are active members of the organisation: ids only, so ingest checks a
     * batch's thousand users without building (and, in its transaction, registering) an entity each.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<Long> activeIds(long orgId, Collection<Long> ids) {
        Set<Long> out = new HashSet<>();
        List<Long> all = List.copyOf(ids);
        for (int i = 0; i < all.size(); i += 500) {
            out.addAll(em.createQuery("select u.id from AppUser u where u.orgId = :org and u.id in :ids "
                            + "and u.active = true", Long.class)
                    .setParameter("org", orgId)
                    .setParameter("ids", all.subList(i, Math.min(all.size(), i + 500)))
                    .getResultList());
        }
        return out;
    }

    /** Display names (and teams) of many users at once, for leaderboards. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, UserView> users(long orgId, Collection<Long> ids) {
        Map<Long, UserView> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        List<Long> all = List.copyOf(ids);
        for (int i = 0; i < all.size(); i += 500) {
            em.createQuery("select u from AppUser u where u.orgId = :org and u.id in :ids", AppUser.class)
                    .setParameter("org", orgId)
                    .setParameter("ids", all.subList(i, Math.min(all.size(), i + 500)))
                    .getResultList()
                    .forEach(u -> out.put(u.id, u.view()));
        }
        return out;
    }

    /**
     * Like {@link #users}, but each user as read at most {@link #RECENT} ago (see {@link RecentValues}):
     * for names and teams on boards and standings, read on every request.
     */
    public Map<Long, UserView> recentUsers(long orgId, Collection<Long> ids) {
        Map<Long, UserView> out = new HashMap<>();
        List<Long> missing = new java.util.ArrayList<>();
        for (Long id : ids) {
            UserView view = recent.get(id);
            if (view == null) {
                missing.add(id);
            } else if (view.orgId() == orgId) {
                out.put(id, view);
            }
        }
        if (!missing.isEmpty()) {
            Map<Long, Long> generations = new HashMap<>();
            missing.forEach(id -> generations.put(id, recent.generation(id)));
            users(orgId, missing).forEach((id, view) -> {
                recent.keep(id, view, generations.get(id));
                out.put(id, view);
            });
        }
        return out;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UserView> teamMembers(long orgId, long teamId) {
        return em.createQuery("select u from AppUser u where u.orgId = :org and u.teamId = :team order by u.id",
                        AppUser.class)
                .setParameter("org", orgId).setParameter("team", teamId)
                .getResultList().stream().map(AppUser::view).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TeamView team(long orgId, long teamId) {
        Team team = em.find(Team.class, teamId);
        if (team == null || team.orgId != orgId) {
            throw ProblemException.notFound("Team " + teamId);
        }
        return view(team);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TeamView> teams(long orgId) {
        return em.createQuery("select t from Team t where t.orgId = :org order by t.name", Team.class)
                .setParameter("org", orgId).getResultList().stream().map(this::view).toList();
    }

    /** The team a manager manages, else the team the user belongs to. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<TeamView> teamOf(long orgId, long userId) {
        Optional<Team> managed = em.createQuery(
                        "select t from Team t where t.orgId = :org and t.managerId = :user order by t.id", Team.class)
                .setParameter("org", orgId).setParameter("user", userId)
                .setMaxResults(1).getResultStream().findFirst();
        if (managed.isPresent()) {
            return managed.map(this::view);
        }
        UserView user = user(orgId, userId);
        return user.teamId() == null ? Optional.empty() : Optional.of(team(orgId, user.teamId()));
    }

    TeamView view(Team team) {
        long members = em.createQuery("select count(u) from AppUser u where u.orgId = :org and u.teamId = :team",
                        Long.class)
                .setParameter("org", team.orgId).setParameter("team", team.id).getSingleResult();
        return new TeamView(team.id, team.orgId, team.name, team.managerId, (int) members);
    }
}
