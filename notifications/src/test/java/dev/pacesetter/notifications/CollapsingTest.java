package dev.pacesetter.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CollapsingTest {

    // Pending nudges are written "id=key@HH:MM" (times on 2025-06-10 UTC); "-" means no key.
    @ParameterizedTest(name = "window {0}: {1} -> {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
        # window | pending                                                   | kept | why
        PT10M    | a=overtaken@09:00                                         | a
        PT10M    | a=overtaken@09:00 b=overtaken@09:04                       | b | the newer replaces the older
        PT10M    | b=overtaken@09:04 a=overtaken@09:00                       | b | whatever the input order
        PT10M    | a=overtaken@09:00 b=overtaken@09:10                       | b | exactly the window apart
        PT10M    | a=overtaken@09:00 b=overtaken@09:11                       | a b | further apart: both are news
        PT10M    | a=overtaken@09:00 b=overtaken@09:08 c=overtaken@09:16     | c | a chain collapses to the last
        PT10M    | a=overtaken@09:00 b=prize@09:01 c=overtaken@09:02         | b c | keys are independent
        PT10M    | a=-@09:00 b=-@09:01                                       | a b | no key, never collapsed
        PT10M    | a=overtaken@09:00 b=overtaken@09:00                       | b | same instant: the later listed wins
        PT0S     | a=overtaken@09:00 b=overtaken@09:01                       | a b | a zero window collapses only ties
        PT10M    | x=spiff@09:30 a=overtaken@09:00 y=-@08:00 b=overtaken@09:05 | x y b | survivors keep their input order
        """)
    void keepsOnlyTheLatestNudgePerKeyWithinTheWindow(Duration window, String pending, String kept) {
        List<String> survivors = new Collapsing(window).collapse(parse(pending)).stream()
                .map(PendingNudge::id)
                .toList();

        assertEquals(Arrays.asList(kept.split(" ")), survivors);
    }

    @Test
    void nothingPendingNothingKept() {
        assertEquals(List.of(), new Collapsing(Duration.ofMinutes(10)).collapse(List.of()));
    }

    @Test
    void windowMustNotBeNegative() {
        assertThrows(IllegalArgumentException.class, () -> new Collapsing(Duration.ofSeconds(-1)));
    }

    private static List<PendingNudge> parse(String pending) {
        return Arrays.stream(pending.trim().split("\\s+")).map(CollapsingTest::nudge).toList();
    }

    private static PendingNudge nudge(String spec) {
        String id = spec.substring(0, spec.indexOf('='));
        String key = spec.substring(spec.indexOf('=') + 1, spec.indexOf('@'));
        LocalTime time = LocalTime.parse(spec.substring(spec.indexOf('@') + 1));
        Instant createdAt = time.atDate(LocalDate.of(2025, 6, 10)).toInstant(ZoneOffset.UTC);
        return new PendingNudge(id, key.equals("-") ? Optional.empty() : Optional.of(key), createdAt);
    }
}
