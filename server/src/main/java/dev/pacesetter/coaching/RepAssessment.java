package dev.pacesetter.coaching;

import java.util.Map;

/**
 * What the service loads about one rep before gap analysis: the signal readings (which name the rep
 * and the role) and the latest ratings per skill id.
 *
 * @param signals        the rep's readings, from {@code SignalCalculator}
 * @param managerRatings latest manager rating per skill id
 * @param selfRatings    latest self-rating per skill id
 */
public record RepAssessment(RepSignals signals, Map<String, Rating> managerRatings, Map<String, Rating> selfRatings) {

    public RepAssessment {
        Checks.present(signals, "signals");
        managerRatings = Map.copyOf(Checks.present(managerRatings, "managerRatings"));
        selfRatings = Map.copyOf(Checks.present(selfRatings, "selfRatings"));
    }

    public long repId() {
        return signals.repId();
    }
}
