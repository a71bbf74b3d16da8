package dev.pacesetter.comp.service;

import dev.pacesetter.api.CompensationApi;
import dev.pacesetter.api.model.CompAssignment;
import dev.pacesetter.api.model.CompAssignmentEnd;
import dev.pacesetter.api.model.CompAssignmentPage;
import dev.pacesetter.api.model.CompAuditEntity;
import dev.pacesetter.api.model.CompAuditEntry;
import dev.pacesetter.api.model.CompAuditPage;
import dev.pacesetter.api.model.CompEstimateRequest;
import dev.pacesetter.api.model.CompInquiry;
import dev.pacesetter.api.model.CompInquiryPage;
import dev.pacesetter.api.model.CompInquiryReply;
import dev.pacesetter.api.model.CompInquiryStatus;
import dev.pacesetter.api.model.CompNewInquiry;
import dev.pacesetter.api.model.CompNewAssignment;
import dev.pacesetter.api.model.CompNewPlanVersion;
import dev.pacesetter.api.model.CompPlanVersion;
import dev.pacesetter.api.model.CompPlanVersionPage;
import dev.pacesetter.api.model.CompQuotaInput;
import dev.pacesetter.api.model.CompStatementState;
import dev.pacesetter.api.model.CompStatementSummary;
import dev.pacesetter.api.model.CompStatementSummaryPage;
import dev.pacesetter.comp.CompPeriod;
import dev.pacesetter.identity.IdentityService;
import dev.pacesetter.platform.AuthFilter;
import dev.pacesetter.platform.Caller;
import dev.pacesetter.platform.Cursors;
import dev.pacesetter.platform.Idempotency;
import dev.pacesetter.platform.ProblemException;
import dev.pacesetter.platform.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import java.net.URI;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Compensation over HTTP: plans, assignments, quotas, statements, approvals, payouts, estimates.
 * {@code curl -H "Authorization: Bearer $TOKEN" localhost:8080/v1/compensation/statements/4/2026-Q4}
 */
@RequestScoped
public class CompensationResource implements CompensationApi {

    @Context
    SecurityContext security;

    @Inject
    PlanService plans;

    @Inject
    QuotaService quotas;

    @Inject
    StatementService statements;

    @Inject
    EstimateService estimates;

    @Inject
    PayoutExport payouts;

    @Inject
    InquiryService inquiries;

    @Inject
    IdentityService identity;

    @Inject
    StatementListing listing;

    @Inject
    AuditTrail trail;

    @Inject
    PlanLifecycle lifecycle;

    @Inject
    Idempotency idempotency;

    @Override
    public Response createPlanVersion(CompNewPlanVersion body, String idempotencyKey) {
        Caller caller = AuthFilter.caller(security);
        caller.require(Role.ADMIN);
        requireBody(body);
        return idempotency.once(caller, idempotencyKey, body, () -> {
            CompPlanVersion created = plans.createVersion(caller, body);
            return new Idempotency.Created(201, created, URI.create("/v1/compensation/plans/" + created.getPlanKey()
                    + "/versions/" + created.getVersion()));
        });
    }

    @Override
    public Response listPlanVersions(String cursor, Integer limit) {
        Caller caller = AuthFilter.caller(security);
        caller.require(Role.ADMIN, Role.MANAGER);
        int size = Cursors.limit(limit);
        List<CompPlanVersion> page = plans.versions(caller.orgId(), Cursors.afterId(cursor), size + 1);
        CompPlanVersionPage out = new CompPlanVersionPage().items(page.stream().limit(size).toList());
        if (page.size() > size) {
            out.nextCursor(Cursors.ofId(page.get(size - 1).getId()));
        }
        return Response.ok(out).build();
    }

    @Override
    public Response getPlanVersion(String planKey, Integer version) {
        Caller caller = AuthFilter.caller(security);
        caller.require(Role.ADMIN, Role.MANAGER);
        return Response.ok(plans.version(caller.orgId(), planKey, version)).build();
    }

    @Override
    public Response createAssignment(CompNewAssignment body, String idempotencyKey) {
        Caller caller = AuthFilter.caller(security);
        caller.require(Role.ADMIN);
        requireBody(body);
        return idempotency.once(caller, idempotencyKey, body, () -> {
            CompAssignment created = plans.assign(caller, body);
            return new Idempotency.Created(201, created, URI.create("/v1/compensation/assignments?userId="
                    + created.getUserId()));
        });
    }

    @Override
    public Response listAssignments(String cursor, Integer limit, Long userId) {
        Caller caller = AuthFilter.caller(security);
        caller.require(Role.REP, Role.MANAGER, Role.ADMIN, Role.ASSISTANT);
        int size = Cursors.limit(limit);
        Collection<Long> users;
        if (userId != null) {
            if (!identity.canSee(caller, userId)) {
                throw ProblemException.notFound("User " + userId);
            }
            users = Set.of(userId);
        } else if (caller.isAdmin()) {
            users = null;
        } else {
            Set<Long> visible = new HashSet<>(Set.of(caller.subjectId()));
            if (caller.has(Role.MANAGER) && caller.actingFor() == null) {
                visible.addAll(identity.reportIds(caller.orgId(), caller.userId()));
            }
            users = visible;
        }
        List<CompAssignment> page = plans.assignments(caller.orgId(), users, Cursors.afterId(cursor), size + 1);
        CompAssignmentPage out = new CompAssignmentPage().items(page.stream().limit(size).toList());
        if (page.size() > size) {
            out.nextCursor(Cursors.ofId(page.get(size - 1).getId()));
        }
        return Response.ok(out).build();
    }

