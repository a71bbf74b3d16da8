package dev.pacesetter.identity;

import dev.pacesetter.api.model.NewTeam;
import dev.pacesetter.api.model.NewUser;
import dev.pacesetter.api.model.UserUpdate;
import dev.pacesetter.platform.FieldProblem;
import dev.pacesetter.platform.ProblemException;
import dev.pacesetter.platform.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/** Changes to organisations, users and teams. Callers have checked the ADMIN role. */
@ApplicationScoped
public class IdentityAdmin {

    @PersistenceContext(unitName = "pacesetter")
    EntityManager em;

    @Inject
    IdentityService identity;

    @Inject
    Clock clock;

    /** Creates an organisation (demo seeding, tests, and later an operator API). */
    @Transactional
    public OrgView createOrganisation(String slug, String name, ZoneId zone, Currency currency) {
        Organisation org = new Organisation();
        org.slug = slug;
        org.name = name;
        org.timeZone = zone.getId();
        org.currency = currency.getCurrencyCode();
        org.createdAt = OffsetDateTime.now(clock);
        em.persist(org);
        em.flush();
        return new OrgView(org.id, slug, name, zone, currency);
    }

    @Transactional
    public UserView createUser(long orgId, NewUser input) {
        List<FieldProblem> problems = new ArrayList<>();
        UserRules.email(input.getEmail(), problems);
        UserRules.displayName(input.getDisplayName(), true, problems);
        UserRules.roles(input.getRoles() == null ? null : input.getRoles().stream().map(r -> Role.valueOf(r.name())).toList(),
                true, problems);
        UserRules.timeZone(input.getTimeZone(), problems);
        UserRules.locale(input.getLocale(), problems);
        Long managerId = input.getManagerId();
        if (input.getTeamId() != null) {
            Team team = teamIn(orgId, input.getTeamId(), "teamId", problems);
            if (managerId == null && team != null) {
                managerId = team.managerId;
            }
        }
        if (input.getManagerId() != null) {
            managerIn(orgId, input.getManagerId(), problems);
        }
        if (!problems.isEmpty()) {
            throw ProblemException.validation(problems);
        }
        String email = input.getEmail().trim().toLowerCase(Locale.ROOT);
        if (emailTaken(orgId, email)) {
            throw ProblemException.conflict("A user with e-mail " + email + " already exists.");
        }
        AppUser user = new AppUser();
        user.orgId = orgId;
        user.email = email;
        user.displayName = input.getDisplayName().trim();
        user.roleSet(EnumSet.copyOf(input.getRoles().stream().map(r -> Role.valueOf(r.name())).toList()));
        user.salesRole = input.getSalesRole() == null ? null : input.getSalesRole().name();
        user.teamId = input.getTeamId();
        user.managerId = managerId;
        user.timeZone = input.getTimeZone();
        user.locale = input.getLocale();
        user.active = true;
        user.createdAt = OffsetDateTime.now(clock);
        em.persist(user);
        em.flush();
        return user.view();
    }

    @Transactional
    public UserView updateUser(long orgId, long userId, UserUpdate change) {
        AppUser user = em.find(AppUser.class, userId);
        if (user == null || user.orgId != orgId) {
            throw ProblemException.notFound("User " + userId);
        }
        List<FieldProblem> problems = new ArrayList<>();
        UserRules.displayName(change.getDisplayName(), false, problems);
        List<Role> roles = change.getRoles() == null ? null
                : change.getRoles().stream().map(r -> r == null ? null : Role.valueOf(r.name())).toList();
        UserRules.roles(roles, false, problems);
        UserRules.timeZone(change.getTimeZone(), problems);
        UserRules.locale(change.getLocale(), problems);
        if (change.getTeamId() != null) {
            teamIn(orgId, change.getTeamId(), "teamId", problems);
        }
        if (change.getManagerId() != null) {
            managerIn(orgId, change.getManagerId(), problems);
            if (change.getManagerId() == userId
                    || identity.reportIds(orgId, userId).contains(change.getManagerId())) {
                problems.add(new FieldProblem("managerId", "would make the reporting line a loop", null));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.validation(problems);
        }
        if (change.getDisplayName() != null) {
            user.displayName = change.getDisplayName().trim();
        }
        if (roles != null) {
            user.roleSet(EnumSet.copyOf(roles));
        }
        if (change.getSalesRole() != null) {
            user.salesRole = change.getSalesRole().name();
        }
        if (change.getTeamId() != null) {
            user.teamId = change.getTeamId();
        }
        if (change.getManagerId() != null) {
            user.managerId = change.getManagerId();
        }
        if (change.getTimeZone() != null) {
            user.timeZone = change.getTimeZone();
        }
        if (change.getLocale() != null) {
            user.locale = change.getLocale();
        }
        if (change.getActive() != null) {
            user.active = change.getActive();
        }
        em.flush();
        identity.evict(orgId, userId);
        return user.view();
    }

    @Transactional
    public TeamView createTeam(long orgId, NewTeam input) {
        List<FieldProblem> problems = new ArrayList<>();
        if (input.getName() == null || input.getName().isBlank() || input.getName().length() > 120) {
            problems.add(new FieldProblem("name", "must be 1 to 120 characters", null));
        }
        if (input.getManagerId() != null) {
            managerIn(orgId, input.getManagerId(), problems);
        }
        if (!problems.isEmpty()) {
            throw ProblemException.validation(problems);
        }
        String name = input.getName().trim();
        boolean taken = !em.createQuery("select t.id from Team t where t.orgId = :org and t.name = :name", Long.class)
                .setParameter("org", orgId).setParameter("name", name).getResultList().isEmpty();
        if (taken) {
            throw ProblemException.conflict("A team named '" + name + "' already exists.");
        }
        Team team = new Team();
        team.orgId = orgId;
        team.name = name;
        team.managerId = input.getManagerId();
        team.createdAt = OffsetDateTime.now(clock);
        em.persist(team);
        em.flush();
        return identity.view(team);
    }

    private boolean emailTaken(long orgId, String email) {
        return !em.createQuery("select u.id from AppUser u where u.orgId = :org and u.email = :email", Long.class)
                .setParameter("org", orgId).setParameter("email", email).getResultList().isEmpty();
    }

    private Team teamIn(long orgId, long teamId, String field, List<FieldProblem> problems) {
        Team team = em.find(Team.class, teamId);
        if (team == null || team.orgId != orgId) {
            problems.add(new FieldProblem(field, "no such team", null));
            return null;
        }
        return team;
    }

    private void managerIn(long orgId, long managerId, List<FieldProblem> problems) {
        AppUser manager = em.find(AppUser.class, managerId);
        if (manager == null || manager.orgId != orgId) {
            problems.add(new FieldProblem("managerId", "no such user", null));
        } else if (!manager.roleSet().contains(Role.MANAGER) && !manager.roleSet().contains(Role.ADMIN)) {
            problems.add(new FieldProblem("managerId", "must be a MANAGER or ADMIN", null));
        }
    }
}
