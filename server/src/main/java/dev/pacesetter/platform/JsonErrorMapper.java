package dev.pacesetter.platform;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.annotation.Priority;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Unreadable JSON or a value of the wrong type: a 400 naming the field, never a stack trace.
 * Registered for the two exception types Jersey's Jackson feature maps itself (to text/plain), at a
 * higher priority, so ours win.
 */
public final class JsonErrorMapper {

    private JsonErrorMapper() {
    }

    /** Syntax errors: truncated or malformed JSON. */
    @Provider
    @Priority(1)
    public static class Parse implements ExceptionMapper<JsonParseException> {
        @Override
        public Response toResponse(JsonParseException e) {
            return respond(e);
        }
    }

    /** Well-formed JSON that does not fit: wrong types, unknown fields, bad enum values. */
    @Provider
    @Priority(1)
    public static class Mapping implements ExceptionMapper<JsonMappingException> {
        @Override
        public Response toResponse(JsonMappingException e) {
            return respond(e);
        }
    }

    static Response respond(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = path(mapping);
            String reason = reason(mapping);
            return ProblemMapper.respond(new ProblemException(400, "bad-request", "Bad request",
                    field + ": " + reason, List.of(new FieldProblem(field, reason, index(mapping)))));
        }
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return ProblemMapper.respond(new ProblemException(400, "malformed-json", "Malformed JSON",
                "The request body is not valid JSON" + where + ".", List.of()));
    }

    private static String path(JsonMappingException e) {
        // Drop the batch wrapper ("activities[3].amount" -> "amount" with index 3).
        List<JsonMappingException.Reference> refs = e.getPath();
        int start = index(e) == null ? 0 : indexOfFirstArray(refs) + 1;
        String joined = refs.subList(Math.min(start, refs.size()), refs.size()).stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
        return joined.isEmpty() ? "body" : joined;
    }

    private static Integer index(JsonMappingException e) {
        int i = indexOfFirstArray(e.getPath());
        return i < 0 ? null : e.getPath().get(i).getIndex();
    }

    private static int indexOfFirstArray(List<JsonMappingException.Reference> refs) {
        for (int i = 0; i < refs.size(); i++) {
            if (refs.get(i).getFieldName() == null && refs.get(i).getIndex() >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static String reason(JsonMappingException e) {
        if (e instanceof InvalidFormatException invalid) {
            Class<?> target = invalid.getTargetType();
            if (target != null && target.isEnum()) {
                return "must be one of " + java.util.Arrays.toString(target.getEnumConstants());
            }
            return "'" + invalid.getValue() + "' is not a valid " + simpleName(target);
        }
        if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return "must be a " + simpleName(mismatched.getTargetType());
        }
        return "has the wrong type";
    }

    private static String simpleName(Class<?> type) {
        if (type == null) {
            return "value";
        }
        return switch (type.getSimpleName()) {
            case "Long", "long", "Integer", "int" -> "whole number";
            case "OffsetDateTime" -> "date-time (RFC 3339, e.g. 2026-11-23T14:05:00Z)";
            case "LocalDate" -> "date (e.g. 2026-11-23)";
            case "Boolean", "boolean" -> "boolean";
            case "String" -> "string";
            case "List" -> "array";
            default -> type.getSimpleName().toLowerCase(java.util.Locale.ROOT) + " object";
        };
    }
}
