package dev.pacesetter.platform;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything nobody planned for: logged with an incident id, answered with a 500 problem that
 * carries the same id and nothing else — no stack trace, no SQL, no class names.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        ProblemException unwrapped = findProblem(e);
        if (unwrapped != null) {
            return ProblemMapper.respond(unwrapped);
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unhandled error, incident " + incident, e);
        return ProblemMapper.respond(new ProblemException(500, "internal", "Internal error",
                "Something went wrong on our side. Incident " + incident + ".", List.of()));
    }

    /** Transaction interceptors wrap what a service threw; find the problem underneath. */
    static ProblemException findProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ProblemException p) {
                return p;
            }
        }
        return null;
    }
}
