package dev.pacesetter.comp;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The days a plan version applies, both ends inclusive; an empty {@code to} means "until replaced".
 * A version applies to a period only if it covers the whole period, so a plan never changes
 * halfway through a statement.
 *
 * @param from first day the version applies
 * @param to   last day it applies, or empty
 */
public record EffectiveDates(LocalDate from, Optional<LocalDate> to) {

    /** Rejects an end before the start. */
    public EffectiveDates {
        Checks.present(from, "from");
        Checks.present(to, "to");
        to.ifPresent(last -> Checks.require(!last.isBefore(from), "to",
                "must not be before from " + from + ", was " + last));
    }

    /** Open-ended from a day. */
    public static EffectiveDates from(LocalDate from) {
        return new EffectiveDates(from, Optional.empty());
    }

    /** From one day to another, inclusive. */
    public static EffectiveDates between(LocalDate from, LocalDate to) {
        return new EffectiveDates(from, Optional.of(to));
    }

    /** Whether every day of {@code period} falls inside these dates. */
    public boolean covers(CompPeriod period) {
        return !period.start().isBefore(from) && to.map(last -> !period.lastDay().isAfter(last)).orElse(true);
    }
}
