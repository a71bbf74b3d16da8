package dev.pacesetter.notifications;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Drops nudges that a newer one with the same collapse key has made obsolete. Five "you were
 * overtaken" nudges in ten minutes should reach the phone as one, the latest.
 *
 * <p>A nudge is superseded when another with the same key was created no earlier and at most
 * {@code window} later (on equal times the one listed later wins). Nudges without a key are always
 * kept, and nudges with the same key far enough apart both stay: each is news.
 *
 * @param window how close in time two nudges with the same key must be for the older to go
 */
public record Collapsing(Duration window) {

    private static final Comparator<Indexed> BY_TIME_THEN_POSITION =
            Comparator.comparing((Indexed n) -> n.nudge().createdAt()).thenComparingInt(Indexed::position);

    /** Requires a non-negative window. */
    public Collapsing {
        Objects.requireNonNull(window, "window");
        if (window.isNegative()) {
            throw new IllegalArgumentException("window must not be negative: " + window);
        }
    }

    /**
     * Keeps only the latest nudge per collapse key within the window.
     *
     * @param pending the nudges waiting to be pushed, in any order
     * @return the survivors, in their original order
     */
    public List<PendingNudge> collapse(List<PendingNudge> pending) {
        Map<String, List<Indexed>> byKey = new HashMap<>();
        for (int i = 0; i < pending.size(); i++) {
            PendingNudge nudge = pending.get(i);
            int position = i;
            nudge.collapseKey().ifPresent(key ->
                    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Indexed(nudge, position)));
        }
        Set<Integer> superseded = new HashSet<>();
        for (List<Indexed> sameKey : byKey.values()) {
            sameKey.sort(BY_TIME_THEN_POSITION);
            // Sorted, a nudge is superseded exactly when its successor is within the window.
            for (int i = 0; i + 1 < sameKey.size(); i++) {
                Indexed older = sameKey.get(i);
                Indexed newer = sameKey.get(i + 1);
                if (!newer.nudge().createdAt().isAfter(older.nudge().createdAt().plus(window))) {
                    superseded.add(older.position());
                }
            }
        }
        List<PendingNudge> kept = new ArrayList<>(pending.size() - superseded.size());
        for (int i = 0; i < pending.size(); i++) {
            if (!superseded.contains(i)) {
                kept.add(pending.get(i));
            }
        }
        return List.copyOf(kept);
    }

    private record Indexed(PendingNudge nudge, int position) {
    }
}
