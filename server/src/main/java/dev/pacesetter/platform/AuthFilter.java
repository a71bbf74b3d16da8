package dev.pacesetter.platform;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

import java.security.Principal;

/**
 * Every {@code /v1} call must carry a valid bearer token; the verified {@link Caller} becomes the
 * request's security principal. Health, metrics and the OpenAPI document are outside {@code /v1}.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class AuthFilter implements ContainerRequestFilter {

    @Inject
    Authenticator authenticator;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!(path.startsWith("v1/") || path.startsWith("/v1/") || path.equals("v1") || path.equals("/v1"))) {
            return;
        }
        if (screenTokenRequest(request, path)) {
            return;
        }
        try {
            Caller caller = authenticator.authenticate(request.getHeaderString(HttpHeaders.AUTHORIZATION));
            boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
            request.setSecurityContext(new CallerContext(caller, secure));
        } catch (ProblemException e) {
            request.abortWith(ProblemMapper.respond(e));
        }
    }

    /**
     * A browser's EventSource cannot send a header, so a contest's stream may instead carry a screen
     * token as {@code ?token=}; the stream resource verifies it. Nothing else is let through: such a
     * request has no {@link Caller}, so any other resource it reached would still answer 401.
     */
    private static boolean screenTokenRequest(ContainerRequestContext request, String path) {
        return request.getHeaderString(HttpHeaders.AUTHORIZATION) == null
                && "GET".equals(request.getMethod())
                && SCREEN_STREAM.matcher(path).matches()
                && request.getUriInfo().getQueryParameters().containsKey("token");
    }

    private static final java.util.regex.Pattern SCREEN_STREAM =
            java.util.regex.Pattern.compile("/?v1/contests/[0-9]{1,18}/stream/?");

    /** Exposes the caller through the standard JAX-RS security context. */
    record CallerContext(Caller caller, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return caller;
        }

        @Override
        public boolean isUserInRole(String role) {
            try {
                return caller.has(Role.valueOf(role));
            } catch (IllegalArgumentException e) {
                return false;
            }
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return "Bearer";
        }
    }

    /** The caller of the current request; resources call this with their injected context. */
    public static Caller caller(SecurityContext context) {
        if (context != null && context.getUserPrincipal() instanceof Caller caller) {
            return caller;
        }
        throw ProblemException.unauthorized("Send an Authorization: Bearer <token> header.");
    }
}
