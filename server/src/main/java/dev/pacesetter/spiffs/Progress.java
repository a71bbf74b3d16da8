package dev.pacesetter.spiffs;

import dev.pacesetter.comp.Money;

/**
 * Where a rep stands in a program.
 *
 * @param userId     the rep
 * @param units      qualifying activities so far
 * @param awards     awards earned so far
 * @param earned     their total
 * @param unitsToNext qualifying activities still needed for the next award; 0 when none is available
 * @param nextReward the next award's amount when it is fixed; null for a percentage or when none is available
 * @param message    e.g. "1 more Platform deal for the USD 500.00 bonus"
 */
public record Progress(long userId, int units, int awards, Money earned, int unitsToNext, Money nextReward,
                       String message) {

    /** Whether exactly one more qualifying activity would earn an award: the CLOSE_TO_SPIFF moment. */
    public boolean oneAway() {
        return unitsToNext == 1;
    }
}
