package dev.pacesetter.coaching;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static dev.pacesetter.coaching.Plans.MANAGER;
import static dev.pacesetter.coaching.Plans.REP;
import static dev.pacesetter.coaching.Plans.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ItemLifecycleTest {

    /** Item 1 of an in-progress plan (an activity) driven to a state. */
    private static CoachingPlan withItemOne(String state) {
        CoachingPlan p = Plans.inProgress();
        if (state.equals("TODO")) {
            return p;
        }
        p = ItemLifecycle.markDone(p, 1, "ran the drill with Sam", T0).plan();
        return switch (state) {
            case "DONE" -> p;
            case "VERIFIED" -> ItemLifecycle.verify(p, 1, MANAGER, T0).plan();
            case "SENT_BACK" -> ItemLifecycle.sendBack(p, 1, "record the second round", T0).plan();
            default -> throw new IllegalArgumentException(state);
        };
    }

    private static PlanChange apply(CoachingPlan plan, String action, int sequence) {
        return switch (action) {
            case "done" -> ItemLifecycle.markDone(plan, sequence, "evidence", T0.plusSeconds(60));
            case "verify" -> ItemLifecycle.verify(plan, sequence, MANAGER, T0.plusSeconds(60));
            case "sendBack" -> ItemLifecycle.sendBack(plan, sequence, "not yet", T0.plusSeconds(60));
            default -> throw new IllegalArgumentException(action);
        };
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @CsvSource(delimiter = '|', value = {
            "TODO      | done     | DONE",
            "TODO      | verify   | !cannot verify an item that is TODO; it must be DONE first",
            "TODO      | sendBack | !cannot send back an item that is TODO; it must be DONE first",
            "DONE      | done     | !cannot mark done an item that is DONE",
            "DONE      | verify   | VERIFIED",
            "DONE      | sendBack | SENT_BACK",
            "SENT_BACK | done     | DONE",
            "SENT_BACK | verify   | !cannot verify an item that is SENT_BACK; it must be DONE first",
            "SENT_BACK | sendBack | !cannot send back an item that is SENT_BACK",
            "VERIFIED  | done     | !cannot mark done an item that is VERIFIED",
            "VERIFIED  | verify   | !cannot verify an item that is VERIFIED",
            "VERIFIED  | sendBack | !cannot send back an item that is VERIFIED"})
    void itemMovesFollowTheStateMachine(String from, String action, String expected) {
        CoachingPlan plan = withItemOne(from);
        if (expected.startsWith("!")) {
            var e = assertThrows(CoachingRuleException.class, () -> apply(plan, action, 1));
            assertEquals("items[1]", e.field());
            assertTrue(e.reason().startsWith(expected.substring(1)), e.reason());
        } else {
            assertEquals(ItemState.valueOf(expected), apply(plan, action, 1).plan().item(1).state());
        }
    }

    /* Item 3 is week 1's check-in: held once, never verified. */
    @ParameterizedTest(name = "check-in {0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "done     | DONE",
            "verify   | !a check-in is held, not verified or sent back",
            "sendBack | !a check-in is held, not verified or sent back"})
    void checkInsAreHeldNotVerified(String action, String expected) {
        CoachingPlan plan = Plans.inProgress();
        assertEquals(PlanItem.Kind.CHECK_IN, plan.item(3).item().kind());
        if (expected.startsWith("!")) {
            var e = assertThrows(CoachingRuleException.class, () -> apply(plan, action, 3));
            assertEquals(expected.substring(1), e.reason());
        } else {
            CoachingPlan held = apply(plan, action, 3).plan();
            assertEquals(ItemState.DONE, held.item(3).state());
            assertThrows(CoachingRuleException.class, () -> apply(held, "done", 3));
        }
    }

    @ParameterizedTest(name = "plan {0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "DRAFT                   | !cannot mark an item done in plan 100 while it is DRAFT; it must be ASSIGNED or IN_PROGRESS",
            "PAUSED_FROM_IN_PROGRESS | !cannot mark an item done in plan 100 while it is PAUSED; it must be ASSIGNED or IN_PROGRESS (resume it first)",
            "COMPLETED               | !cannot mark an item done in plan 100 while it is COMPLETED",
            "ABANDONED               | !cannot mark an item done in plan 100 while it is ABANDONED",
            "ASSIGNED                | IN_PROGRESS",
            "IN_PROGRESS             | IN_PROGRESS"})
    void itemsMoveOnlyInAnActivePlan(String planState, String expected) {
        CoachingPlan plan = Plans.inState(planState);
        if (expected.startsWith("!")) {
            var e = assertThrows(CoachingRuleException.class, () -> apply(plan, "done", 1));
            assertEquals("state", e.field());
            assertTrue(e.reason().startsWith(expected.substring(1)), e.reason());
        } else {
            assertEquals(PlanState.valueOf(expected), apply(plan, "done", 1).plan().state());
        }
    }

    @Test
    void markingTheFirstItemDoneStartsAnAssignedPlan() {
        PlanChange change = ItemLifecycle.markDone(Plans.assigned(), 1, "did it", T0);
        assertEquals(List.of(PlanEvent.Type.STARTED, PlanEvent.Type.ITEM_DONE),
                change.events().stream().map(PlanEvent::type).toList());
        assertEquals(Optional.of(T0), change.plan().startedAt());
    }

    @Test
    void aRepCannotVerifyTheirOwnItem() {
        var e = assertThrows(CoachingRuleException.class,
                () -> ItemLifecycle.verify(withItemOne("DONE"), 1, REP, T0));
        assertEquals("verifierId", e.field());
    }

    @Test
    void sendingBackKeepsTheEvidenceAndDoneAgainClearsTheReason() {
        CoachingPlan back = withItemOne("SENT_BACK");
        assertEquals(Optional.of("ran the drill with Sam"), back.item(1).evidence());
        assertEquals(Optional.of("record the second round"), back.item(1).sentBackReason());
        CoachingPlan again = ItemLifecycle.markDone(back, 1, "recorded both rounds", T0.plusSeconds(600)).plan();
        assertEquals(Optional.empty(), again.item(1).sentBackReason());
        assertEquals(Optional.of("recorded both rounds"), again.item(1).evidence());
    }

    @Test
    void unknownItemsAndBlankEvidenceAreRefused() {
        assertEquals("items[99]", assertThrows(CoachingRuleException.class,
                () -> apply(Plans.inProgress(), "done", 99)).field());
        assertEquals("evidence", assertThrows(CoachingRuleException.class,
                () -> ItemLifecycle.markDone(Plans.inProgress(), 1, "", T0)).field());
    }

    /*
     * Progress is the share of verified activity minutes, rounded down. The plan's activities are
     * 30, 20, 15, 45, 30, 30, 40, 60 and 60 minutes = 330. Verifying items 1 (30) and 4 (15): 45 / 330
     * = 13.6 % -> 13. Item 2 only done: does not count. Check-ins never count.
     */
    @ParameterizedTest(name = "verified {0} -> {1} %")
    @CsvSource(delimiter = '|', value = {"| 0", "1 | 9", "1 4 | 13", "1 2 4 5 7 8 10 12 14 | 100"})
    void progressIsTheShareOfVerifiedActivityMinutes(String verified, int percent) {
        CoachingPlan p = Plans.inProgress();
        p = ItemLifecycle.markDone(p, 2, "did it", T0).plan();
        for (String s : verified == null ? new String[0] : verified.split(" ")) {
            int seq = Integer.parseInt(s);
            if (p.item(seq).state() != ItemState.DONE) {
                p = ItemLifecycle.markDone(p, seq, "did it", T0).plan();
            }
            p = ItemLifecycle.verify(p, seq, MANAGER, T0).plan();
        }
        assertEquals(percent, p.progressPercent());
    }

    @Test
    void progressOfAPlanWithoutActivitiesIsZero() {
        assertEquals(0, PlanProgress.percent(List.of()));
    }
}