    @Override
    public Response setQuota(Long userId, String period, CompQuotaInput body) {
        Caller caller = AuthFilter.caller(security);
        caller.require(Role.ADMIN);
        requireBody(body);
        return Response.ok(quotas.setQuota(caller, userId, Periods.parse(period), body)).build();
    }

    @Override
    public Response getQuota(Long userId, String period) {
        Caller caller = AuthFilter.caller(security);
        statements.requireReader(caller, userId);
        return Response.ok(quotas.quota(caller.orgId(), userId, Periods.parse(period))).build();
    }

    @Override
    public Response getStatement(Long userId, String period) {
        Caller caller = AuthFilter.caller(security);
        return Response.ok(statements.statement(caller, userId, Periods.parse(period))).build();
    }

    @Override
    public Response approveStatement(Long userId, String period) {
        Caller caller = AuthFilter.caller(security);
        return Response.ok(statements.approve(caller, userId, Periods.parse(period))).build();
    }

    @Override
    public Response markStatementPaid(Long userId, String period) {
        Caller caller = AuthFilter.caller(security);
        statements.requireReader(caller, userId);
        return Response.ok(statements.markPaid(caller, userId, Periods.parse(period))).build();
    }

    @Override
    public Response exportPayouts(LocalDate from, LocalDate to) {
        Caller caller = AuthFilter.caller(security);
        return Response.ok(payouts.csv(caller, from, to), "text/csv").build();
    }

    @Override
    public Response estimateDeal(CompEstimateRequest body) {
        Caller caller = AuthFilter.caller(security);
        requireBody(body);
        return Response.ok(estimates.estimate(caller, body)).build();
    }

    @Override
    public Response createInquiry(Long userId, String period, CompNewInquiry body, String idempotencyKey) {
        Caller caller = AuthFilter.caller(security);
        requireBody(body);
        CompPeriod parsed = Periods.parse(period);
        return idempotency.once(caller, idempotencyKey, body, () -> {
            CompInquiry created = inquiries.open(caller, userId, parsed, body);
            return new Idempotency.Created(201, created, URI.create("/v1/compensation/inquiries/" + created.getId()));
        });
    }

    @Override
    public Response listInquiries(String cursor, Integer limit, CompInquiryStatus status) {
        Caller caller = AuthFilter.caller(security);
        int size = Cursors.limit(limit);
        List<CompInquiry> page = inquiries.list(caller, status, Cursors.afterId(cursor), size + 1);
        CompInquiryPage out = new CompInquiryPage().items(page.stream().limit(size).toList());
        if (page.size() > size) {
            out.nextCursor(Cursors.ofId(page.get(size - 1).getId()));
        }
        return Response.ok(out).build();
    }

    @Override
    public Response getInquiry(Long inquiryId) {
        Caller caller = AuthFilter.caller(security);
        return Response.ok(inquiries.get(caller, inquiryId)).build();
    }

    @Override
    public Response replyToInquiry(Long inquiryId, CompInquiryReply body) {
        Caller caller = AuthFilter.caller(security);
        requireBody(body);
        return Response.ok(inquiries.reply(caller, inquiryId, body)).build();
    }

    @Override
    public Response listStatements(String period, CompStatementState state, Boolean pendingMyApproval, String cursor,
                                   Integer limit) {
        Caller caller = AuthFilter.caller(security);
        if (period == null) {
            throw ProblemException.badRequest("period", "is required");
        }
        int size = Cursors.limit(limit);
        StatementListing.Query query = new StatementListing.Query(Periods.parse(period), state,
                Boolean.TRUE.equals(pendingMyApproval));
        List<CompStatementSummary> page = listing.list(caller, query, Cursors.afterId(cursor), size + 1);
        CompStatementSummaryPage out = new CompStatementSummaryPage().items(page.stream().limit(size).toList());
        if (page.size() > size) {
            out.nextCursor(Cursors.ofId(page.get(size - 1).getUserId()));
        }
        return Response.ok(out).build();
    }

    @Override
    public Response listCompAudit(CompAuditEntity entity, Long userId, String cursor, Integer limit) {
        Caller caller = AuthFilter.caller(security);
        int size = Cursors.limit(limit);
        List<CompAuditEntry> page = trail.entries(caller, entity, userId, Cursors.beforeId(cursor), size + 1);
        CompAuditPage out = new CompAuditPage().items(page.stream().limit(size).toList());
        if (page.size() > size) {
            out.nextCursor(Cursors.ofId(page.get(size - 1).getId()));
        }
        return Response.ok(out).build();
    }

    @Override
    public Response endAssignment(Long assignmentId, CompAssignmentEnd body) {
        Caller caller = AuthFilter.caller(security);
        caller.require(Role.ADMIN);
        requireBody(body);
        return Response.ok(lifecycle.end(caller, assignmentId, body)).build();
    }

    @Override
    public Response retirePlanVersion(String planKey, Integer version) {
        Caller caller = AuthFilter.caller(security);
        return Response.ok(lifecycle.retire(caller, planKey, version)).build();
    }

    private static void requireBody(Object body) {
        if (body == null) {
            throw ProblemException.badRequest("body", "a JSON body is required");
        }
    }
}
