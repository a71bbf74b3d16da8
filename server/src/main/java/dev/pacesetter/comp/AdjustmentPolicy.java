package dev.pacesetter.comp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Clawbacks and true-ups for an earlier period: run the engine on the period as corrected, compare
 * each line key with what has been paid for it (original line plus earlier adjustments), and emit
 * the difference. The same engine prices the period both times, so a correction can never be paid
 * by a different formula; and re-running after the adjustment is paid yields nothing more.
 */
final class AdjustmentPolicy {

    private AdjustmentPolicy() {
    }

    static List<StatementLine> lines(PriorPeriod prior) {
        CommissionEngine.PeriodResult recalculated = CommissionEngine.evaluate(prior.input());
        Map<LineKey, StatementLine> now = new LinkedHashMap<>();
        recalculated.lines().forEach(line -> now.put(line.key(), line));
        Map<LineKey, Paid> paid = new LinkedHashMap<>();
        for (PaidLine line : prior.paid()) {
            paid.computeIfAbsent(line.key(), k -> new Paid(Money.zero(line.amount().currency()))).add(line);
        }
        Set<LineKey> union = new LinkedHashSet<>(now.keySet());
        union.addAll(paid.keySet());
        CompPlan plan = prior.input().plan();
        List<LineKey> keys = union.stream().sorted(Comparator.comparingInt((LineKey key) -> order(plan, key))
                .thenComparingInt(key -> slotRank(key.slot()))).toList();
        String because = corrections(prior.input());
        Money zero = Money.zero(prior.input().plan().currency());
        List<StatementLine> adjustments = new ArrayList<>();
        for (LineKey key : keys) {
            StatementLine line = now.get(key);
            Money newAmount = line == null ? zero : line.amount();
            Paid before = paid.getOrDefault(key, new Paid(zero));
            Money delta = newAmount.minus(before.total);
            if (!delta.isZero()) {
                Rule.Adjustment rule = new Rule.Adjustment(prior.period(), key, before.originalLineId, newAmount,
                        before.total);
                LineInputs inputs = line == null ? recalculated.facts().inputs() : line.inputs();
                adjustments.add(new StatementLine(new LineKey(key.componentId(), key.slot() + "@" + prior.period().label()),
                        rule, inputs, delta, explanation(rule, delta, because)));
            }
        }
        return adjustments;
    }

    /** Plan order; keys of components the plan no longer has (paid under it, so unusual) go last. */
    private static int order(CompPlan plan, LineKey key) {
        int index = plan.order(key.componentId());
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    /** Within a component, statement order: gate, tiers ascending, single-line rules, cap. */
    private static int slotRank(String slot) {
        if (slot.equals("gate")) {
            return 0;
        }
        if (slot.matches("tier-\\d{1,6}")) {
            return Integer.parseInt(slot.substring("tier-".length()));
        }
        return slot.equals("cap") ? Integer.MAX_VALUE : Integer.MAX_VALUE - 1;
    }

    private static String explanation(Rule.Adjustment rule, Money delta, String because) {
        return (delta.signum() < 0 ? "Clawback" : "True-up") + " for " + rule.period().label() + " " + rule.adjusts()
                + rule.originalLineId().map(id -> " (adjusts line " + id + ")").orElse("")
                + ": recalculated " + rule.recalculated().format() + because + ", previously paid "
                + rule.previouslyPaid().format() + ", difference " + Explain.signed(delta) + ".";
    }

    private static String corrections(PeriodInput input) {
        String ids = input.items().stream().filter(item -> item.ref().isCorrection())
                .map(item -> item.ref().ledgerId() + (item.ref().correction().orElseThrow().reversal()
                        ? " reversing " : " amending ") + item.ref().originalLedgerId())
                .distinct().collect(Collectors.joining(", "));
        return ids.isEmpty() ? "" : " after corrections (ledger " + ids + ")";
    }

    /** What has been paid for one key, and the original line's id. */
    private static final class Paid {
        private Money total;
        private Optional<String> originalLineId = Optional.empty();

        Paid(Money zero) {
            this.total = zero;
        }

        void add(PaidLine line) {
            total = total.plus(line.amount());
            if (!line.adjustment() && originalLineId.isEmpty()) {
                originalLineId = Optional.of(line.lineId());
            }
        }
    }
}
