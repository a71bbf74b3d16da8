package dev.pacesetter.spiffs;

import dev.pacesetter.comp.Money;

import java.time.Instant;

/**
 * What a program owes for one qualifying activity.
 *
 * @param sourceId    the ledger id of the activity that earned it (for "every 3 deals", the third)
 * @param userId      the rep
 * @param qualifiedAt the activity's qualifying time
 * @param amount      the award, rounded to the minor unit; positive
 * @param reduced     whether the budget cut it short
 * @param explanation why, in words: the rule, the inputs and any budget cut
 */
public record Award(long sourceId, long userId, Instant qualifiedAt, Money amount, boolean reduced,
                    String explanation) {

    public Award {
        SpiffRuleException.present(amount, "amount");
        SpiffRuleException.require(amount.signum() > 0, "amount", "an award is positive, was " + amount);
    }
}
