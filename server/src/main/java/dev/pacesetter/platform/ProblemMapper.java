package dev.pacesetter.platform;

import dev.pacesetter.api.model.FieldError;
import dev.pacesetter.api.model.Problem;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Renders {@link ProblemException} — every domain failure — as RFC 9457 problem+json. */
@Provider
public class ProblemMapper implements ExceptionMapper<ProblemException> {

    /** Problem types are URIs under this base, e.g. {@code https://pacesetter.dev/problems/validation}. */
    public static final String TYPE_BASE = "https://pacesetter.dev/problems/";
    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    @Override
    public Response toResponse(ProblemException e) {
        return respond(e);
    }

    static Response respond(ProblemException e) {
        Problem problem = new Problem()
                .type(TYPE_BASE + e.type())
                .title(e.title())
                .status(e.status())
                .detail(e.getMessage());
        for (FieldProblem fp : e.errors()) {
            problem.addErrorsItem(new FieldError().field(fp.field()).reason(fp.reason()).index(fp.index()));
        }
        Response.ResponseBuilder builder = Response.status(e.status()).type(PROBLEM_JSON).entity(problem);
        if (e.status() == 401) {
            builder.header("WWW-Authenticate", "Bearer realm=\"pacesetter\"");
        }
        return builder.build();
    }
}
