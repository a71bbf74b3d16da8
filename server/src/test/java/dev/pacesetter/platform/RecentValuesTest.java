package dev.pacesetter.platform;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RecentValuesTest {
    private final AtomicLong now = new AtomicLong(1_000);
    private final RecentValues<String> recent = new RecentValues<>(Duration.ofNanos(100), 3, now::get);

    @Test
    void aKeptValueCountsUntilItsTimeToLiveHasPassed() {
        recent.keep(7, "seven", recent.generation(7));
        now.addAndGet(100);
        assertEquals("seven", recent.get(7));
        now.addAndGet(1);
        assertNull(recent.get(7));
    }

    @Test
    void aChangeForgetsWhatWasKept() {
        recent.keep(7, "seven", recent.generation(7));
        recent.changed(7);
        assertNull(recent.get(7));
    }

    @Test
    void aLoadThatRacedAChangeIsNotKept() {
        long before = recent.generation(7);
        recent.changed(7); // committed while the load was reading the old row
        recent.keep(7, "old seven", before);
        assertNull(recent.get(7));
        recent.keep(7, "new seven", recent.generation(7));
        assertEquals("new seven", recent.get(7));
    }

    @Test
    void aChangeToOneIdLeavesTheOthers() {
        recent.keep(7, "seven", recent.generation(7));
        recent.keep(8, "eight", recent.generation(8));
        recent.changed(8);
        assertEquals("seven", recent.get(7));
        assertNull(recent.get(8));
    }

    @Test
    void pastTheSizeLimitEverythingIsReadAgain() {
        for (long id = 1; id <= 3; id++) {
            recent.keep(id, "v" + id, recent.generation(id));
        }
        recent.keep(4, "v4", recent.generation(4));
        assertNull(recent.get(1));
        assertEquals("v4", recent.get(4));
    }

    @Test
    void nothingIsFoundThatWasNeverKept() {
        assertNull(recent.get(42));
    }

    @Test
    void anExpiredValueIsReloadedByOneReaderWhileTheOthersKeepIt() {
        recent.keep(7, "old", recent.generation(7));
        now.addAndGet(101);
        String[] seenByOthers = new String[1];
        String reloaded = recent.get(7, id -> {
            seenByOthers[0] = recent.get(7, other -> "second load");
            return "new";
        });
        assertEquals("new", reloaded);
        assertEquals("old", seenByOthers[0]);
        assertEquals("new", recent.get(7, id -> "unused"));
    }

    @Test
    void aChangedValueIsNeverServedWhileReloading() {
        recent.keep(7, "old", recent.generation(7));
        recent.changed(7);
        assertEquals("new", recent.get(7, id -> "new"));
    }

    @Test
    void aFailedReloadLetsTheNextReaderTryAgain() {
        recent.keep(7, "old", recent.generation(7));
        now.addAndGet(101);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> recent.get(7, id -> {
            throw new IllegalStateException("database down");
        }));
        assertEquals("new", recent.get(7, id -> "new"));
    }

    @Test
    void nothingLoadedIsNotKept() {
        assertNull(recent.get(9, id -> null));
        assertEquals("nine", recent.get(9, id -> "nine"));
    }
}
