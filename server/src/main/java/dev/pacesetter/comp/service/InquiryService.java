package dev.pacesetter.comp.service;

import dev.pacesetter.api.model.CompInquiry;
import dev.pacesetter.api.model.CompInquiryMessage;
import dev.pacesetter.api.model.CompInquiryReply;
import dev.pacesetter.api.model.CompInquiryStatus;
import dev.pacesetter.api.model.CompNewInquiry;
import dev.pacesetter.api.model.CompStatementLine;
import dev.pacesetter.comp.CompPeriod;
import dev.pacesetter.content.NudgeKind;
import dev.pacesetter.identity.IdentityService;
import dev.pacesetter.nudges.NudgeOutbox;
import dev.pacesetter.platform.Caller;
import dev.pacesetter.platform.ProblemException;
import dev.pacesetter.platform.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Statement inquiries: a rep disputes one line; their manager (or an admin) answers in a thread and
 * resolves or rejects it. Every change is audited.
 */
@ApplicationScoped
public class InquiryService {
    private static final int MAX_MESSAGE = 4000;
    private static final Set<String> CLOSED = Set.of("RESOLVED", "REJECTED");

    @PersistenceContext(unitName = "pacesetter")
    EntityManager em;

    @Inject
    StatementService statements;

    @Inject
    IdentityService identity;

    @Inject
    Audit audit;

    @Inject
    NudgeOutbox outbox;

    @Inject
    Clock clock;

    @Transactional
    public CompInquiry open(Caller caller, long userId, CompPeriod period, CompNewInquiry in) {
        statements.requireReader(caller, userId);
        if (!caller.has(Role.REP) || caller.actingFor() != null || caller.userId() != userId) {
            throw ProblemException.forbidden("Only the rep may dispute their own statement.");
        }
        String message = message(in.getMessage());
        List<String> lineIds = statements.view(caller.orgId(), userId, period).getLines().stream()
                .map(CompStatementLine::getId).toList();
        if (in.getLineId() == null || !lineIds.contains(in.getLineId())) {
            throw ProblemException.invalid("lineId", "must be the id of a line of the " + period.label()
                    + " statement: " + String.join(", ", lineIds));
        }
        InquiryRow row = new InquiryRow();
        row.orgId = caller.orgId();
        row.userId = userId;
        row.periodKind = period.kind().name();
        row.periodStart = period.start();
        row.lineId = in.getLineId();
        row.ownerId = identity.user(caller.orgId(), userId).managerId();
        row.status = CompInquiryStatus.OPEN.name();
        row.createdAt = OffsetDateTime.now(clock);
        row.updatedAt = row.createdAt;
        em.persist(row);
        em.flush();
        addMessage(row, caller.userId(), message);
        em.flush();
        CompInquiry out = toApi(row, true);
        audit.record(new Audit.Change(caller.orgId(), caller.userId(), row.userId, "inquiry", row.id, "open"), null, out);
        return out;
    }

