package dev.pacesetter.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CursorsTest {

    @Test
    void cursorsRoundTrip() {
        assertEquals(1234, Cursors.afterId(Cursors.ofId(1234)));
        assertEquals(100, Cursors.offset(Cursors.ofOffset(100)));
        assertEquals(0, Cursors.afterId(null));
        assertEquals(Long.MAX_VALUE, Cursors.beforeId(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "!!", "b2ZmOjEw"}) // the last one is an offset cursor ("off:10")
    void foreignCursorsAreABadRequest(String cursor) {
        ProblemException e = assertThrows(ProblemException.class, () -> Cursors.afterId(cursor));
        assertEquals(400, e.status());
        assertEquals("cursor", e.errors().getFirst().field());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 201})
    void limitsOutsideOneToTwoHundredAreRefused(int limit) {
        assertEquals("limit", assertThrows(ProblemException.class, () -> Cursors.limit(limit)).errors().getFirst().field());
    }
}
