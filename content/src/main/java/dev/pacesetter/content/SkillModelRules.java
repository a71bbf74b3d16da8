package dev.pacesetter.content;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The cross-record checks of {@link SkillModel}: each returns the checked, immutable value. */
final class SkillModelRules {

    private SkillModelRules() {
    }

    static List<SkillLevel> levels(List<SkillLevel> levels) {
        List<SkillLevel> list = Checks.nonEmpty(levels, "level");
        Checks.require(list.size() == SkillLevel.MAX, "levels must list exactly " + SkillLevel.MAX
                + " levels, lists " + list.size());
        for (int i = 0; i < list.size(); i++) {
            Checks.require(list.get(i).level() == i + 1, "levels must be numbered 1.." + SkillLevel.MAX
                    + " in order; entry " + (i + 1) + " is level " + list.get(i).level());
        }
        return list;
    }

    static Map<String, Skill> skills(List<Skill> skills) {
        return Collections.unmodifiableMap(Checks.unique(Checks.nonEmpty(skills, "skill"), Skill::id, "skill"));
    }

    /** Each role's weights sum to 1, so role scores are comparable across roles. */
    static void roleWeights(Collection<Skill> skills) {
        Map<SalesRole, Double> sums = new EnumMap<>(SalesRole.class);
        for (Skill s : skills) {
            s.roles().forEach((role, t) -> sums.merge(role, t.weight(), Double::sum));
        }
        for (SalesRole role : SalesRole.values()) {
            Double sum = sums.get(role);
            Checks.require(sum != null, "no skill is weighted for role " + role);
            Checks.require(Math.abs(sum - 1.0) <= KpiSignal.WEIGHT_TOLERANCE, "skill weights for " + role
                    + " must sum to 1.0 (±" + KpiSignal.WEIGHT_TOLERANCE + "), sum to " + KpiSignal.round(sum));
        }
    }

    static List<KpiSignal> signals(List<KpiSignal> signals, Map<String, Skill> skills) {
        List<KpiSignal> list = Checks.nonEmpty(signals, "signal");
        Checks.unique(list, KpiSignal::id, "signal");
        for (KpiSignal signal : list) {
            for (SkillInfluence i : signal.informs()) {
                Checks.require(skills.containsKey(i.skill()), "signal '" + signal.id() + "' informs unknown skill '"
                        + i.skill() + "'");
            }
            for (SalesRole role : signal.roles()) {
                boolean informsRole = signal.informs().stream().anyMatch(i -> skills.get(i.skill()).relevantFor(role));
                Checks.require(informsRole, "signal '" + signal.id() + "' applies to " + role
                        + " but informs no skill weighted for " + role);
            }
        }
        return list;
    }

    /**
     * Every activity type a signal draws on is in the catalog or declared as planned; a planned type
     * that has since joined the catalog, or that no signal uses, is stale and fails too.
     */
    static Map<String, String> activityTypes(List<KpiSignal> signals, Map<String, String> planned,
                                             ActivityCatalog catalog) {
        Map<String, String> plannedTypes = planned == null ? Map.of() : new LinkedHashMap<>(planned);
        Set<String> used = new TreeSet<>();
        for (KpiSignal signal : signals) {
            for (String type : signal.activityTypes()) {
                used.add(type);
                Checks.require(catalog.find(type).isPresent() || plannedTypes.containsKey(type),
                        "signal '" + signal.id() + "' draws on activity type '" + type + "', which is neither in "
                                + ActivityCatalog.RESOURCE + " nor in plannedActivityTypes");
            }
        }
        plannedTypes.forEach((type, needs) -> {
            Checks.require(Checks.TYPE_CODE.matcher(type).matches(),
                    "planned activity type must be UPPER_SNAKE_CASE, was '" + type + "'");
            Checks.text(needs, "planned activity type '" + type + "': description", 300);
            Checks.require(catalog.find(type).isEmpty(), "planned activity type '" + type + "' is in "
                    + ActivityCatalog.RESOURCE + " now; remove it from plannedActivityTypes");
            Checks.require(used.contains(type), "planned activity type '" + type + "' is used by no signal");
        });
        return Collections.unmodifiableMap(plannedTypes);
    }
}
