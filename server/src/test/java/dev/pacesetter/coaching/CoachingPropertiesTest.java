package dev.pacesetter.coaching;

import dev.pacesetter.content.CoachingActivity;
import dev.pacesetter.content.CoachingKind;
import dev.pacesetter.content.SkillInfluence.Direction;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Properties that must hold for any input, checked on generated cases (jqwik). */
class CoachingPropertiesTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 4);

    /** A blend never leaves the range of the levels it used, and its shares sum to one. */
    @Property(tries = 300)
    void aBlendStaysWithinItsUsedInputs(@ForAll @IntRange(min = 1, max = 5) int manager,
                                        @ForAll @IntRange(min = 0, max = 500) int managerAge,
                                        @ForAll @IntRange(min = 1, max = 5) int self,
                                        @ForAll @IntRange(min = 0, max = 500) int selfAge,
                                        @ForAll @Size(max = 4) List<@IntRange(min = 0, max = 5) Integer> kpis) {
        List<KpiEvidence> evidence = new ArrayList<>();
        for (int i = 0; i < kpis.size(); i++) {
            int level = kpis.get(i);
            Optional<PeerPlacement> p = level == 0 ? Optional.empty()
                    : Optional.of(new PeerPlacement("k" + i, 1, Direction.HIGHER_IS_BETTER, 50, level, 10));
            evidence.add(new KpiEvidence("k" + i, "k" + i, 0.25, p, "n", TODAY));
        }
        SkillEvidence e = new SkillEvidence("s", Optional.of(new Rating(manager, TODAY.minusDays(managerAge))),
                Optional.of(new Rating(self, TODAY.minusDays(selfAge))), evidence);
        SkillProficiency p = ProficiencyBlender.blend(e, BlendPolicy.DEFAULT, TODAY);
        List<Explanation.Input> used = p.explanation().used();
        assertEquals(!used.isEmpty(), p.known());
        if (p.known()) {
            int min = used.stream().map(Explanation.Input::level).mapToInt(OptionalInt::getAsInt).min().orElseThrow();
            int max = used.stream().map(Explanation.Input::level).mapToInt(OptionalInt::getAsInt).max().orElseThrow();
            BigDecimal level = p.level().orElseThrow();
            assertTrue(level.compareTo(BigDecimal.valueOf(min)) >= 0 && level.compareTo(BigDecimal.valueOf(max)) <= 0,
                    level + " outside " + min + ".." + max);
            assertEquals(1.0, used.stream().mapToDouble(Explanation.Input::share).sum(), 1e-9);
        }
    }

    /** Percentiles mirror between directions and never fall as the value improves. */
    @Property(tries = 300)
    void percentilesMirrorAndAreMonotone(@ForAll @Size(min = 5, max = 40) List<@DoubleRange(min = 0, max = 100) Double> peers,
                                         @ForAll @DoubleRange(min = 0, max = 100) double a,
                                         @ForAll @DoubleRange(min = 0, max = 100) double b) {
        PeerDistribution d = PeerDistribution.of("s", peers);
        double lo = Math.min(a, b);
        double hi = Math.max(a, b);
        assertEquals(100.0, d.percentile(a, Direction.HIGHER_IS_BETTER) + d.percentile(a, Direction.LOWER_IS_BETTER),
                1e-9);
        assertTrue(d.percentile(lo, Direction.HIGHER_IS_BETTER) <= d.percentile(hi, Direction.HIGHER_IS_BETTER));
        assertTrue(d.place(lo, Direction.HIGHER_IS_BETTER).orElseThrow().level()
                <= d.place(hi, Direction.HIGHER_IS_BETTER).orElseThrow().level());
    }

    /** Scheduling keeps every activity, in order, within capacity unless it is flagged. */
    @Property(tries = 300)
    void schedulingKeepsOrderAndCapacity(@ForAll @Size(max = 15) List<@IntRange(min = 5, max = 240) Integer> efforts,
                                         @ForAll @IntRange(min = 1, max = 300) int capacity,
                                         @ForAll @IntRange(min = 1, max = 26) int weeks) {
        List<ActivitySelection.Pick> picks = new ArrayList<>();
        for (int i = 0; i < efforts.size(); i++) {
            var a = new CoachingActivity("a" + i, "A", CoachingKind.READING,
                    List.of("discovery"), 1, efforts.get(i), "S.", "x".repeat(400));
            picks.add(new ActivitySelection.Pick(a, null, 1, 1, 1, List.of("discovery")));
        }
        PlanScheduler.Schedule s = PlanScheduler.schedule(picks, weeks, capacity);
        assertEquals(efforts.size(), s.slots().size() + s.deferred().size());
        int previousWeek = 0;
        int[] used = new int[weeks + 1];
        for (int i = 0; i < s.slots().size(); i++) {
            PlanScheduler.Slot slot = s.slots().get(i);
            assertTrue(slot.pick() == picks.get(i), "order kept");
            assertTrue(slot.week() >= previousWeek && slot.week() <= weeks);
            previousWeek = slot.week();
            used[slot.week()] += slot.pick().activity().effortMinutes();
            if (slot.overCapacity()) {
                assertEquals(slot.pick().activity().effortMinutes(), used[slot.week()], "alone in its week");
            }
        }
        for (PlanScheduler.Slot slot : s.slots()) {
            assertTrue(slot.overCapacity() || used[slot.week()] <= capacity);
        }
    }
}
