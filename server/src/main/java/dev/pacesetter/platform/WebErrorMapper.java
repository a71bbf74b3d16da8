package dev.pacesetter.platform;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

/**
 * Turns the framework's own HTTP errors (no such path, wrong method, wrong media type, a query
 * parameter that does not convert) into problem+json, so clients see one error shape everywhere.
 */
@Provider
public class WebErrorMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        ProblemException problem = UnexpectedErrorMapper.findProblem(e);
        if (problem != null) {
            return ProblemMapper.respond(problem);
        }
        if (e instanceof NotFoundException && e.getCause() != null) {
            // Jersey reports an unconvertible query/path parameter as a 404 with a cause.
            problem = new ProblemException(400, "bad-request", "Bad request",
                    "A path or query parameter has the wrong format.", List.of());
        } else if (e instanceof NotFoundException) {
            problem = new ProblemException(404, "not-found", "Not found", "No such resource.", List.of());
        } else if (e instanceof NotAllowedException) {
            problem = new ProblemException(405, "method-not-allowed", "Method not allowed",
                    "This resource does not support that method.", List.of());
        } else if (e instanceof NotSupportedException) {
            problem = new ProblemException(415, "unsupported-media-type", "Unsupported media type",
                    "Send application/json.", List.of());
        } else if (status == 400 && e.getCause() != null) {
            problem = new ProblemException(400, "bad-request", "Bad request",
                    "A path or query parameter has the wrong format.", List.of());
        } else {
            String reason = e.getResponse().getStatusInfo().getReasonPhrase();
            problem = new ProblemException(status, "http-" + status, reason, reason + ".", List.of());
        }
        return ProblemMapper.respond(problem);
    }
}
