package dev.pacesetter.comp;

import java.util.Optional;

/**
 * The gate and cap that apply to one plan component. The gate is checked first; the cap applies
 * to whatever the component pays after that.
 *
 * @param gate optional minimum attainment before anything is paid
 * @param cap  optional maximum per period
 */
public record Controls(Optional<Gate> gate, Optional<Cap> cap) {

    /** No gate, no cap. */
    public static final Controls NONE = new Controls(Optional.empty(), Optional.empty());

    /** Rejects missing optionals. */
    public Controls {
        Checks.present(gate, "gate");
        Checks.present(cap, "cap");
    }

    /** These controls with a gate. */
    public Controls gatedAt(Gate newGate) {
        return new Controls(Optional.of(newGate), cap);
    }

    /** These controls with a cap. */
    public Controls cappedAt(Cap newCap) {
        return new Controls(gate, Optional.of(newCap));
    }
}
