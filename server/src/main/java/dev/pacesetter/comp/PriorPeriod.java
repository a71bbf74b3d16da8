package dev.pacesetter.comp;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An earlier, already paid period to recalculate because corrections to its items arrived: its
 * input as it stands now (the original items plus every correction so far, under the plan version
 * that covered it) and the lines paid for it so far. The engine runs the period again and pays or
 * claws back the difference per line key.
 *
 * @param input the period's input, corrections included
 * @param paid  every line paid for that period: its own statement's lines and later adjustments
 */
public record PriorPeriod(PeriodInput input, List<PaidLine> paid) {

    /** Rejects paid lines of another period or currency and duplicate line ids. */
    public PriorPeriod {
        Checks.present(input, "input");
        paid = Checks.list(paid, "paid");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < paid.size(); i++) {
            PaidLine line = paid.get(i);
            Checks.require(line.period().equals(input.period()), "paid[" + i + "].period",
                    "must be " + input.period().label() + ", was " + line.period().label());
            Checks.require(line.amount().currency().equals(input.plan().currency()), "paid[" + i + "].amount",
                    "must be in the plan currency " + input.plan().currency() + ", was " + line.amount().currency());
            Checks.require(ids.add(line.lineId()), "paid[" + i + "].lineId", "duplicate line id " + line.lineId());
        }
    }

    /** The period recalculated. */
    public CompPeriod period() {
        return input.period();
    }
}
