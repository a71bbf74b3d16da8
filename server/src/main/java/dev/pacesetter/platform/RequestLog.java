package dev.pacesetter.platform;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Logger;

/**
 * One line per API request: method, path (no query string), status, duration, and the caller's
 * organisation and user ids. Never the token, never a body, never names or e-mail addresses. The
 * query string stays out too: a TV's screen token travels there ({@code /v1/contests/7/stream?token=}).
 */
@Provider
@Priority(1)
@ApplicationScoped
public class RequestLog implements ContainerRequestFilter, ContainerResponseFilter {
    private static final Logger LOG = Logger.getLogger("dev.pacesetter.requests");
    private static final String STARTED = RequestLog.class.getName() + ".started";

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object started = request.getProperty(STARTED);
        long micros = started instanceof Long t ? (System.nanoTime() - t) / 1000 : -1;
        String who = request.getSecurityContext() != null
                && request.getSecurityContext().getUserPrincipal() instanceof Caller c
                ? " org=" + c.orgId() + " user=" + c.userId() : "";
        LOG.info(() -> request.getMethod() + " /" + stripSlash(request.getUriInfo().getPath()) + " "
                + response.getStatus() + " " + (micros / 1000.0) + "ms" + who);
    }

    private static String stripSlash(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
