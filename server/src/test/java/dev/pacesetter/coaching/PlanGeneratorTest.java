package dev.pacesetter.coaching;

import dev.pacesetter.content.CoachingActivity;
import dev.pacesetter.content.CoachingLibrary;
import dev.pacesetter.content.SalesRole;
import dev.pacesetter.content.Skill;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlanGeneratorTest {

    static final CoachingLibrary LIBRARY = CoachingLibrary.load();
    static final PlanGenerator GENERATOR = new PlanGenerator(Standings.MODEL, LIBRARY);
    /** Monday 2025-06-09: week 1 runs to Sunday 2025-06-15. */
    static final LocalDate MONDAY = LocalDate.of(2025, 6, 9);
    static final String AE_PROFILE = "discovery=2.4 presenting=2.0 closing=2.2";

    static GeneratedPlan plan(SalesRole role, String profile, PlanSettings settings) {
        return GENERATOR.generate(Standings.of(7, role, profile), settings, MONDAY);
    }

    /** "w1 id, w1 id, w1 check-in, ..." with * after an over-capacity activity. */
    static String render(GeneratedPlan plan) {
        return plan.items().stream().map(i -> "w" + i.week() + " " + i.activityId().orElse("check-in")
                + (i.overCapacity() ? "*" : "")).collect(Collectors.joining(", "));
    }

    /*
     * Worked example, AE, the real library. Ranked gaps: discovery 2.4 (0.240, weight .15),
     * presenting 2.0 (0.240, .12), closing 2.2 (0.234). Paths run from the level reached to target 4:
     *   discovery  2..4: L2 discovery-pain-funnel-drill (30')     L3 discovery-call-review (45')
     *                    L4 discovery-quantify-impact-drill (40')
     *   presenting 2..4: L2 presenting-tell-show-tell (20')       L3 presenting-first-five-minutes-drill (30')
     *                    L4 account-growth-business-review-drill (60'; builds presenting on the side, the
     *                       only level-4 activity that does)
     *   closing    2..4: L2 closing-trial-close-quiz (15')        L3 closing-mutual-action-plan (30')
     *                    L4 closing-lost-deal-review (60')
     * (at each level the activity whose main skill is the gap wins, then least effort, then id).
     * Sequence by level, then rank. At 60 minutes a week:
     *   w1 30+20 = 50 (the quiz would make 65) | w2 15+45 = 60 | w3 30+30 | w4 40 (60 would make 100)
     *   | w5 60 | w6 60
     */
    @ParameterizedTest(name = "{0} min/week, {1} weeks, {2}")
    @CsvSource(delimiter = '|', value = {
            "60 | 6 | WEEKLY | w1 discovery-pain-funnel-drill, w1 presenting-tell-show-tell, w1 check-in, "
                    + "w2 closing-trial-close-quiz, w2 discovery-call-review, w2 check-in, "
                    + "w3 presenting-first-five-minutes-drill, w3 closing-mutual-action-plan, w3 check-in, "
                    + "w4 discovery-quantify-impact-drill, w4 check-in, w5 account-growth-business-review-drill, "
                    + "w5 check-in, w6 closing-lost-deal-review, w6 check-in",
            "60 | 6 | FORTNIGHTLY | w1 discovery-pain-funnel-drill, w1 presenting-tell-show-tell, "
                    + "w2 closing-trial-close-quiz, w2 discovery-call-review, w2 check-in, "
                    + "w3 presenting-first-five-minutes-drill, w3 closing-mutual-action-plan, "
                    + "w4 discovery-quantify-impact-drill, w4 check-in, w5 account-growth-business-review-drill, "
                    + "w6 closing-lost-deal-review, w6 check-in",
            // 30 a week: the 45' review exceeds capacity and gets week 4 to itself; the 40' drill would
            // need week 7, so it and the two 60' activities after it are deferred
            "30 | 6 | FORTNIGHTLY | w1 discovery-pain-funnel-drill, w2 presenting-tell-show-tell, w2 check-in, "
                    + "w3 closing-trial-close-quiz, w4 discovery-call-review*, w4 check-in, "
                    + "w5 presenting-first-five-minutes-drill, w6 closing-mutual-action-plan, w6 check-in",
            // four weeks at 60: the last two level-4 activities do not fit
            "60 | 4 | WEEKLY | w1 discovery-pain-funnel-drill, w1 presenting-tell-show-tell, w1 check-in, "
                    + "w2 closing-trial-close-quiz, w2 discovery-call-review, w2 check-in, "
                    + "w3 presenting-first-five-minutes-drill, w3 closing-mutual-action-plan, w3 check-in, "
                    + "w4 discovery-quantify-impact-drill, w4 check-in",
            // plenty of time: everything in week 1, one check-in
            "600 | 1 | WEEKLY | w1 discovery-pain-funnel-drill, w1 presenting-tell-show-tell, "
                    + "w1 closing-trial-close-quiz, w1 discovery-call-review, w1 presenting-first-five-minutes-drill, "
                    + "w1 closing-mutual-action-plan, w1 discovery-quantify-impact-drill, "
                    + "w1 account-growth-business-review-drill, w1 closing-lost-deal-review, w1 check-in"})
    void plansSequenceFoundationalFirstAndScheduleWithinCapacity(int capacity, int weeks, CheckInCadence cadence,
                                                                 String expected) {
        GeneratedPlan plan = plan(SalesRole.AE, AE_PROFILE, new PlanSettings(3, weeks, capacity, cadence));
        assertEquals(expected, render(plan));
        assertEquals(List.of("discovery", "presenting", "closing"), plan.targetedSkills());
        assertEquals(List.of(), plan.shortfalls());
    }

    /*
     * Fewer activities than the path needs: AE product knowledge 2.0 -> path 2..4, but the library has
     * nothing building product knowledge at level 3. Level 2: the 15' quiz beats the 60' shadowing.
     */
    @Test
    void aPathLevelWithoutActivitiesIsAShortfallTheManagerIsToldAbout() {
        GeneratedPlan plan = plan(SalesRole.AE, "product-knowledge=2.0", PlanSettings.DEFAULT);
        assertEquals("w1 product-feature-benefit-proof-quiz, w1 product-competitor-question-drill, w1 check-in",
                render(plan));
        assertEquals(List.of(new Shortfall("product-knowledge", List.of(3))), plan.shortfalls());
        assertTrue(plan.notes().contains("The library has no Product knowledge activity at level 3: coach that "
                + "step directly."), plan.notes().toString());
        assertTrue(plan.items().get(1).why().contains("step 3 of 3, from level 2 to 4"), plan.items().get(1).why());
    }

    @Test
    void itemsAreDueAtTheEndOfTheirWeekAndCheckInsNameTheWeeksSkills() {
        GeneratedPlan plan = plan(SalesRole.AE, AE_PROFILE,
                new PlanSettings(3, 6, 60, CheckInCadence.FORTNIGHTLY));
        PlanItem first = plan.items().getFirst();
        assertEquals(LocalDate.of(2025, 6, 15), first.dueOn());
        PlanItem checkIn = plan.items().get(4);
        assertEquals(PlanItem.Kind.CHECK_IN, checkIn.kind());
        assertEquals(LocalDate.of(2025, 6, 22), checkIn.dueOn());
        assertEquals(List.of("discovery", "presenting", "closing"), checkIn.skillIds());
        assertEquals("Check-in with the manager at the end of weeks 1–2 on Discovery, Presenting and demo and "
                + "Closing: verify what is done, send back what is not, and adjust what comes next.", checkIn.why());
    }

    @Test
    void everyActivityNamesItsGapAndTheEvidence() {
        GeneratedPlan plan = plan(SalesRole.AE, AE_PROFILE, PlanSettings.DEFAULT);
        assertEquals("Discovery is 1.6 below the AE target of 4, gap 1 of 3 by weighted gap (2.4 from manager "
                + "rating 2 (100%)). This level-2 role-play drill is step 1 of 3, from level 2 to 4.",
                plan.items().getFirst().why());
    }

    @Test
    void anActivityLongerThanTheWeekSaysSo() {
        GeneratedPlan plan = plan(SalesRole.AE, AE_PROFILE, new PlanSettings(3, 6, 30, CheckInCadence.WEEKLY));
        PlanItem review = plan.items().stream().filter(PlanItem::overCapacity).findFirst().orElseThrow();
        assertTrue(review.why().endsWith("It takes 45 minutes, more than the weekly 30, so it has week 4 to itself."),
                review.why());
        assertEquals(List.of("discovery-quantify-impact-drill", "account-growth-business-review-drill",
                "closing-lost-deal-review"), plan.deferred());
        assertTrue(plan.notes().contains("3 activities do not fit in 6 weeks at 30 minutes a week and are left for "
                + "the next plan: discovery-quantify-impact-drill, account-growth-business-review-drill, "
                + "closing-lost-deal-review."), plan.notes().toString());
    }

    /*
     * SDR, prospecting 2.0 (rank 1, 2.0 × .30) and objection handling 2.0 (rank 2, 2.0 × .16).
     * Prospecting L2 picks prospecting-cold-call-opener, which also builds objection handling at L2, so
     * objection handling's L2 step is covered by it instead of adding objections-quiz.
     */
    @Test
    void anActivityPickedForOneGapCoversAnotherGapAtTheSameLevel() {
        GeneratedPlan plan = plan(SalesRole.SDR, "prospecting=2.0 objection-handling=2.0",
                new PlanSettings(2, 6, 600, CheckInCadence.WEEKLY));
        assertEquals("w1 prospecting-cold-call-opener, w1 prospecting-cold-call-review, w1 objections-price-drill, "
                + "w1 prospecting-trigger-events, w1 objections-team-playbook-review, w1 check-in", render(plan));
        PlanItem opener = plan.items().getFirst();
        assertEquals(List.of("prospecting", "objection-handling"), opener.skillIds());
        assertTrue(opener.why().endsWith("It also builds Objection handling."), opener.why());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "all at target  | renewals=4.0 account-growth=4.5 discovery=4.0 negotiation=4.0 stakeholder-mapping=4.0 "
                    + "product-knowledge=4.0 presenting=3.0 closing=3.0 objection-handling=3.0 "
                    + "pipeline-management=3.0 qualification=3.0",
            "nothing known  | "})
    void noGapsMeansAnEmptyPlanThatSaysWhy(String name, String profile) {
        GeneratedPlan plan = plan(SalesRole.AM, profile == null ? "" : profile, PlanSettings.DEFAULT);
        assertTrue(plan.items().isEmpty());
        assertTrue(plan.targetedSkills().isEmpty());
        assertEquals(0, plan.weeksUsed());
        assertTrue(plan.notes().getFirst().startsWith("No gaps: every assessed skill is at or above the AM target"));
        if (profile == null) {
            assertTrue(plan.notes().get(1).endsWith("are not assessed yet: rate them to find gaps there."));
        } else {
            assertEquals(1, plan.notes().size());
        }
    }

    @Test
    void theSameInputsGiveAnEqualPlanWhateverTheOrderOfStandings() {
        RepGaps gaps = Standings.of(7, SalesRole.AE, AE_PROFILE + " negotiation=3.1 qualification=2.9");
        List<SkillStanding> shuffled = new ArrayList<>(gaps.standings());
        Collections.reverse(shuffled);
        GeneratedPlan a = GENERATOR.generate(gaps, PlanSettings.DEFAULT, MONDAY);
        GeneratedPlan b = GENERATOR.generate(new RepGaps(7, SalesRole.AE, shuffled), PlanSettings.DEFAULT, MONDAY);
        assertEquals(a, b);
        assertEquals(a, GENERATOR.generate(gaps, PlanSettings.DEFAULT, MONDAY));
    }

    /* The path starts at the whole level reached, never below 1 or above the target. */
    @ParameterizedTest(name = "proficiency {0}, target 4 -> from {1}")
    @CsvSource({"1.0, 1", "1.9, 1", "2.0, 2", "3.9, 3"})
    void pathsStartAtTheLevelReached(String proficiency, int from) {
        SkillStanding s = Standings.of(1, SalesRole.AE, "discovery=" + proficiency).standings().stream()
                .filter(x -> x.skillId().equals("discovery")).findFirst().orElseThrow();
        assertEquals(from, ActivitySelection.fromLevel(s));
    }

    /*
     * The shipped content, every role and every skill of it: a rep at 1.0 in just that skill gets a plan
     * of activities that all build it, in ascending level, one per path level the library can fill; the
     * levels it cannot fill are exactly the reported shortfall.
     */
    @ParameterizedTest
    @EnumSource(SalesRole.class)
    void theShippedLibraryGivesEverySkillOfEveryRoleAPlan(SalesRole role) {
        for (Skill skill : Standings.MODEL.skillsFor(role)) {
            GeneratedPlan plan = plan(role, skill.id() + "=1.0", new PlanSettings(1, 26, 2400, CheckInCadence.WEEKLY));
            List<PlanItem> activities = plan.activities();
            int target = skill.target(role).orElseThrow().targetLevel();
            assertFalse(activities.isEmpty(), skill.id());
            assertTrue(plan.deferred().isEmpty(), skill.id());
            List<Integer> levels = activities.stream().map(PlanItem::level).toList();
            assertEquals(levels.stream().sorted().toList(), levels, skill.id());
            List<Integer> missing = plan.shortfalls().stream().flatMap(s -> s.missingLevels().stream()).toList();
            for (int level = 1; level <= target; level++) {
                boolean available = !LIBRARY.forSkill(skill.id(), level, level).isEmpty();
                assertEquals(available, levels.contains(level), skill.id() + " level " + level);
                assertEquals(!available, missing.contains(level), skill.id() + " level " + level);
            }
            for (PlanItem item : activities) {
                CoachingActivity a = LIBRARY.find(item.activityId().orElseThrow()).orElseThrow();
                assertTrue(a.builds(skill.id()), a.id());
                assertTrue(item.why().startsWith(skill.name() + " is "), item.why());
            }
        }
    }

    @Test
    void theShippedLibraryLeavesOnlyKnownShortfalls() {
        // content gaps today: nothing builds product knowledge at level 3 or stakeholder mapping at
        // level 1; this test notices when content fills (or opens) one
        List<String> found = new ArrayList<>();
        for (SalesRole role : SalesRole.values()) {
            for (Skill skill : Standings.MODEL.skillsFor(role)) {
                plan(role, skill.id() + "=1.0", PlanSettings.DEFAULT).shortfalls()
                        .forEach(s -> found.add(role + " " + s.skillId() + " " + s.missingLevels()));
            }
        }
        assertEquals(List.of("SDR product-knowledge [3]", "AE stakeholder-mapping [1]", "AE product-knowledge [3]",
                "AM stakeholder-mapping [1]", "AM product-knowledge [3]"), found);
    }
}
