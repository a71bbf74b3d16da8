package dev.pacesetter.comp.service;

import dev.pacesetter.api.model.CompStatement;
import dev.pacesetter.api.model.CompStatementState;
import dev.pacesetter.api.model.CompStatementSummary;
import dev.pacesetter.api.model.CompTotals;
import dev.pacesetter.comp.CompPeriod;
import dev.pacesetter.identity.IdentityService;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.platform.Caller;
import dev.pacesetter.platform.ProblemException;
import dev.pacesetter.platform.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The statements of one period, one summary per rep in rep-id order (the cursor is the last rep id).
 * A rep has a statement when one is frozen for the period, or when they are on a plan covering it
 * and have a quota for it (a live DRAFT, whose totals are computed for the page only).
 */
@ApplicationScoped
public class StatementListing {

    @PersistenceContext(unitName = "pacesetter")
    EntityManager em;

    @Inject
    IdentityService identity;

    @Inject
    StatementService statements;

    @Inject
    Clock clock;

    /** What to list: a period, optionally one state, optionally only what waits for the caller. */
    public record Query(CompPeriod period, CompStatementState state, boolean pendingMine) {
    }

    /** Up to {@code limit} summaries of reps after {@code afterUserId} that the caller may read. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CompStatementSummary> list(Caller caller, Query query, long afterUserId, int limit) {
        caller.require(Role.REP, Role.MANAGER, Role.ADMIN, Role.ASSISTANT);
        long orgId = caller.orgId();
        CompPeriod period = query.period();
        boolean manager = caller.has(Role.MANAGER) && caller.actingFor() == null;
        Set<Long> reports = manager ? identity.reportIds(orgId, caller.userId()) : Set.of();
        Map<Long, StatementRow> frozen = new HashMap<>();
        em.createQuery("select s from StatementRow s where s.orgId = :org and s.periodKind = :kind "
                        + "and s.periodStart = :start", StatementRow.class)
                .setParameter("org", orgId).setParameter("kind", period.kind().name())
                .setParameter("start", period.start()).getResultList().forEach(r -> frozen.put(r.userId, r));
        TreeSet<Long> candidates = new TreeSet<>(frozen.keySet());
        candidates.addAll(assignedFor(orgId, period));
        boolean ended = !period.end().isAfter(LocalDate.now(clock.withZone(identity.organisation(orgId).zone())));
        List<CompStatementSummary> out = new ArrayList<>();
        for (Long userId : candidates.tailSet(afterUserId, false)) {
            if (out.size() >= limit) {
                break;
            }
            if (!caller.isAdmin() && userId != caller.subjectId() && !reports.contains(userId)) {
                continue;
            }
            StatementRow row = frozen.get(userId);
            CompStatementState state = row == null ? CompStatementState.DRAFT : CompStatementState.valueOf(row.state);
            CompStatementSummary.AwaitingEnum awaiting = awaiting(state, ended);
            if (query.state() != null && query.state() != state) {
                continue;
            }
            if (query.pendingMine() && !(awaiting == CompStatementSummary.AwaitingEnum.MANAGER && reports.contains(userId)
                    || awaiting == CompStatementSummary.AwaitingEnum.ADMIN && caller.isAdmin() && caller.actingFor() == null)) {
                continue;
            }
            CompStatement statement = row != null ? FrozenStatements.read(row.frozen) : draft(orgId, userId, period);
            if (statement != null) {
                out.add(summary(statement, state, awaiting));
            }
        }
        Map<Long, UserView> users = identity.users(orgId, out.stream().map(CompStatementSummary::getUserId).toList());
        out.forEach(s -> s.displayName(users.containsKey(s.getUserId()) ? users.get(s.getUserId()).displayName() : null));
        return out;
    }

    /** Who must act next: a manager once the period has ended, then an admin. */
    static CompStatementSummary.AwaitingEnum awaiting(CompStatementState state, boolean periodEnded) {
        return switch (state) {
            case DRAFT -> periodEnded ? CompStatementSummary.AwaitingEnum.MANAGER : null;
            case MANAGER_APPROVED -> CompStatementSummary.AwaitingEnum.ADMIN;
            default -> null;
        };
    }

    /** The live draft, or null when the rep has no plan of the period's kind or no quota for it. */
    private CompStatement draft(long orgId, long userId, CompPeriod period) {
        try {
            return statements.view(orgId, userId, period);
        } catch (ProblemException e) {
            return null;
        }
    }

    /** Reps whose assignment covers the whole period (the plan's kind is checked when the draft is computed). */
    private List<Long> assignedFor(long orgId, CompPeriod period) {
        return em.createQuery("select distinct a.userId from AssignmentRow a where a.orgId = :org "
                        + "and a.fromDate <= :start and (a.toDate is null or a.toDate >= :last)", Long.class)
                .setParameter("org", orgId).setParameter("start", period.start())
                .setParameter("last", period.lastDay()).getResultList();
    }

    private static CompStatementSummary summary(CompStatement s, CompStatementState state,
                                                CompStatementSummary.AwaitingEnum awaiting) {
        return new CompStatementSummary().userId(s.getUserId()).period(s.getPeriod()).state(state)
                .planKey(s.getPlanKey()).planVersion(s.getPlanVersion()).currency(s.getCurrency())
                .totals(new CompTotals().earned(s.getTotals().getEarned()).adjustments(s.getTotals().getAdjustments())
                        .payable(s.getTotals().getPayable()))
                .awaiting(awaiting);
    }
}
