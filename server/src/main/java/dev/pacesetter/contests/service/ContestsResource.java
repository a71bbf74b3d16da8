package dev.pacesetter.contests.service;

import dev.pacesetter.api.ContestsApi;
import dev.pacesetter.api.model.Contest;
import dev.pacesetter.api.model.ContestActionRequest;
import dev.pacesetter.api.model.ContestDiscrepancy;
import dev.pacesetter.api.model.ContestDiscrepancyList;
import dev.pacesetter.api.model.ContestPage;
import dev.pacesetter.api.model.ContestStatus;
import dev.pacesetter.api.model.ContestStep;
import dev.pacesetter.api.model.NewContest;
import dev.pacesetter.contests.LifecycleAction;
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
import java.util.Arrays;
import java.util.List;

/**
 * Contests over HTTP.
 * {@code curl -H "Authorization: Bearer $TOKEN" 'localhost:8080/v1/contests?status=LIVE'}
 */
@RequestScoped
public class ContestsResource implements ContestsApi {

    @Context
    SecurityContext security;

    @Inject
    ContestService service;

    @Inject
    StandingsService standings;

    @Inject
    StandingsMapper standingsMapper;

    @Inject
    Idempotency idempotency;

    @Override
    public Response createContest(NewContest newContest, String idempotencyKey) {
        Caller caller = AuthFilter.caller(security);
        caller.require(Role.ADMIN, Role.MANAGER, Role.REP);
        if (newContest == null) {
            throw ProblemException.badRequest("body", "a contest definition is required");
        }
        return idempotency.once(caller, idempotencyKey, newContest, () -> {
            LoadedContest created = service.create(caller, newContest);
            return new Idempotency.Created(201, toApi(created, caller), URI.create("/v1/contests/" + created.id()));
        });
    }

    @Override
    public Response getContest(Long contestId) {
        Caller caller = AuthFilter.caller(security);
        return Response.ok(toApi(service.get(caller, contestId), caller)).build();
    }

    @Override
    public Response listContests(ContestStatus status, String cursor, Integer limit) {
        Caller caller = AuthFilter.caller(security);
        int size = Cursors.limit(limit);
        ContestService.Page page = service.list(caller, status == null ? null
                : dev.pacesetter.contests.ContestStatus.valueOf(status.name()), Cursors.beforeId(cursor), size);
        ContestPage out = new ContestPage().items(page.items().stream().map(c -> toApi(c, caller)).toList());
        if (page.nextBeforeId() != null) {
            out.nextCursor(Cursors.ofId(page.nextBeforeId()));
        }
        return Response.ok(out).build();
    }

    @Override
    public Response actOnContest(Long contestId, ContestActionRequest request) {
        Caller caller = AuthFilter.caller(security);
        if (request == null || request.getAction() == null) {
            throw ProblemException.invalid("action", "is required; one of " + Arrays.toString(
                    dev.pacesetter.api.model.ContestAction.values()));
        }
        LifecycleAction action = LifecycleAction.valueOf(request.getAction().name());
        return Response.ok(toApi(service.act(caller, contestId, action), caller)).build();
    }

    @Override
    public Response optIntoContest(Long contestId) {
        Caller caller = AuthFilter.caller(security);
        return Response.ok(toApi(service.optIn(caller, contestId), caller)).build();
    }

    @Override
    public Response getContestStandings(Long contestId, String cursor, Integer limit, Integer around,
                                        List<Long> userIds) {
        Caller caller = AuthFilter.caller(security);
        int size = Cursors.limit(limit);
        long offset = Cursors.offset(cursor);
        int k = around == null ? 2 : around;
        if (k < 0 || k > 25) {
            throw ProblemException.badRequest("around", "must be between 0 and 25");
        }
        List<Long> selected = userIds == null ? List.of() : userIds;
        if (selected.size() > 50) {
            throw ProblemException.badRequest("userIds", "at most 50");
        }
        StandingsSlice slice = standings.slice(caller, contestId, offset, size, k, selected);
        return Response.ok(standingsMapper.toApi(slice, caller)).build();
    }

    @Override
    public Response listContestDiscrepancies(Long contestId) {
        Caller caller = AuthFilter.caller(security);
        List<ContestDiscrepancy> items = service.discrepancies(caller, contestId).stream().map(d ->
                new ContestDiscrepancy().id(d.id).detectedAt(d.detectedAt).ledgerPosition(d.ledgerPosition)
                        .entrantId(d.entrantId).noLongerWinning(ids(d.noLongerWinning))
                        .newlyWinning(ids(d.newlyWinning)).prizeChanged(ids(d.prizeChanged))).toList();
        return Response.ok(new ContestDiscrepancyList().items(items)).build();
    }

    private static List<Long> ids(String csv) {
        return csv.isEmpty() ? List.of() : Arrays.stream(csv.split(",")).map(Long::parseLong).toList();
    }

    Contest toApi(LoadedContest c, Caller caller) {
        Contest out = new Contest().id(c.id()).status(ContestStatus.fromValue(c.contest().status().name()))
                .definition(c.request()).createdBy(c.row().createdBy).createdAt(c.row().createdAt)
                .nextDueAt(c.row().nextDueAt).previousId(c.row().previousId)
                .history(c.contest().history().stream().map(t -> new ContestStep()
                        .from(ContestStatus.fromValue(t.from().name())).to(ContestStatus.fromValue(t.to().name()))
                        .action(t.action().name()).by(t.by()).at(ContestStore.utc(t.at()))).toList());
        if (c.request().getRecurrence() != null) {
            out.seriesId(c.row().seriesId != null ? c.row().seriesId : c.id());
            service.nextPeriod(c.id()).ifPresent(out::nextId);
        }
        if (c.definition().participation().optIn()) {
            out.optedIn(c.optIns().contains(caller.subjectId()));
        }
        return out;
    }
}
