package dev.pacesetter.spiffs.service;

import dev.pacesetter.api.SpiffsApi;
import dev.pacesetter.api.model.PayoutItem;
import dev.pacesetter.api.model.PayoutItemPage;
import dev.pacesetter.api.model.SpiffAward;
import dev.pacesetter.api.model.SpiffAwardPage;
import dev.pacesetter.api.model.SpiffAwardStatus;
import dev.pacesetter.api.model.SpiffAwardTransition;
import dev.pacesetter.api.model.SpiffNewProgram;
import dev.pacesetter.api.model.SpiffProgram;
import dev.pacesetter.api.model.SpiffProgramPage;
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
import java.util.List;

/**
 * SPIFFs over HTTP: programs, awards, approval steps, progress, and contest prizes on their way to payroll.
 * {@code curl -H "Authorization: Bearer $TOKEN" localhost:8080/v1/spiffs/awards}
 */
@RequestScoped
public class SpiffsResource implements SpiffsApi {

    @Context
    SecurityContext security;

    @Inject
    ProgramService programs;

    @Inject
    AwardService awards;

    @Inject
    PayoutItemService payouts;

    @Inject
    Idempotency idempotency;

    @Override
    public Response createSpiff(SpiffNewProgram body, String idempotencyKey) {
        Caller caller = AuthFilter.caller(security);
        caller.require(Role.ADMIN);
        requireBody(body);
        return idempotency.once(caller, idempotencyKey, body, () -> {
            SpiffProgram created = programs.create(caller, body);
            return new Idempotency.Created(201, created, URI.create("/v1/spiffs/" + created.getId()));
        });
    }

    @Override
    public Response listSpiffs(String cursor, Integer limit) {
        Caller caller = AuthFilter.caller(security);
        int size = Cursors.limit(limit);
        List<SpiffProgram> page = programs.list(caller, Cursors.afterId(cursor), size + 1);
        SpiffProgramPage out = new SpiffProgramPage().items(page.stream().limit(size).toList());
        if (page.size() > size) {
            out.nextCursor(Cursors.ofId(page.get(size - 1).getId()));
        }
        return Response.ok(out).build();
    }

    @Override
    public Response getSpiff(Long spiffId) {
        return Response.ok(programs.get(AuthFilter.caller(security), spiffId)).build();
    }

    @Override
    public Response updateSpiff(Long spiffId, SpiffNewProgram body) {
        Caller caller = AuthFilter.caller(security);
        caller.require(Role.ADMIN);
        requireBody(body);
        return Response.ok(programs.update(caller, spiffId, body)).build();
    }

    @Override
    public Response archiveSpiff(Long spiffId) {
        return Response.ok(programs.archive(AuthFilter.caller(security), spiffId)).build();
    }

    @Override
    public Response getSpiffProgress(Long spiffId, Long userId) {
        return Response.ok(awards.progress(AuthFilter.caller(security), spiffId, userId)).build();
    }

    @Override
    public Response listSpiffAwards(Long spiffId, Long userId, SpiffAwardStatus status, String cursor, Integer limit) {
        Caller caller = AuthFilter.caller(security);
        int size = Cursors.limit(limit);
        long offset = Cursors.offset(cursor);
        List<SpiffAward> page = awards.list(caller, spiffId, userId, status, offset, size + 1);
        SpiffAwardPage out = new SpiffAwardPage().items(page.stream().limit(size).toList());
        if (page.size() > size) {
            out.nextCursor(Cursors.ofOffset(offset + size));
        }
        return Response.ok(out).build();
    }

    @Override
    public Response getSpiffAward(Long awardId) {
        return Response.ok(awards.get(AuthFilter.caller(security), awardId)).build();
    }

    @Override
    public Response transitionSpiffAward(Long awardId, SpiffAwardTransition body) {
        Caller caller = AuthFilter.caller(security);
        requireBody(body);
        return Response.ok(awards.transition(caller, awardId, body.getAction(), body.getNote())).build();
    }

    @Override
    public Response listPayoutItems(Long userId, SpiffAwardStatus status, String cursor, Integer limit) {
        Caller caller = AuthFilter.caller(security);
        int size = Cursors.limit(limit);
        long offset = Cursors.offset(cursor);
        List<PayoutItem> page = payouts.list(caller, userId, status, offset, size + 1);
        PayoutItemPage out = new PayoutItemPage().items(page.stream().limit(size).toList());
        if (page.size() > size) {
            out.nextCursor(Cursors.ofOffset(offset + size));
        }
        return Response.ok(out).build();
    }

    @Override
    public Response transitionPayoutItem(Long itemId, SpiffAwardTransition body) {
        Caller caller = AuthFilter.caller(security);
        requireBody(body);
        return Response.ok(payouts.transition(caller, itemId, body.getAction(), body.getNote())).build();
    }

    private static void requireBody(Object body) {
        if (body == null) {
            throw ProblemException.badRequest("body", "a JSON body is required");
        }
    }
}
