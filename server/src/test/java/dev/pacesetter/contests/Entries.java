package dev.pacesetter.contests;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Entries written as {@code id=score@t}, and standings written back as {@code id:rank}. */
final class Entries {

    private Entries() {
    }

    /** Minutes after the March contest starts: the instant of test ledger position {@code t}. */
    static Instant minute(long t) {
        return Fixtures.MARCH_START.plus(Duration.ofMinutes(t));
    }

    /**
     * An entry from {@code id=score@t}: reached at ledger position t, t minutes into March;
     * {@code id=score@t/p}: at minute t, ledger position p; {@code id=score}: never scored
     * ({@link ReachedAt#FROM_START}).
     */
    static Entry entry(String spec) {
        String[] idRest = spec.split("=");
        String[] scoreAt = idRest[1].split("@");
        if (scoreAt.length == 1) {
            return new Entry(idRest[0], Long.parseLong(scoreAt[0]), ReachedAt.FROM_START);
        }
        String[] minutePosition = scoreAt[1].split("/");
        long t = Long.parseLong(minutePosition[0]);
        long position = minutePosition.length == 2 ? Long.parseLong(minutePosition[1]) : t;
        return new Entry(idRest[0], Long.parseLong(scoreAt[0]), new ReachedAt(minute(t), position));
    }

    static List<Entry> entries(String specs) {
        if (specs == null || specs.isBlank()) {
            return List.of();
        }
        return Arrays.stream(specs.trim().split("\\s+")).map(Entries::entry).toList();
    }

    /** Standings as {@code id:rank} in listing order, e.g. {@code b:1 a:1 c:3}. */
    static String listing(Standings standings) {
        return standings.list().stream().map(s -> s.entrantId() + ":" + s.rank()).collect(Collectors.joining(" "));
    }
}
