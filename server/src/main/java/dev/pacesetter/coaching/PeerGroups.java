package dev.pacesetter.coaching;

import dev.pacesetter.content.SalesRole;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The peer distributions of every signal for one sales role, built from the readings of everyone in
 * that role (the reps being placed included). Reps of other roles are skipped, so the service may pass
 * a whole organisation; only measured readings count.
 */
final class PeerGroups {

    private final SalesRole role;
    private final Map<String, PeerDistribution> bySignal;

    private PeerGroups(SalesRole role, Map<String, PeerDistribution> bySignal) {
        this.role = role;
        this.bySignal = Map.copyOf(bySignal);
    }

    static PeerGroups of(SalesRole role, Collection<RepSignals> reps) {
        Checks.present(role, "role");
        Map<String, List<Double>> values = new HashMap<>();
        for (RepSignals rep : reps) {
            if (rep.role() != role) {
                continue;
            }
            rep.readings().values().forEach(r -> {
                if (r instanceof SignalReading.Measured m) {
                    values.computeIfAbsent(m.signalId(), k -> new ArrayList<>()).add(m.value());
                }
            });
        }
        Map<String, PeerDistribution> bySignal = new HashMap<>();
        values.forEach((signal, v) -> bySignal.put(signal, PeerDistribution.of(signal, v)));
        return new PeerGroups(role, bySignal);
    }

    SalesRole role() {
        return role;
    }

    Optional<PeerDistribution> forSignal(String signalId) {
        return Optional.ofNullable(bySignal.get(signalId));
    }
}
