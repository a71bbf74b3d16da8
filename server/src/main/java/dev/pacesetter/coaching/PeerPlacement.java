package dev.pacesetter.coaching;

import dev.pacesetter.content.SkillInfluence.Direction;

/**
 * Where a rep's signal value stands among the values of peers in the same sales role.
 *
 * @param signalId   the signal
 * @param value      the rep's value, in the signal's unit
 * @param direction  which way is better for the skill this placement serves as evidence for
 * @param percentile mid-rank percentile, 0..100, already turned round for {@code LOWER_IS_BETTER}:
 *                   higher always means better (see {@code PeerDistribution})
 * @param level      the level 1..5 the percentile maps to (see {@code PercentileBands})
 * @param peers      how many peer values the percentile is computed over (the rep's own included)
 */
public record PeerPlacement(String signalId, double value, Direction direction, double percentile, int level,
                            int peers) {

    public PeerPlacement {
        Checks.text(signalId, "signalId");
        Checks.finite(value, "value");
        Checks.present(direction, "direction");
        Checks.require(percentile >= 0 && percentile <= 100, "percentile", "must be within 0..100, was " + percentile);
        Checks.range(level, 1, 5, "level");
        Checks.require(peers >= 1, "peers", "must be 1 or more");
    }
}
