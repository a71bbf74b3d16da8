package dev.pacesetter.nudges;

import dev.pacesetter.content.NudgeKind;
import dev.pacesetter.contests.ContestDefinition;
import dev.pacesetter.contests.ContestKind;
import dev.pacesetter.contests.Outcome;
import dev.pacesetter.contests.Prize;
import dev.pacesetter.contests.PrizeAward;
import dev.pacesetter.contests.ScoreScale;
import dev.pacesetter.contests.Scoring;
import dev.pacesetter.contests.Standing;
import dev.pacesetter.contests.Standings;
import dev.pacesetter.contests.Winner;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which contest moments the live standings show, for each entrant: holding a prize position, and
 * being close to a target (a race's goal, a threshold or one of its tiers). Pure: the watcher calls
 * it after every standings change and tells each (contest, user, mark) once, so a moment is named by
 * a stable {@code mark} (the prize's place in the definition, the target's goal).
 *
 * <p>Team battles rank teams, not people, so they have no individual moments here.
 */
final class ContestMoments {

    private ContestMoments() {
    }

    /**
     * A moment of one entrant.
     *
     * @param userId    the entrant
     * @param kind      PRIZE_POSITION_ENTERED or CLOSE_TO_TARGET
     * @param mark      what was reached, stable across standings changes (at most 60 characters)
     * @param variables the template's variables except {@code contestName} and {@code contestId}
     */
    record Moment(long userId, NudgeKind kind, String mark, Map<String, String> variables) {
        Moment {
            Objects.requireNonNull(kind, "kind");
            if (mark == null || mark.isBlank() || mark.length() > 60) {
                throw new IllegalArgumentException("mark must be 1 to 60 characters");
            }
            variables = Map.copyOf(variables);
        }
    }

    /**
     * The moments of every entrant.
     *
     * @param definition the contest
     * @param standings  its live individual standings under its tie rule
     * @param closeRatio how near a target counts as close: 0.9 is "at least 90 % of the way"
     */
    static List<Moment> of(ContestDefinition definition, Standings standings, BigDecimal closeRatio) {
        if (definition.format().kind() instanceof ContestKind.TeamBattle || standings.size() == 0) {
            return List.of();
        }
        List<Moment> out = new ArrayList<>(prizeHolders(definition, standings));
        out.addAll(closeToTarget(definition, standings, closeRatio));
        return out;
    }

    private static List<Moment> prizeHolders(ContestDefinition definition, Standings standings) {
        List<Prize> prizes = definition.format().prizes();
        Outcome outcome = PrizeAward.decide(definition, standings);
        List<Moment> out = new ArrayList<>();
        for (Winner w : outcome.winners()) {
            for (Prize p : w.prizes()) {
                out.add(new Moment(Long.parseLong(w.entrantId()), NudgeKind.PRIZE_POSITION_ENTERED,
                        "prize:" + prizes.indexOf(p), Map.of("rank", Integer.toString(w.place()),
                        "prizeName", p.description())));
            }
        }
        return out;
    }

    /** Each entrant's nearest unreached target, if they are within the ratio of it. */
    private static List<Moment> closeToTarget(ContestDefinition definition, Standings standings, BigDecimal ratio) {
        ScoreScale scale = ScoreScale.of(definition);
        Map<Long, String> targets = new HashMap<>();
        switch (definition.format().kind()) {
            case ContestKind.RaceToTarget race -> {
                if (!PrizeAward.allPrizesTaken(definition, standings)) {
                    targets.put(scale.toUnits(race.goal()), "the goal of " + amount(definition, race.goal()));
                }
            }
            case ContestKind.Threshold threshold -> {
                targets.put(scale.toUnits(threshold.goal()), "the goal of " + amount(definition, threshold.goal()));
                for (Prize p : definition.format().prizes()) {
                    if (p.condition() instanceof Prize.Threshold tier) {
                        targets.put(scale.toUnits(tier.goal()), p.description());
                    }
                }
            }
            default -> {
                return List.of();
            }
        }
        List<Moment> out = new ArrayList<>();
        for (Standing s : standings.list()) {
            targets.keySet().stream().filter(goal -> goal > s.score()).min(Long::compare)
                    .filter(goal -> close(s.score(), goal, ratio))
                    .ifPresent(goal -> out.add(new Moment(Long.parseLong(s.entrantId()), NudgeKind.CLOSE_TO_TARGET,
                            "close:" + goal, Map.of("targetName", targets.get(goal),
                            "remaining", amount(definition, scale.toNatural(goal - s.score()))))));
        }
        return out;
    }

    /** Whether a positive score below the goal is at least {@code ratio} of it. */
    static boolean close(long score, long goal, BigDecimal ratio) {
        return score > 0 && score < goal
                && BigDecimal.valueOf(score).compareTo(BigDecimal.valueOf(goal).multiply(ratio)) >= 0;
    }

    /** A natural score for people: "12", "1200.00 USD", "95%". */
    static String amount(ContestDefinition definition, BigDecimal natural) {
        if (definition.format().scoring() == Scoring.PERCENT_OF_TARGET) {
            return plain(natural) + "%";
        }
        return definition.metric().currency()
                .map(c -> natural.setScale(c.getDefaultFractionDigits(), RoundingMode.HALF_EVEN).toPlainString()
                        + " " + c.getCurrencyCode())
                .orElseGet(() -> plain(natural));
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** A score in score units for people. */
    static String score(ContestDefinition definition, long units) {
        return amount(definition, ScoreScale.of(definition).toNatural(units));
    }
}
