package dev.pacesetter.coaching;

import java.time.LocalDate;

/**
 * A person's judgement of a skill on the 1..5 scale, dated so that older judgements count less.
 *
 * @param level   1..5, as described by the skill model's levels
 * @param ratedOn the day the rating was given
 */
public record Rating(int level, LocalDate ratedOn) {

    public Rating {
        Checks.range(level, 1, 5, "level");
        Checks.present(ratedOn, "ratedOn");
    }
}
