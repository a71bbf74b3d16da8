package dev.pacesetter.spiffs;

import java.util.Set;

/**
 * Who may earn: reps with one of the sales roles and in one of the teams. An empty set does not
 * restrict.
 *
 * @param salesRoles e.g. {@code AE}, {@code SDR}; empty for every role
 * @param teamIds    team ids; empty for every team
 */
public record Eligibility(Set<String> salesRoles, Set<Long> teamIds) {

    /** Anyone. */
    public static final Eligibility EVERYONE = new Eligibility(Set.of(), Set.of());

    public Eligibility {
        salesRoles = salesRoles == null ? Set.of() : Set.copyOf(salesRoles);
        teamIds = teamIds == null ? Set.of() : Set.copyOf(teamIds);
    }

    /** Whether the rep may earn; an unknown rep may not. */
    boolean admits(Rep rep) {
        return rep != null && (salesRoles.isEmpty() || salesRoles.contains(rep.salesRole()))
                && (teamIds.isEmpty() || teamIds.contains(rep.teamId()));
    }
}
