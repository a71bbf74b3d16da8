package dev.pacesetter.coaching;

import dev.pacesetter.content.CoachingActivity;
import dev.pacesetter.content.CoachingLibrary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DraftEditsTest {

    /** The draft of {@link Plans#draft()} starts on this Monday (week 1 ends on the Sunday, 2025-06-15). */
    private static final LocalDate STARTS = LocalDate.of(2025, 6, 9);

    /** Item titles of the draft, as a list the cases below index by sequence (1-based). */
    private static List<String> titles(CoachingPlan plan) {
        return plan.items().stream().map(i -> i.item().title()).toList();
    }

    /*
     * Moves on the 15-item draft (9 activities, 6 check-ins): where item `from` ends up, and where the
     * item that was at `probe` ends up. Worked by hand: moving 3 to 1 pushes 1 and 2 down by one.
     */
    @ParameterizedTest(name = "move {0} to {1}: old {2} is now {3}")
    @CsvSource({
            "3, 1, 1, 2",
            "3, 1, 4, 4",
            "1, 3, 2, 1",
            "1, 3, 3, 2",
            "5, 5, 5, 5",
            "15, 1, 1, 2",
    })
    void moveShiftsTheItemsBetween(int from, int to, int probe, int probeAfter) {
        CoachingPlan draft = Plans.draft();
        CoachingPlan moved = DraftEdits.move(draft, from, to);
        assertEquals(titles(draft).get(from - 1), titles(moved).get(to - 1));
        assertEquals(draft.item(probe).item().title(), moved.item(probeAfter).item().title());
        assertSequencesAreOneToN(moved);
    }

    @ParameterizedTest(name = "remove {0}: {1} items left, old {2} is now {3}")
    @CsvSource({
            "1, 14, 2, 1",
            "15, 14, 14, 14",
            "7, 14, 8, 7",
    })
    void removeRenumbers(int sequence, int left, int probe, int probeAfter) {
        CoachingPlan draft = Plans.draft();
        CoachingPlan after = DraftEdits.remove(draft, sequence);
        assertEquals(left, after.items().size());
        assertEquals(draft.item(probe).item().title(), after.item(probeAfter).item().title());
        assertSequencesAreOneToN(after);
    }

    /*
     * Adding: position (blank = the end), week (blank = the plan's last week, 6), due day (blank =
     * the week's last day: start + 7 × week − 1).
     */
    @ParameterizedTest(name = "add at {0}, week {1}, due {2} -> sequence {3}, week {4}, due {5}")
    @CsvSource({
            ",  ,  , 16, 6, 2025-07-20",
            "1, 1, , 1, 1, 2025-06-15",
            "4, 2, 2025-06-18, 4, 2, 2025-06-18",
    })
    void addPlacesALibraryActivity(Integer position, Integer week, LocalDate due, int sequence, int expectedWeek,
                                   LocalDate expectedDue) {
        CoachingActivity activity = CoachingLibrary.load().activities().getFirst();
        CoachingPlan after = DraftEdits.add(Plans.draft(), activity, Optional.ofNullable(position),
                Optional.ofNullable(week), Optional.ofNullable(due), STARTS);
        TrackedItem added = after.item(sequence);
        assertEquals(activity.id(), added.item().activityId().orElseThrow());
        assertEquals(expectedWeek, added.item().week());
        assertEquals(expectedDue, added.item().dueOn());
        assertEquals(16, after.items().size());
        assertSequencesAreOneToN(after);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "move 1 to 16       | position",
            "move 1 to 0        | position",
            "add at 17          | position",
            "add in week 27     | week",
            "redate 1 2025-06-08| dueOn",
            "remove 99          | items[99]",
            "move when ASSIGNED | state",
            "redate when ASSIGNED | state",
    })
    void refusalsNameTheField(String edit, String field) {
        CoachingActivity activity = CoachingLibrary.load().activities().getFirst();
        CoachingRuleException e = assertThrows(CoachingRuleException.class, () -> {
            switch (edit.trim()) {
                case "move 1 to 16" -> DraftEdits.move(Plans.draft(), 1, 16);
                case "move 1 to 0" -> DraftEdits.move(Plans.draft(), 1, 0);
                case "add at 17" -> DraftEdits.add(Plans.draft(), activity, Optional.of(17), Optional.empty(),
                        Optional.empty(), STARTS);
                case "add in week 27" -> DraftEdits.add(Plans.draft(), activity, Optional.empty(), Optional.of(27),
                        Optional.empty(), STARTS);
                case "redate 1 2025-06-08" -> DraftEdits.redate(Plans.draft(), 1, STARTS.minusDays(1), STARTS);
                case "remove 99" -> DraftEdits.remove(Plans.draft(), 99);
                case "move when ASSIGNED" -> DraftEdits.move(Plans.assigned(), 1, 2);
                case "redate when ASSIGNED" -> DraftEdits.redate(Plans.assigned(), 1, STARTS, STARTS);
                default -> throw new IllegalArgumentException(edit);
            }
        });
        assertEquals(field, e.field(), e.getMessage());
    }

    @ParameterizedTest(name = "redate {0} to {1}")
    @CsvSource({"1, 2025-06-09", "2, 2025-07-01", "15, 2025-08-31"})
    void redateChangesOnlyTheDueDay(int sequence, LocalDate due) {
        CoachingPlan draft = Plans.draft();
        CoachingPlan after = DraftEdits.redate(draft, sequence, due, STARTS);
        assertEquals(due, after.item(sequence).item().dueOn());
        assertEquals(draft.item(sequence).item().week(), after.item(sequence).item().week());
        assertEquals(titles(draft), titles(after));
    }

    private static void assertSequencesAreOneToN(CoachingPlan plan) {
        List<Integer> expected = new ArrayList<>();
        for (int i = 1; i <= plan.items().size(); i++) {
            expected.add(i);
        }
        assertEquals(expected, plan.items().stream().map(TrackedItem::sequence).toList());
        assertTrue(plan.items().stream().allMatch(i -> i.state() == ItemState.TODO));
    }
}
