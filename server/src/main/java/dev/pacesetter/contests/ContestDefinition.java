package dev.pacesetter.contests;

import java.util.Set;

/**
 * Everything an organiser decides about a contest, validated as a whole: each part checks itself, and
 * this record checks that the parts fit together (who enters matches the kind; a duel is between its
 * two named people; a team battle has at least two teams; goals are representable as scores).
 *
 * @param title         name and description
 * @param metric        what is measured
 * @param format        kind, scoring, tie rule and prizes
 * @param participation who takes part
 * @param schedule      when it runs
 */
public record ContestDefinition(Title title, Metric metric, Format format, Participation participation,
                                Schedule schedule) {

    /** Validates the parts and how they fit together. */
    public ContestDefinition {
        Checks.present(title, "title");
        Checks.present(metric, "metric");
        Checks.present(format, "format");
        Checks.present(participation, "participation");
        Checks.present(schedule, "schedule");
        ContestKind kind = format.kind();
        Checks.require(participation.entrant() == kind.entrant(), "participation.entrant",
                "a " + kind.code() + " is entered by " + kind.entrant() + ", not " + participation.entrant());
        switch (kind) {
            case ContestKind.HeadToHead duel -> {
                boolean exactlyTheTwo = participation.audience() instanceof Participation.Listed listed
                        && listed.participantIds().equals(Set.of(duel.challenger(), duel.opponent()));
                Checks.require(exactlyTheTwo && !participation.optIn(), "participation.audience",
                        "a HEAD_TO_HEAD lists exactly its challenger and opponent, with no opt-in");
            }
            case ContestKind.TeamBattle battle -> Checks.require(
                    participation.audience() instanceof Participation.ByTeam teams && teams.teamIds().size() >= 2,
                    "participation.audience", "a TEAM_BATTLE names at least two teams");
            default -> {
            }
        }
        ScoreScale.of(metric, format).checkGoals(format);
    }
}
