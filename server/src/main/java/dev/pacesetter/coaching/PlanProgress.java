package dev.pacesetter.coaching;

import java.util.List;

/**
 * How far a plan has come, as a whole percentage: the expected minutes of verified activities over the
 * expected minutes of all activities, rounded down, so 100 means every activity is verified. Effort
 * weighs in because a 90-minute shadowing session is more of the plan than a 15-minute quiz; items that
 * are only marked done do not count until the manager verifies them; check-ins do not count.
 *
 * <p>Worked example: activities of 30, 20, 15 and 45 minutes with the 30 and the 15 verified:
 * {@code 45 / 110 = 40.9 %} → 40. A plan without activities is at 0.
 */
final class PlanProgress {

    private PlanProgress() {
    }

    static int percent(List<TrackedItem> items) {
        long total = 0;
        long verified = 0;
        for (TrackedItem t : items) {
            if (t.item().isActivity()) {
                total += t.item().minutes();
                verified += t.state() == ItemState.VERIFIED ? t.item().minutes() : 0;
            }
        }
        return total == 0 ? 0 : (int) (100 * verified / total);
    }
}
