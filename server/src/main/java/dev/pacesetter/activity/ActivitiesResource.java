package dev.pacesetter.activity;

import dev.pacesetter.api.ActivitiesApi;
import dev.pacesetter.api.model.Activity;
import dev.pacesetter.api.model.ActivityBatch;
import dev.pacesetter.api.model.ActivityInput;
import dev.pacesetter.api.model.ActivityPage;
import dev.pacesetter.api.model.ActivityResult;
import dev.pacesetter.api.model.ActivitySplit;
import dev.pacesetter.api.model.ActivityTypeInfo;
import dev.pacesetter.api.model.BatchResult;
import dev.pacesetter.api.model.FieldError;
import dev.pacesetter.api.model.ItemStatus;
import dev.pacesetter.content.ActivityCatalog;
import dev.pacesetter.identity.IdentityService;
import dev.pacesetter.platform.AuthFilter;
import dev.pacesetter.platform.Caller;
import dev.pacesetter.platform.Cursors;
import dev.pacesetter.platform.ProblemException;
import dev.pacesetter.platform.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import java.math.BigDecimal;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The ledger over HTTP.
 * {@code curl -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d @deal.json localhost:8080/v1/activities}
 */
@RequestScoped
public class ActivitiesResource implements ActivitiesApi {
    static final int MAX_BATCH = 1000;

    @Context
    SecurityContext security;

    @Inject
    LedgerService ledger;

    @Inject
    LedgerReader reader;

    @Inject
    IdentityService identity;

    @Inject
    ActivityCatalog catalog;

    @Override
    public Response ingestActivity(ActivityInput input) {
        Caller caller = ingester();
        if (input == null) {
            throw ProblemException.badRequest("body", "an activity object is required");
        }
        IngestOutcome outcome = ledger.ingest(caller, List.of(input), false).getFirst();
        return switch (outcome.status()) {
            case CREATED -> Response.created(URI.create("/v1/activities/" + outcome.entry().id()))
                    .entity(toApi(outcome.entry())).build();
            case DUPLICATE -> Response.ok(toApi(outcome.entry())).build();
            case REJECTED -> throw outcome.conflict()
                    ? ProblemException.conflict("Activity " + input.getSource() + "/" + input.getExternalId()
                    + " already exists with different content.")
                    : ProblemException.validation(outcome.problems().stream()
                    .map(p -> new dev.pacesetter.platform.FieldProblem(p.field(), p.reason(), null)).toList());
        };
    }

    @Override
    public Response ingestActivities(ActivityBatch batch, String prefer) {
        Caller caller = ingester();
        if (batch == null || batch.getActivities() == null || batch.getActivities().isEmpty()) {
            throw ProblemException.badRequest("activities", "must contain at least one activity");
        }
        if (batch.getActivities().size() > MAX_BATCH) {
            throw new ProblemException(413, "batch-too-large", "Batch too large",
                    "A batch holds at most " + MAX_BATCH + " activities; this one has "
                            + batch.getActivities().size() + ".", List.of());
        }
        boolean minimal = returnMinimal(prefer);
        List<IngestOutcome> outcomes = ledger.ingest(caller, batch.getActivities(), Boolean.TRUE.equals(batch.getAtomic()));
        BatchResult result = new BatchResult().created(0).duplicates(0).rejected(0);
        for (IngestOutcome o : outcomes) {
            ActivityResult item = new ActivityResult().index(o.index()).status(ItemStatus.fromValue(o.status().name()));
            if (o.entry() != null && minimal) {
                item.activityId(o.entry().id()).position(o.entry().position());
            } else if (o.entry() != null) {
                item.activity(toApi(o.entry()));
            }
            o.problems().forEach(p -> item.addErrorsItem(new FieldError().field(p.field()).reason(p.reason()).index(p.index())));
            result.addResultsItem(item);
            switch (o.status()) {
                case CREATED -> result.created(result.getCreated() + 1);
                case DUPLICATE -> result.duplicates(result.getDuplicates() + 1);
                case REJECTED -> result.rejected(result.getRejected() + 1);
            }
        }
        Response.ResponseBuilder answer = Response.ok(result);
        return minimal ? answer.header("Preference-Applied", "return=minimal").build() : answer.build();
    }

