package dev.pacesetter.coaching;

/**
 * What the manager chooses when generating a plan.
 *
 * @param topGaps               how many of the ranked gaps the plan works on, 1..12
 * @param weeks                 plan length in weeks, 1..26; activities that do not fit are deferred
 * @param weeklyCapacityMinutes the rep's coaching time per week, 1..2400 minutes
 * @param checkIns              how often the manager checks in
 */
public record PlanSettings(int topGaps, int weeks, int weeklyCapacityMinutes, CheckInCadence checkIns) {

    /** Three gaps, six weeks, an hour a week, weekly check-ins. */
    public static final PlanSettings DEFAULT = new PlanSettings(3, 6, 60, CheckInCadence.WEEKLY);

    public PlanSettings {
        Checks.range(topGaps, 1, 12, "topGaps");
        Checks.range(weeks, 1, 26, "weeks");
        Checks.range(weeklyCapacityMinutes, 1, 2400, "weeklyCapacityMinutes");
        Checks.present(checkIns, "checkIns");
    }
}
