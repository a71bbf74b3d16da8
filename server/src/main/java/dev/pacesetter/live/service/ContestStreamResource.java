package dev.pacesetter.live.service;

import dev.pacesetter.api.model.ContestBoard;
import dev.pacesetter.contests.service.ContestBoards;
import dev.pacesetter.live.ScreenToken;
import dev.pacesetter.platform.Caller;
import dev.pacesetter.platform.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

/**
 * The server-sent-events stream of a contest's standings ({@code live-stream} in the spec). Written by
 * hand because the generated interfaces cannot take an {@link SseEventSink}. The method checks access,
 * reads the snapshot (so refusals are ordinary problem+json responses) and returns at once: the stream
 * stays open in the {@link LiveHub} and no thread waits on it between events.
 * {@code curl -N -H "Authorization: Bearer $TOKEN" localhost:8080/v1/contests/7/stream}
 */
@Path("/v1/contests/{contestId}/stream")
@RequestScoped
public class ContestStreamResource {
    static final int DEFAULT_TOP = 10;
    static final int MAX_TOP = 50;

    @Context
    SecurityContext security;

    @Inject
    ScreenTokenService tokens;

    @Inject
    ContestBoards boards;

    @Inject
    LiveHub hub;

    /**
     * Opens the stream. A reconnecting client's {@code Last-Event-ID} needs no replay: the snapshot every
     * stream starts with is the whole board as of now, which supersedes anything it missed.
     */
    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void stream(@PathParam("contestId") long contestId, @QueryParam("token") String token,
                       @QueryParam("top") Integer top, @HeaderParam("Last-Event-ID") String lastEventId,
                       @Context SseEventSink sink, @Context Sse sse) {
        int n = top == null ? DEFAULT_TOP : top;
        if (n < 1 || n > MAX_TOP) {
            throw ProblemException.badRequest("top", "must be between 1 and " + MAX_TOP);
        }
        Watcher.Stream stream;
        ContestBoard snapshot;
        if (security != null && security.getUserPrincipal() instanceof Caller caller) {
            snapshot = boards.forCaller(caller, contestId, n);
            stream = new Watcher.Stream(caller.orgId(), contestId, n, null);
        } else {
            // AuthFilter lets a request without a bearer token through to here only with a token parameter.
            ScreenToken grant = tokens.verify(token, contestId);
            snapshot = boards.forScreen(grant.orgId(), contestId, n);
            stream = new Watcher.Stream(grant.orgId(), contestId, n, grant.expiresAt());
        }
        hub.watch(stream, sink, sse, snapshot);
    }
}