    @Transactional
    public CompInquiry reply(Caller caller, long inquiryId, CompInquiryReply in) {
        InquiryRow row = visible(caller, inquiryId, true);
        String message = message(in.getMessage());
        boolean rep = caller.userId() == row.userId && caller.actingFor() == null;
        boolean answerer = caller.actingFor() == null && (caller.isAdmin() || (caller.has(Role.MANAGER)
                && identity.reportIds(caller.orgId(), caller.userId()).contains(row.userId)));
        if (!rep && !answerer) {
            throw ProblemException.forbidden("Only the rep, a manager above them or an admin may reply.");
        }
        if (CLOSED.contains(row.status)) {
            throw ProblemException.conflict("The inquiry is " + row.status + "; it takes no more messages.");
        }
        CompInquiryStatus next = in.getStatus();
        if (rep && !answerer) {
            if (next != null && next != CompInquiryStatus.OPEN) {
                throw ProblemException.invalid("status", "a rep's reply keeps the inquiry OPEN");
            }
            next = CompInquiryStatus.OPEN;
        } else if (next == null || next == CompInquiryStatus.OPEN) {
            next = CompInquiryStatus.ANSWERED;
        }
        String before = row.status;
        row.status = next.name();
        row.updatedAt = OffsetDateTime.now(clock);
        addMessage(row, caller.userId(), message);
        em.flush();
        CompInquiry out = toApi(row, true);
        audit.record(new Audit.Change(caller.orgId(), caller.userId(), row.userId, "inquiry", row.id, "reply"),
                Map.of("status", before),
                Map.of("status", row.status, "message", message));
        if (caller.userId() != row.userId) {
            // Someone other than the rep answered, resolved or rejected it: the rep hears about it.
            outbox.enqueue(NudgeOutbox.Nudge.of(caller.orgId(), row.userId, NudgeKind.INQUIRY_ANSWERED,
                    Map.of("subject", subject(row), "inquiryId", Long.toString(row.id))));
        }
        return out;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CompInquiry get(Caller caller, long inquiryId) {
        return toApi(visible(caller, inquiryId, false), true);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CompInquiry> list(Caller caller, CompInquiryStatus status, long afterId, int limit) {
        caller.require(Role.REP, Role.MANAGER, Role.ADMIN, Role.ASSISTANT);
        Collection<Long> users = null;
        if (!caller.isAdmin()) {
            Set<Long> visible = new HashSet<>(Set.of(caller.subjectId()));
            if (caller.has(Role.MANAGER) && caller.actingFor() == null) {
                visible.addAll(identity.reportIds(caller.orgId(), caller.userId()));
            }
            users = visible;
        }
        var q = em.createQuery("select i from InquiryRow i where i.orgId = :org and i.id > :after"
                        + (users == null ? "" : " and i.userId in :users") + (status == null ? "" : " and i.status = :status")
                        + " order by i.id", InquiryRow.class)
                .setParameter("org", caller.orgId()).setParameter("after", afterId).setMaxResults(limit);
        if (users != null) {
            q.setParameter("users", List.copyOf(users));
        }
        if (status != null) {
            q.setParameter("status", status.name());
        }
        return q.getResultList().stream().map(r -> toApi(r, false)).toList();
    }

    private InquiryRow visible(Caller caller, long inquiryId, boolean lock) {
        caller.require(Role.REP, Role.MANAGER, Role.ADMIN, Role.ASSISTANT);
        InquiryRow row = em.find(InquiryRow.class, inquiryId);
        if (row == null || row.orgId != caller.orgId() || !identity.canSee(caller, row.userId)) {
            throw ProblemException.notFound("Inquiry " + inquiryId);
        }
        if (lock) {
            em.lock(row, LockModeType.PESSIMISTIC_WRITE);
        }
        return row;
    }

    private void addMessage(InquiryRow row, long authorId, String body) {
        InquiryMessageRow message = new InquiryMessageRow();
        message.inquiryId = row.id;
        message.authorId = authorId;
        message.body = body;
        message.at = OffsetDateTime.now(clock);
        em.persist(message);
    }

    /** {@code your 2026-Q4 statement (commission/tier-2)}: the period and the disputed line's key. */
    static String subject(InquiryRow row) {
        String period = Periods.of(row.periodKind, row.periodStart).label();
        String key = row.lineId.startsWith(period + ":") ? row.lineId.substring(period.length() + 1) : row.lineId;
        return "your " + period + " statement (" + key + ")";
    }

    private static String message(String message) {
        if (message == null || message.isBlank() || message.length() > MAX_MESSAGE) {
            throw ProblemException.invalid("message", "must be 1 to " + MAX_MESSAGE + " characters");
        }
        return message;
    }

    private CompInquiry toApi(InquiryRow row, boolean withThread) {
        CompInquiry out = new CompInquiry().id(row.id).userId(row.userId)
                .period(Periods.of(row.periodKind, row.periodStart).label()).lineId(row.lineId).ownerId(row.ownerId)
                .status(CompInquiryStatus.valueOf(row.status))
                .createdAt(row.createdAt.withOffsetSameInstant(ZoneOffset.UTC))
                .updatedAt(row.updatedAt.withOffsetSameInstant(ZoneOffset.UTC));
        if (withThread) {
            out.messages(em.createQuery("select m from InquiryMessageRow m where m.inquiryId = :id order by m.id",
                            InquiryMessageRow.class).setParameter("id", row.id).getResultList().stream()
                    .map(m -> new CompInquiryMessage().authorId(m.authorId).body(m.body)
                            .at(m.at.withOffsetSameInstant(ZoneOffset.UTC))).toList());
        }
        return out;
    }
}
