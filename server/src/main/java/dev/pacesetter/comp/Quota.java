package dev.pacesetter.comp;

import java.util.Currency;

/**
 * A rep's targets for one period.
 *
 * @param amount          credited revenue that is 100 % attainment; positive
 * @param targetIncentive variable pay at 100 % (the base of a {@link Cap.TargetMultiple}); may be zero
 */
public record Quota(Money amount, Money targetIncentive) {

    /** Rejects a non-positive quota, a negative target incentive and mixed currencies. */
    public Quota {
        Checks.present(amount, "amount");
        Checks.present(targetIncentive, "targetIncentive");
        Checks.require(amount.signum() > 0, "amount", "must be positive, was " + amount);
        Checks.require(targetIncentive.signum() >= 0, "targetIncentive", "must not be negative, was " + targetIncentive);
        Checks.require(amount.currency().equals(targetIncentive.currency()), "targetIncentive",
                "must be in the quota's currency " + amount.currency() + ", was " + targetIncentive.currency());
    }

    /** The quota's currency. */
    public Currency currency() {
        return amount.currency();
    }
}
