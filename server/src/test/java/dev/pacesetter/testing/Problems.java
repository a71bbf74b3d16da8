package dev.pacesetter.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pacesetter.client.ApiException;
import org.junit.jupiter.api.function.Executable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Assertions on problem+json error responses. */
public final class Problems {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Problems() {
    }

    /** Runs the call, expects an error with {@code status}, checks the body is a problem, returns it. */
    public static JsonNode expect(int status, Executable call) {
        ApiException e = assertThrows(ApiException.class, call);
        assertEquals(status, e.getCode(), e::getResponseBody);
        String type = e.getResponseHeaders().firstValue("content-type").orElse("");
        assertTrue(type.startsWith("application/problem+json"), "content type was " + type);
        try {
            JsonNode body = JSON.readTree(e.getResponseBody());
            assertTrue(body.path("type").asText().startsWith("https://pacesetter.dev/problems/"), body::toString);
            assertEquals(status, body.path("status").asInt());
            return body;
        } catch (java.io.IOException io) {
            throw new AssertionError("not JSON: " + e.getResponseBody(), io);
        }
    }

    /** True when the problem lists an error for {@code field} (and item {@code index}, when not null). */
    public static boolean names(JsonNode problem, String field, Integer index) {
        for (JsonNode error : problem.path("errors")) {
            if (field.equals(error.path("field").asText())
                    && (index == null || index == error.path("index").asInt(-1))) {
                return true;
            }
        }
        return false;
    }
}
