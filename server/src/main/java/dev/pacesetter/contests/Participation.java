package dev.pacesetter.contests;

import java.util.Collections;
import java.util.Set;

/**
 * Who may take part in a contest.
 *
 * @param audience who is eligible
 * @param optIn    whether eligible people must opt in (otherwise everyone eligible takes part)
 * @param entrant  whether individuals or teams are ranked; must match the contest kind
 */
public record Participation(Audience audience, boolean optIn, ContestKind.Entrant entrant) {

    /** Validates presence of every part. */
    public Participation {
        Checks.present(audience, "participation.audience");
        Checks.present(entrant, "participation.entrant");
    }

    /** Everyone holding one of the roles, automatically entered as individuals. */
    public static Participation byRole(String... roles) {
        return new Participation(new ByRole(Set.of(roles)), false, ContestKind.Entrant.INDIVIDUAL);
    }

    /**
     * Whether a person takes part.
     *
     * @param personId the person's id
     * @param roles    the person's roles
     * @param teamIds  the teams the person belongs to
     * @param optedIn  whether the person opted in (ignored unless {@link #optIn()})
     */
    public boolean admits(String personId, Set<String> roles, Set<String> teamIds, boolean optedIn) {
        if (optIn && !optedIn) {
            return false;
        }
        return switch (audience) {
            case ByRole byRole -> !Collections.disjoint(byRole.roles(), roles);
            case ByTeam byTeam -> !Collections.disjoint(byTeam.teamIds(), teamIds);
            case Listed listed -> listed.participantIds().contains(personId);
        };
    }

    /** Who is eligible for a contest. */
    public sealed interface Audience {
    }

    /**
     * Everyone holding at least one of the roles.
     *
     * @param roles role names, e.g. {@code REP}
     */
    public record ByRole(Set<String> roles) implements Audience {
        /** Validates the roles. */
        public ByRole {
            roles = Checks.ids(roles, "participation.audience.roles");
        }
    }

    /**
     * Every member of at least one of the teams.
     *
     * @param teamIds team ids
     */
    public record ByTeam(Set<String> teamIds) implements Audience {
        /** Validates the team ids. */
        public ByTeam {
            teamIds = Checks.ids(teamIds, "participation.audience.teamIds");
        }
    }

    /**
     * Exactly the people listed.
     *
     * @param participantIds person ids
     */
    public record Listed(Set<String> participantIds) implements Audience {
        /** Validates the ids. */
        public Listed {
            participantIds = Checks.ids(participantIds, "participation.audience.participantIds");
        }
    }
}
