package dev.pacesetter.comp;

/**
 * The band of credited revenue a line pays on, exact (not rounded).
 *
 * @param from lower end, e.g. 50 % of quota
 * @param to   upper end: the tier's upper bound, or the credited revenue if that is lower
 */
public record Slice(Money from, Money to) {

    /** Rejects a band that ends below its start. */
    public Slice {
        Checks.present(from, "from");
        Checks.present(to, "to");
        Checks.require(to.compareTo(from) >= 0, () -> "to", () -> "must not be below from " + from + ", was " + to);
    }

    /** The revenue inside the band. */
    public Money width() {
        return to.minus(from);
    }
}
