package dev.pacesetter.content;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A KPI computed from the activity ledger that serves as evidence for one or more skills.
 *
 * @param id            stable lower-kebab-case id, e.g. {@code win-rate}
 * @param name          display name
 * @param description   how it is computed and how to read it
 * @param unit          the unit of its value
 * @param informs       the skills it bears on, each with a direction and a weight; weights sum to 1
 * @param minEvents     events needed in the window before the value means anything; 0 for volume
 *                      signals, where zero activity is itself the finding
 * @param windowDays    the default rolling window, 7..365 days
 * @param roles         the roles it is computed for
 * @param activityTypes ledger activity types it draws on (some may still be planned, see
 *                      {@link SkillModel#computableFromLedger(KpiSignal)})
 */
public record KpiSignal(String id,
                        String name,
                        String description,
                        SignalUnit unit,
                        List<SkillInfluence> informs,
                        int minEvents,
                        int windowDays,
                        Set<SalesRole> roles,
                        List<String> activityTypes) {

    static final double WEIGHT_TOLERANCE = 0.001;

    public KpiSignal {
        Checks.id(id, "signal id");
        String where = "signal '" + id + "'";
        Checks.text(name, where + ": name", 60);
        Checks.text(description, where + ": description", 600);
        Checks.require(unit != null, where + ": unit is required");
        Checks.require(informs != null && !informs.isEmpty(), where + ": must inform at least one skill");
        checkInfluences(where, informs);
        Checks.range(minEvents, 0, 10_000, where + ": minEvents");
        Checks.range(windowDays, 7, 365, where + ": windowDays");
        Checks.require(roles != null && !roles.isEmpty() && roles.stream().allMatch(Objects::nonNull),
                where + ": must apply to at least one role");
        Checks.require(activityTypes != null && !activityTypes.isEmpty(),
                where + ": must draw on at least one activity type");
        for (String type : activityTypes) {
            Checks.require(type != null && Checks.TYPE_CODE.matcher(type).matches(),
                    where + ": activity type must be UPPER_SNAKE_CASE, was " + Checks.quoted(type));
        }
        Checks.require(new HashSet<>(activityTypes).size() == activityTypes.size(),
                where + ": lists an activity type twice");
        informs = List.copyOf(informs);
        roles = Collections.unmodifiableSet(EnumSet.copyOf(roles));
        activityTypes = List.copyOf(activityTypes);
    }

    /** Whether this signal is computed for people in the role. */
    public boolean appliesTo(SalesRole role) {
        return roles.contains(role);
    }

    private static void checkInfluences(String where, List<SkillInfluence> informs) {
        Set<String> seen = new HashSet<>();
        double sum = 0;
        for (SkillInfluence i : informs) {
            Checks.require(i != null && i.skill() != null, where + ": an informed skill has no id");
            Checks.require(seen.add(i.skill()), where + ": informs skill '" + i.skill() + "' twice");
            Checks.require(i.direction() != null, where + ": direction for '" + i.skill() + "' is required");
            Checks.require(i.weight() > 0 && i.weight() <= 1,
                    where + ": weight for '" + i.skill() + "' must be within (0, 1], was " + i.weight());
            sum += i.weight();
        }
        Checks.require(Math.abs(sum - 1.0) <= WEIGHT_TOLERANCE,
                where + ": skill weights must sum to 1.0 (±" + WEIGHT_TOLERANCE + "), sum to " + round(sum));
    }

    static String round(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
