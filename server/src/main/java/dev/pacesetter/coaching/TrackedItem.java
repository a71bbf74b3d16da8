package dev.pacesetter.coaching;

import java.time.Instant;
import java.util.Optional;

/**
 * A plan item with its progress.
 *
 * @param item           the item as generated
 * @param state          where it is
 * @param evidence       what the rep did (a note, a link to a recording) — set when marked done, kept
 *                       when sent back so the manager's reason can be read against it
 * @param sentBackReason why the manager sent it back; only while SENT_BACK
 * @param doneAt         when it was last marked done
 * @param verifiedAt     when it was verified
 */
public record TrackedItem(PlanItem item, ItemState state, Optional<String> evidence, Optional<String> sentBackReason,
                          Optional<Instant> doneAt, Optional<Instant> verifiedAt) {

    static final int MAX_TEXT = 2000;

    public TrackedItem {
        Checks.present(item, "item");
        Checks.present(state, "state");
        Checks.present(evidence, "evidence");
        Checks.present(sentBackReason, "sentBackReason");
        Checks.present(doneAt, "doneAt");
        Checks.present(verifiedAt, "verifiedAt");
        String where = "items[" + item.sequence() + "]";
        evidence.ifPresent(e -> Checks.require(!e.isBlank() && e.length() <= MAX_TEXT, where + ".evidence",
                "must be 1.." + MAX_TEXT + " characters"));
        sentBackReason.ifPresent(r -> Checks.require(!r.isBlank() && r.length() <= MAX_TEXT,
                where + ".sentBackReason", "must be 1.." + MAX_TEXT + " characters"));
        boolean worked = state != ItemState.TODO;
        Checks.require(evidence.isPresent() == worked && doneAt.isPresent() == worked, where,
                worked ? "a " + state + " item needs evidence and doneAt" : "a TODO item has no evidence");
        Checks.require(sentBackReason.isPresent() == (state == ItemState.SENT_BACK), where + ".sentBackReason",
                "is present exactly when the item is SENT_BACK");
        Checks.require(verifiedAt.isPresent() == (state == ItemState.VERIFIED), where + ".verifiedAt",
                "is present exactly when the item is VERIFIED");
        Checks.require(item.isActivity() || state == ItemState.TODO || state == ItemState.DONE, where,
                "a check-in is TODO or DONE, was " + state);
    }

    static TrackedItem todo(PlanItem item) {
        return new TrackedItem(item, ItemState.TODO, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    public int sequence() {
        return item.sequence();
    }
}
