package dev.pacesetter.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * Makes a creating call safe to retry. With an {@code Idempotency-Key}, the first request's response
 * is stored in the same transaction as the change it made; a retry with the same key and body gets
 * that response back and changes nothing; the same key with another body is a 409.
 */
@ApplicationScoped
public class Idempotency {

    @PersistenceContext(unitName = "pacesetter")
    EntityManager em;

    @Inject
    Clock clock;

    /** A creating call's outcome: the status, the entity and its Location. */
    public record Created(int status, Object entity, URI location) {
    }

    /** Runs {@code action} once per key; the caller's transaction covers both the action and the record. */
    @Transactional
    public Response once(Caller caller, String key, Object request, Supplier<Created> action) {
        if (key == null) {
            return toResponse(action.get());
        }
        if (key.isBlank() || key.length() > 100) {
            throw ProblemException.badRequest("Idempotency-Key", "must be 1 to 100 characters");
        }
        String hash = sha256(json(request));
        IdempotencyRecord.Key id = new IdempotencyRecord.Key(caller.orgId(), caller.userId(), key);
        IdempotencyRecord existing = em.find(IdempotencyRecord.class, id);
        if (existing != null) {
            if (!existing.requestHash.equals(hash)) {
                throw ProblemException.conflict("Idempotency-Key '" + key + "' was used with a different request.");
            }
            Response.ResponseBuilder replay = Response.status(existing.status)
                    .entity(existing.body)
                    .type(jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE)
                    .header("Idempotent-Replayed", "true");
            if (existing.location != null) {
                replay.location(URI.create(existing.location));
            }
            return replay.build();
        }
        Created created = action.get();
        IdempotencyRecord record = new IdempotencyRecord();
        record.id = id;
        record.requestHash = hash;
        record.status = created.status();
        record.location = created.location() == null ? null : created.location().toString();
        record.body = json(created.entity());
        record.createdAt = OffsetDateTime.now(clock);
        em.persist(record);
        em.flush();
        return toResponse(created);
    }

    private static Response toResponse(Created created) {
        Response.ResponseBuilder builder = Response.status(created.status()).entity(created.entity());
        if (created.location() != null) {
            builder.location(created.location());
        }
        return builder.build();
    }

    private static String json(Object o) {
        try {
            return JsonProvider.mapper().writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise for idempotency", e);
        }
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
