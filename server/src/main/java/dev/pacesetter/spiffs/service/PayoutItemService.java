package dev.pacesetter.spiffs.service;

import dev.pacesetter.api.model.PayoutItem;
import dev.pacesetter.api.model.SpiffAwardAction;
import dev.pacesetter.api.model.SpiffAwardStatus;
import dev.pacesetter.identity.IdentityService;
import dev.pacesetter.platform.Caller;
import dev.pacesetter.platform.ProblemException;
import dev.pacesetter.platform.Role;
import dev.pacesetter.spiffs.AwardAction;
import dev.pacesetter.spiffs.AwardLifecycle;
import dev.pacesetter.spiffs.AwardStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Contest prizes on the payout ledger: the same readers and the same steps as SPIFF awards
 * (manager, then finance, then paid; or rejected), each step audited with before and after.
 */
@ApplicationScoped
public class PayoutItemService {

    @PersistenceContext(unitName = "pacesetter")
    EntityManager em;

    @Inject
    ContestPrizes prizes;

    @Inject
    IdentityService identity;

    @Inject
    SpiffAudit audit;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PayoutItem> list(Caller caller, Long userId, SpiffAwardStatus status, long offset, int limit) {
        ProgramService.requireReader(caller);
        Set<Long> users = null;
        if (userId != null) {
            if (!identity.canSee(caller, userId)) {
                throw ProblemException.notFound("User " + userId);
            }
            users = Set.of(userId);
        } else if (!caller.isAdmin()) {
            users = new HashSet<>(Set.of(caller.subjectId()));
            if (caller.has(Role.MANAGER) && caller.actingFor() == null) {
                users.addAll(identity.reportIds(caller.orgId(), caller.userId()));
            }
        }
        ContestPrizes.pullQuietly(prizes, caller.orgId());
        TypedQuery<PayoutItemRow> q = em.createQuery("select p from PayoutItemRow p where p.orgId = :org"
                        + (users == null ? "" : " and p.userId in :users")
                        + (status == null ? "" : " and p.status = :status") + " order by p.earnedAt, p.id",
                        PayoutItemRow.class)
                .setParameter("org", caller.orgId());
        if (users != null) {
            q.setParameter("users", List.copyOf(users));
        }
        if (status != null) {
            q.setParameter("status", status.name());
        }
        return q.setFirstResult((int) Math.min(offset, Integer.MAX_VALUE)).setMaxResults(limit).getResultList()
                .stream().map(PayoutItemService::toApi).toList();
    }

    /** One step; 409 naming the state when the item's state does not allow it. */
    @Transactional
    public PayoutItem transition(Caller caller, long itemId, SpiffAwardAction requested, String note) {
        caller.require(Role.MANAGER, Role.ADMIN);
        if (requested == null) {
            throw ProblemException.invalid("action", "is required");
        }
        AwardAction action = AwardAction.valueOf(requested.name());
        PayoutItemRow row = em.find(PayoutItemRow.class, itemId);
        if (row == null || row.orgId != caller.orgId() || !identity.canSee(caller, row.userId)) {
            throw ProblemException.notFound("Payout item " + itemId);
        }
        em.lock(row, LockModeType.PESSIMISTIC_WRITE);
        boolean finance = action == AwardAction.APPROVE_FINAL || action == AwardAction.PAY;
        if (finance && !caller.isAdmin()) {
            throw ProblemException.forbidden(action + " is the finance step and requires the ADMIN role.");
        }
        if (!finance && !caller.isAdmin() && !identity.reportIds(caller.orgId(), caller.userId()).contains(row.userId)) {
            throw ProblemException.forbidden("Only a manager of user " + row.userId + " or an admin may " + action + ".");
        }
        AwardStatus next;
        try {
            next = AwardLifecycle.next(AwardStatus.valueOf(row.status), action);
        } catch (AwardLifecycle.IllegalTransition e) {
            throw ProblemException.conflict(e.getMessage().replace("An award", "A payout item"));
        }
        String before = row.status;
        row.status = next.name();
        row.updatedAt = OffsetDateTime.now(clock);
        if (next == AwardStatus.PAID) {
            row.paidAt = row.updatedAt;
        }
        audit.record(row.orgId, caller.userId(), "PAYOUT_ITEM", row.id, action.name(),
                Map.of("status", before), note == null ? Map.of("status", row.status)
                        : Map.of("status", row.status, "note", note));
        return toApi(row);
    }

    static PayoutItem toApi(PayoutItemRow row) {
        return new PayoutItem().id(row.id).source(PayoutItem.SourceEnum.fromValue(row.source)).sourceId(row.sourceId)
                .userId(row.userId).reference(row.reference).description(row.description)
                .amount(SpiffCodec.wire(row.amount, Currency.getInstance(row.currency))).currency(row.currency)
                .status(SpiffAwardStatus.valueOf(row.status)).earnedAt(row.earnedAt);
    }
}
