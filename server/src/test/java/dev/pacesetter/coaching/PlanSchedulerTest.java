package dev.pacesetter.coaching;

import dev.pacesetter.content.CoachingActivity;
import dev.pacesetter.content.CoachingKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PlanSchedulerTest {

    private static List<ActivitySelection.Pick> picks(String efforts) {
        List<ActivitySelection.Pick> out = new ArrayList<>();
        int i = 0;
        for (String e : efforts.trim().split(" +")) {
            CoachingActivity a = new CoachingActivity("a" + i++, "Activity", CoachingKind.MICRO_LESSON,
                    List.of("discovery"), 2, Integer.parseInt(e), "Summary.", "x".repeat(400));
            out.add(new ActivitySelection.Pick(a, null, 1, 1, 1, List.of("discovery")));
        }
        return out;
    }

    /*
     * Each activity's week, "*" when it exceeds the weekly capacity, "-" when deferred.
     * E.g. row 2, capacity 60: 30 → w1 (30 used), 20 → w1 (50), 15 → 65 > 60 so w2, 45 → w2 (60), 30 → w3.
     * Row 4, capacity 30: 20 → w1; 90 is over capacity, w1 is not empty, so w2 alone; 10 → w3.
     */
    @ParameterizedTest(name = "[{0}] at {1}/week over {2} weeks -> {3}")
    @CsvSource(delimiter = '|', value = {
            "30                  | 60 | 6 | 1",
            "30 20 15 45 30      | 60 | 6 | 1 1 2 2 3",
            "60 60 60            | 60 | 6 | 1 2 3",
            "20 90 10            | 30 | 6 | 1 2* 3",
            "90 90               | 30 | 6 | 1* 2*",
            "90 10 10            | 30 | 6 | 1* 2 2",
            "30 30 30            | 30 | 2 | 1 2 -",
            "20 90 10            | 30 | 1 | 1 - -",
            "15 15 15 15         | 1  | 3 | 1* 2* 3* -",
            // order is kept: the 10 does not jump ahead into week 1's spare 20 minutes
            "40 50 10            | 60 | 6 | 1 2 2"})
    void activitiesFillWeeksInOrderWithinCapacity(String efforts, int capacity, int weeks, String expected) {
        PlanScheduler.Schedule s = PlanScheduler.schedule(picks(efforts), weeks, capacity);
        List<String> got = new ArrayList<>(s.slots().stream().map(x -> x.week() + (x.overCapacity() ? "*" : ""))
                .toList());
        s.deferred().forEach(d -> got.add("-"));
        assertEquals(expected, String.join(" ", got));
    }

    @ParameterizedTest(name = "{1} over {0} weeks -> {2}")
    @CsvSource(delimiter = '|', value = {
            "0 | WEEKLY      | ",
            "1 | WEEKLY      | 1",
            "4 | WEEKLY      | 1 2 3 4",
            "1 | FORTNIGHTLY | 1",
            "2 | FORTNIGHTLY | 2",
            "5 | FORTNIGHTLY | 2 4 5",
            "6 | FORTNIGHTLY | 2 4 6"})
    void checkInsFollowTheCadenceAndCloseThePlan(int lastWeek, CheckInCadence cadence, String expected) {
        List<Integer> want = expected == null ? List.of()
                : Arrays.stream(expected.split(" ")).map(Integer::valueOf).toList();
        assertEquals(want, PlanScheduler.checkInWeeks(lastWeek, cadence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "topGaps 0   | 0 | 6  | 60   | topGaps",
            "weeks 0     | 3 | 0  | 60   | weeks",
            "weeks 27    | 3 | 27 | 60   | weeks",
            "capacity 0  | 3 | 6  | 0    | weeklyCapacityMinutes"})
    void settingsAreValidated(String name, int top, int weeks, int capacity, String field) {
        var e = assertThrows(CoachingRuleException.class,
                () -> new PlanSettings(top, weeks, capacity, CheckInCadence.WEEKLY));
        assertEquals(field, e.field());
    }
}
