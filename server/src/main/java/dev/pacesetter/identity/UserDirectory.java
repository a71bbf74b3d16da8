package dev.pacesetter.identity;

import dev.pacesetter.platform.Caller;
import dev.pacesetter.platform.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Set;

/** Paged user listings: the whole organisation for admins, the reporting tree for managers. */
@ApplicationScoped
class UserDirectory {

    @PersistenceContext(unitName = "pacesetter")
    EntityManager em;

    @Inject
    IdentityService identity;

    @Transactional(Transactional.TxType.SUPPORTS)
    List<UserView> list(Caller caller, long afterId, int limit, Long teamId, Role role) {
        StringBuilder jpql = new StringBuilder("select u from AppUser u where u.orgId = :org and u.id > :after");
        Set<Long> reports = null;
        if (!caller.isAdmin()) {
            reports = identity.reportIds(caller.orgId(), caller.userId());
            if (reports.isEmpty()) {
                return List.of();
            }
            jpql.append(" and u.id in :reports");
        }
        if (teamId != null) {
            jpql.append(" and u.teamId = :team");
        }
        if (role != null) {
            jpql.append(" and u.roles like :role");
        }
        jpql.append(" order by u.id");
        TypedQuery<AppUser> query = em.createQuery(jpql.toString(), AppUser.class)
                .setParameter("org", caller.orgId()).setParameter("after", afterId).setMaxResults(limit);
        if (reports != null) {
            query.setParameter("reports", List.copyOf(reports));
        }
        if (teamId != null) {
            query.setParameter("team", teamId);
        }
        if (role != null) {
            query.setParameter("role", "%" + role.name() + "%");
        }
        return query.getResultList().stream().map(AppUser::view).toList();
    }
}
