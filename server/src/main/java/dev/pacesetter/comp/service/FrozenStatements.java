package dev.pacesetter.comp.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.pacesetter.api.model.CompStatement;
import dev.pacesetter.platform.JsonProvider;

/** A statement frozen at manager approval is stored as its wire JSON; this reads and writes it. */
final class FrozenStatements {

    private FrozenStatements() {
    }

    static CompStatement read(String json) {
        try {
            return JsonProvider.mapper().readValue(json, CompStatement.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("frozen statement is unreadable", e);
        }
    }

    static String write(CompStatement statement) {
        try {
            return JsonProvider.mapper().writeValueAsString(statement);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot freeze statement", e);
        }
    }
}