    /** Whether a {@code Prefer} header (RFC 7240: comma-separated preferences) asks for {@code return=minimal}. */
    static boolean returnMinimal(String prefer) {
        if (prefer == null) {
            return false;
        }
        for (String preference : prefer.split(",")) {
            String p = preference.strip();
            int params = p.indexOf(';');
            String token = (params < 0 ? p : p.substring(0, params)).strip();
            int eq = token.indexOf('=');
            if (eq > 0 && token.substring(0, eq).strip().equalsIgnoreCase("return")
                    && token.substring(eq + 1).strip().replace("\"", "").equalsIgnoreCase("minimal")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Response getActivity(Long activityId) {
        Caller caller = reader();
        LedgerEntry entry = reader.byId(caller.orgId(), activityId)
                .filter(e -> identity.canSee(caller, e.userId())
                        || e.splits().stream().anyMatch(s -> identity.canSee(caller, s.userId())))
                .orElseThrow(() -> ProblemException.notFound("Activity " + activityId));
        return Response.ok(toApi(entry)).build();
    }

    @Override
    public Response listActivities(String cursor, Integer limit, Long userId, String type, OffsetDateTime from,
                                   OffsetDateTime to) {
        Caller caller = reader();
        int size = Cursors.limit(limit);
        Collection<Long> users = visibleUsers(caller, userId);
        LedgerReader.Filter filter = new LedgerReader.Filter(users, type,
                from == null ? null : from.toInstant(), to == null ? null : to.toInstant());
        List<LedgerEntry> page = reader.page(caller.orgId(), filter, Cursors.beforeId(cursor), size + 1);
        ActivityPage out = new ActivityPage().items(page.stream().limit(size).map(this::toApi).toList());
        if (page.size() > size) {
            out.nextCursor(Cursors.ofId(page.get(size - 1).position()));
        }
        return Response.ok(out).build();
    }

    @Override
    public Response listActivityTypes(String locale) {
        AuthFilter.caller(security);
        Locale loc = locale == null ? Locale.ENGLISH : Locale.forLanguageTag(locale);
        return Response.ok(catalog.types().stream().map(t -> new ActivityTypeInfo().code(t.code()).metric(t.metric())
                .monetary(t.monetary()).defaultPoints(t.defaultPoints()).displayName(t.displayName(loc))
                .description(t.description())).toList()).build();
    }

    /** Null means "everyone" (admins without a filter); otherwise the users the listing may show. */
    private Collection<Long> visibleUsers(Caller caller, Long userId) {
        if (userId != null) {
            if (!identity.canSee(caller, userId)) {
                throw ProblemException.notFound("User " + userId);
            }
            return List.of(userId);
        }
        if (caller.isAdmin()) {
            return null;
        }
        Set<Long> users = new HashSet<>(Set.of(caller.subjectId()));
        if (caller.has(Role.MANAGER) && caller.actingFor() == null) {
            users.addAll(identity.reportIds(caller.orgId(), caller.userId()));
        }
        return users;
    }

    private Caller ingester() {
        Caller caller = AuthFilter.caller(security);
        caller.require(Role.INTEGRATION, Role.ADMIN);
        return caller;
    }

    private Caller reader() {
        Caller caller = AuthFilter.caller(security);
        caller.require(Role.REP, Role.MANAGER, Role.ADMIN, Role.ASSISTANT);
        return caller;
    }

    private Activity toApi(LedgerEntry e) {
        int digits = Math.max(0, identity.organisation(e.orgId()).currency().getDefaultFractionDigits());
        return new Activity().id(e.id()).position(e.position()).source(e.source()).externalId(e.externalId())
                .type(e.type()).userId(e.userId())
                .occurredAt(e.occurredAt().atOffset(ZoneOffset.UTC)).receivedAt(e.receivedAt().atOffset(ZoneOffset.UTC))
                .creditedAt(e.creditedAt().atOffset(ZoneOffset.UTC))
                .amount(money(e.amount(), digits)).currency(e.currency()).product(e.product()).dealId(e.dealId())
                .correctsId(e.correctsId())
                .correction(e.correction() == null ? null : dev.pacesetter.api.model.Correction.fromValue(e.correction()))
                .countDelta(e.countDelta()).amountDelta(money(e.amountDelta(), digits)).pointsDelta(e.pointsDelta())
                .newLogo(e.type().equals("DEAL_WON") ? e.newLogo() : null)
                .splits(e.isSplit() ? e.splits().stream().map(s -> new ActivitySplit().userId(s.userId())
                        .percent(s.percent().toPlainString())).toList() : null);
    }

    /** Plain decimal string with at least the currency's minor digits: 42000.0000 → "42000.00". */
    static String money(BigDecimal amount, int minorDigits) {
        if (amount == null) {
            return null;
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.setScale(Math.max(minorDigits, Math.max(0, stripped.scale()))).toPlainString();
    }
}
