package dev.pacesetter.comp;

import java.math.BigDecimal;

/**
 * Nothing is paid on a component until attainment reaches {@code minAttainmentPercent}.
 *
 * @param minAttainmentPercent threshold in % of quota, inclusive
 */
public record Gate(BigDecimal minAttainmentPercent) {

    /** Rejects a negative threshold. */
    public Gate {
        Checks.nonNegative(minAttainmentPercent, "minAttainmentPercent");
    }

    /** {@code Gate.at("50")}. */
    public static Gate at(String minAttainmentPercent) {
        return new Gate(new BigDecimal(minAttainmentPercent));
    }
}
