package dev.pacesetter.coaching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Which coaching works: the comparable signal deltas of completed plans, averaged per manager and per
 * skill, always per signal (a percent and an amount of money do not average). Per manager, a signal
 * that informs two of a plan's skills counts once for that plan.
 *
 * @param byManager per (manager, signal), by manager id then signal id
 * @param bySkill   per (skill, signal), by skill id then signal id
 */
public record EffectivenessReport(List<SignalMean<Long>> byManager, List<SignalMean<String>> bySkill) {

    public EffectivenessReport {
        byManager = Checks.list(byManager, "byManager");
        bySkill = Checks.list(bySkill, "bySkill");
    }

    static EffectivenessReport of(Collection<PlanEffect> effects) {
        Map<Long, Map<String, List<SignalDelta>>> manager = new TreeMap<>();
        Map<String, Map<String, List<SignalDelta>>> skill = new TreeMap<>();
        for (PlanEffect e : effects) {
            Set<String> seen = new LinkedHashSet<>();
            for (SignalDelta d : e.deltas()) {
                if (!d.comparable()) {
                    continue;
                }
                skill.computeIfAbsent(d.skillId(), k -> new TreeMap<>())
                        .computeIfAbsent(d.signalId(), k -> new ArrayList<>()).add(d);
                if (seen.add(d.signalId())) {
                    manager.computeIfAbsent(e.managerId(), k -> new TreeMap<>())
                            .computeIfAbsent(d.signalId(), k -> new ArrayList<>()).add(d);
                }
            }
        }
        return new EffectivenessReport(means(manager), means(skill));
    }

    private static <K extends Comparable<K>> List<SignalMean<K>> means(Map<K, Map<String, List<SignalDelta>>> groups) {
        List<SignalMean<K>> out = new ArrayList<>();
        BiFunction<List<SignalDelta>, Boolean, Double> mean = (ds, improvement) -> ds.stream()
                .mapToDouble(d -> (improvement ? d.improvement() : d.delta()).getAsDouble()).average().orElseThrow();
        groups.forEach((group, bySignal) -> bySignal.forEach((signal, ds) ->
                out.add(new SignalMean<>(group, signal, mean.apply(ds, false), mean.apply(ds, true), ds.size()))));
        out.sort(Comparator.comparing((SignalMean<K> m) -> m.group()).thenComparing(SignalMean::signalId));
        return out;
    }
}
