package dev.pacesetter.coaching;

import dev.pacesetter.content.CoachingActivity;
import dev.pacesetter.content.CoachingLibrary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Picks library activities for the top gaps.
 *
 * <p>A gap's path runs from the rep's current level — the whole level reached, {@code floor(proficiency)}
 * — up to the target, both included: the current level consolidates, each higher one is a step up. For
 * each level of the path one activity: one whose main skill (first listed) is the gap skill before one
 * that builds it on the side, then the library's order (effort, then id). An activity already picked for
 * a higher-ranked gap that also builds this skill at this level covers the step instead of adding a
 * second one. A level with no activity at all is a {@link Shortfall}.
 *
 * <p>Sequence: foundational to advanced across the whole plan — by level, then gap rank, then id — so
 * week 1 starts every gap at its base.
 */
final class ActivitySelection {

    /** One picked activity and what it serves. */
    record Pick(CoachingActivity activity, SkillStanding gap, int rank, int step, int steps, List<String> skillIds) {
    }

    /** The picks in sequence order, and the path levels nothing could fill. */
    record Selection(List<Pick> picks, List<Shortfall> shortfalls) {
    }

    static final Comparator<Pick> SEQUENCE = Comparator.comparingInt((Pick p) -> p.activity().level())
            .thenComparingInt(Pick::rank).thenComparing(p -> p.activity().id());

    private ActivitySelection() {
    }

    /** The path's first level: the whole level reached, at least 1, at most the target. */
    static int fromLevel(SkillStanding gap) {
        int reached = gap.proficiency().level().orElseThrow().intValue();
        return Math.max(1, Math.min(reached, gap.targetLevel()));
    }

    static Selection select(List<SkillStanding> gaps, CoachingLibrary library) {
        Map<String, Pick> picked = new LinkedHashMap<>();
        List<Shortfall> shortfalls = new ArrayList<>();
        for (int r = 0; r < gaps.size(); r++) {
            SkillStanding gap = gaps.get(r);
            int from = fromLevel(gap);
            int steps = gap.targetLevel() - from + 1;
            List<Integer> missing = new ArrayList<>();
            for (int level = from; level <= gap.targetLevel(); level++) {
                List<CoachingActivity> candidates = library.forSkill(gap.skillId(), level, level);
                Optional<CoachingActivity> covering = candidates.stream().filter(a -> picked.containsKey(a.id()))
                        .findFirst();
                if (covering.isPresent()) {
                    Pick p = picked.get(covering.get().id());
                    List<String> skills = new ArrayList<>(p.skillIds());
                    skills.add(gap.skillId());
                    picked.put(p.activity().id(), new Pick(p.activity(), p.gap(), p.rank(), p.step(), p.steps(),
                            List.copyOf(skills)));
                    continue;
                }
                Optional<CoachingActivity> best = candidates.stream()
                        .min(Comparator.comparing((CoachingActivity a) -> !a.skills().getFirst().equals(gap.skillId()))
                                .thenComparingInt(CoachingActivity::effortMinutes).thenComparing(CoachingActivity::id));
                if (best.isEmpty()) {
                    missing.add(level);
                } else {
                    picked.put(best.get().id(), new Pick(best.get(), gap, r + 1, level - from + 1, steps,
                            List.of(gap.skillId())));
                }
            }
            if (!missing.isEmpty()) {
                shortfalls.add(new Shortfall(gap.skillId(), missing));
            }
        }
        return new Selection(picked.values().stream().sorted(SEQUENCE).toList(), shortfalls);
    }
}
