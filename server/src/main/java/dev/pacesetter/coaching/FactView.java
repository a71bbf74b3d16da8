package dev.pacesetter.coaching;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A rep's facts seen through one window: net counts and amounts per activity type (corrections
 * included, so a reversed deal does not count), plus the facts themselves for per-deal signals.
 */
final class FactView {

    private final TimeWindow window;
    private final Optional<BigDecimal> quota;
    private final List<LedgerFact> inWindow = new ArrayList<>();
    private final List<LedgerFact> untilEnd = new ArrayList<>();
    private final Map<String, Integer> counts = new HashMap<>();
    private final Map<String, BigDecimal> amounts = new HashMap<>();

    private FactView(TimeWindow window, Optional<BigDecimal> quota) {
        this.window = window;
        this.quota = quota;
    }

    static FactView of(RepLedger ledger, TimeWindow window) {
        FactView view = new FactView(window, ledger.quota());
        for (LedgerFact f : ledger.facts()) {
            if (f.occurredAt().isBefore(window.to())) {
                view.untilEnd.add(f);
                if (!f.occurredAt().isBefore(window.from())) {
                    view.inWindow.add(f);
                    view.counts.merge(f.type(), f.countDelta(), Integer::sum);
                    view.amounts.merge(f.type(), f.amountDelta(), BigDecimal::add);
                }
            }
        }
        return view;
    }

    TimeWindow window() {
        return window;
    }

    Optional<BigDecimal> quota() {
        return quota;
    }

    /** Net count of a type in the window; never below zero, even if a reversal's original predates the load. */
    int count(String type) {
        return Math.max(0, counts.getOrDefault(type, 0));
    }

    /** Net amount of a type in the window. */
    BigDecimal amount(String type) {
        return amounts.getOrDefault(type, BigDecimal.ZERO);
    }

    /** Calendar weeks in the window: "per working week" signals divide by this. */
    double weeks() {
        return window.days() / 7.0;
    }

    /** The facts of one type inside the window. */
    List<LedgerFact> inWindow(String type) {
        return inWindow.stream().filter(f -> f.type().equals(type)).toList();
    }

    /** The facts of one type before the window's end, including those before its start. */
    List<LedgerFact> untilEnd(String type) {
        return untilEnd.stream().filter(f -> f.type().equals(type)).toList();
    }
}
