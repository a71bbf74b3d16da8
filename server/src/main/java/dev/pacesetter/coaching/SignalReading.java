package dev.pacesetter.coaching;

/**
 * The value of one KPI signal for one rep over one window — or why there is none. Values are doubles:
 * they are evidence to be ranked among peers, not money to be paid (statements use {@code BigDecimal}).
 */
public sealed interface SignalReading {

    /** The id of the signal in the skill model, e.g. {@code meeting-to-opportunity-rate}. */
    String signalId();

    /**
     * Enough events to mean something.
     *
     * @param value      in the signal's unit (percent 0..100+, money, days, per week)
     * @param eventCount the events the value rests on (the denominator of a rate, the deals of a mean)
     */
    record Measured(String signalId, double value, int eventCount) implements SignalReading {
        public Measured {
            Checks.text(signalId, "signalId");
            Checks.finite(value, "value");
            Checks.require(eventCount >= 0, "eventCount", "must not be negative");
        }
    }

    /** Fewer events than the signal's {@code minEvents}: said, not guessed. */
    record Insufficient(String signalId, int eventCount, int minEvents) implements SignalReading {
        public Insufficient {
            Checks.text(signalId, "signalId");
            Checks.require(eventCount >= 0, "eventCount", "must not be negative");
        }
    }

    /** The ledger cannot compute it (a planned activity type, no formula, no quota), with the reason. */
    record NotAvailable(String signalId, String reason) implements SignalReading {
        public NotAvailable {
            Checks.text(signalId, "signalId");
            Checks.text(reason, "reason");
        }
    }
}
