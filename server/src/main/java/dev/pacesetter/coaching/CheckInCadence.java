package dev.pacesetter.coaching;

/**
 * How often a plan puts a manager check-in on the calendar. A check-in is due on the last day of its
 * week, after that week's activities; it takes {@code PlanGenerator#CHECK_IN_MINUTES} minutes of the
 * manager's and the rep's time and is not counted against the rep's weekly coaching capacity, which is
 * for the activities themselves.
 */
public enum CheckInCadence {
    /** At the end of every week that has activities (scheduling leaves no empty weeks in between). */
    WEEKLY,
    /**
     * At the end of weeks 2, 4, 6, … and always at the end of the last week with activities, so a plan
     * never ends without one: a 5-week plan has check-ins after weeks 2, 4 and 5.
     */
    FORTNIGHTLY
}
