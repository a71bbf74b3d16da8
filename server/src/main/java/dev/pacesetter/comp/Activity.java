package dev.pacesetter.comp;

/**
 * A ledger item as compensation sees it, before crediting. The service builds these from the
 * activity ledger; {@link CreditingPolicy} turns them into {@link CreditedItem}s per rep.
 *
 * @param ref         ledger id, time, and correction link
 * @param kind        type, product, new-logo flag
 * @param amount      deal amount in whole minor units; zero for activities without an amount; for a
 *                    correction, the signed change (a reversal carries minus the original amount)
 * @param attribution owner and splits (a correction carries those of its original)
 */
public record Activity(ItemRef ref, ActivityKind kind, Money amount, Attribution attribution) {

    /** Rejects fractions of a minor unit, negative originals and positive reversals. */
    public Activity {
        Checks.present(ref, "ref");
        Checks.present(kind, "kind");
        Checks.present(amount, "amount");
        Checks.present(attribution, "attribution");
        Checks.require(amount.isWholeMinorUnits(), () -> "amount", () -> "must be in whole minor units, was " + amount);
        // Messages are built only on failure: these run for every ledger item of every statement.
        Checks.require(ref.isCorrection() || amount.signum() >= 0, () -> "amount",
                () -> "must not be negative on an original ledger item, was " + amount);
        Checks.require(!ref.correction().map(Correction::reversal).orElse(false) || amount.signum() <= 0,
                () -> "amount", () -> "must not be positive on a reversal, was " + amount);
    }
}
