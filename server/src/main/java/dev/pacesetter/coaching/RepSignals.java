package dev.pacesetter.coaching;

import dev.pacesetter.content.SalesRole;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Every signal of a rep's role, read at one instant.
 *
 * @param repId    the rep
 * @param role     the rep's sales role
 * @param asOf     the end of the windows the readings cover
 * @param readings by signal id, in the skill model's order
 */
public record RepSignals(long repId, SalesRole role, Instant asOf, Map<String, SignalReading> readings) {

    public RepSignals {
        Checks.present(role, "role");
        Checks.present(asOf, "asOf");
        Checks.present(readings, "readings");
        readings = Collections.unmodifiableMap(new LinkedHashMap<>(readings));
    }

    public Optional<SignalReading> reading(String signalId) {
        return Optional.ofNullable(readings.get(signalId));
    }

    /** The measured value of a signal, or empty when it is insufficient, not available or not for this role. */
    public OptionalDouble measured(String signalId) {
        return readings.get(signalId) instanceof SignalReading.Measured m ? OptionalDouble.of(m.value())
                : OptionalDouble.empty();
    }
}
