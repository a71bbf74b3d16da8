package dev.pacesetter.spiffs;

import dev.pacesetter.comp.Money;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a program owes, given the ledger.
 *
 * @param awards   in qualifying order
 * @param total    their sum
 * @param progress per eligible rep who has at least one qualifying activity
 */
public record Outcome(List<Award> awards, Money total, Map<Long, Progress> progress) {

    public Outcome {
        awards = List.copyOf(awards);
        progress = Map.copyOf(progress);
    }

    /** The award earned by an activity, if any. */
    public Optional<Award> awardFor(long sourceId) {
        return awards.stream().filter(a -> a.sourceId() == sourceId).findFirst();
    }
}
