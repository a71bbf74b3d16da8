package dev.pacesetter.live.service;

import dev.pacesetter.api.LiveApi;
import dev.pacesetter.api.model.NewScreenToken;
import dev.pacesetter.api.model.ScreenToken;
import dev.pacesetter.platform.AuthFilter;
import dev.pacesetter.platform.Caller;
import dev.pacesetter.platform.Idempotency;
import dev.pacesetter.platform.ProblemException;
import dev.pacesetter.platform.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import java.time.ZoneOffset;
import java.util.Map;

/**
 * Screen tokens over HTTP.
 * {@code curl -X POST -H "Authorization: Bearer $MANAGER" -H 'Content-Type: application/json' -d '{"hours":12}' localhost:8080/v1/contests/7/screen-tokens}
 */
@RequestScoped
public class ScreenTokensResource implements LiveApi {
    static final int DEFAULT_HOURS = 12;

    @Context
    SecurityContext security;

    @Inject
    ScreenTokenService tokens;

    @Inject
    Idempotency idempotency;

    @Override
    public Response createScreenToken(Long contestId, String idempotencyKey, NewScreenToken body) {
        Caller caller = AuthFilter.caller(security);
        caller.require(Role.MANAGER, Role.ADMIN);
        int hours = body == null || body.getHours() == null ? DEFAULT_HOURS : body.getHours();
        if (hours < 1 || hours > dev.pacesetter.live.ScreenToken.MAX_LIFETIME.toHours()) {
            throw ProblemException.invalid("hours", "must be between 1 and "
                    + dev.pacesetter.live.ScreenToken.MAX_LIFETIME.toHours());
        }
        // The contest is part of what the key guards: the same key for another contest is a conflict.
        Map<String, Object> request = Map.of("contestId", contestId, "hours", hours);
        return idempotency.once(caller, idempotencyKey, request, () -> {
            ScreenTokenService.Minted minted = tokens.mint(caller, contestId, hours);
            String encoded = java.net.URLEncoder.encode(minted.token(), java.nio.charset.StandardCharsets.US_ASCII);
            ScreenToken out = new ScreenToken().token(minted.token()).contestId(contestId)
                    .expiresAt(minted.grant().expiresAt().atOffset(ZoneOffset.UTC))
                    .streamUrl("/v1/contests/" + contestId + "/stream?token=" + encoded)
                    .tvUrl("/tv/contests/" + contestId + "#token=" + encoded);
            return new Idempotency.Created(201, out, null);
        });
    }
}
