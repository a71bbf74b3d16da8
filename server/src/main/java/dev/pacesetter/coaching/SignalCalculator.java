package dev.pacesetter.coaching;

import dev.pacesetter.content.KpiSignal;
import dev.pacesetter.content.SalesRole;
import dev.pacesetter.content.SkillModel;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads every KPI signal of a rep's role from the rep's ledger facts.
 *
 * <ul>
 *   <li>A signal the ledger cannot compute yet ({@link SkillModel#computableFromLedger}) is
 *       {@link SignalReading.NotAvailable}, naming the planned activity types it waits for.</li>
 *   <li>Fewer events than the signal's {@code minEvents} is {@link SignalReading.Insufficient}.</li>
 *   <li>Otherwise {@link SignalReading.Measured}, with the value and the events behind it.</li>
 * </ul>
 *
 * <pre>{@code
 * RepSignals now = SignalCalculator.rolling(model, ledger, clock.instant());   // each signal's own window
 * RepSignals q3  = SignalCalculator.over(model, ledger, new TimeWindow(from, to)); // one window for all
 * }</pre>
 */
final class SignalCalculator {

    private SignalCalculator() {
    }

    /** Each signal over its own rolling window ({@code windowDays}) ending at {@code asOf}. */
    static RepSignals rolling(SkillModel model, RepLedger ledger, Instant asOf) {
        Map<Integer, FactView> views = new HashMap<>();
        return read(model, ledger, asOf,
                s -> views.computeIfAbsent(s.windowDays(), d -> FactView.of(ledger, TimeWindow.ending(asOf, d))));
    }

    /** Every signal over the same window, e.g. before and after a coaching plan. */
    static RepSignals over(SkillModel model, RepLedger ledger, TimeWindow window) {
        FactView view = FactView.of(ledger, window);
        return read(model, ledger, window.to(), s -> view);
    }

    /**
     * How many days of facts the service should load for {@link #rolling}: the longest window of the
     * role's computable signals. Sales-cycle matching may want more (an opportunity can predate its
     * win's window); deals whose creation was not loaded are left out of that signal.
     */
    static int lookbackDays(SkillModel model, SalesRole role) {
        return model.signalsFor(role).stream().filter(model::computableFromLedger)
                .mapToInt(KpiSignal::windowDays).max().orElse(0);
    }

    private static RepSignals read(SkillModel model, RepLedger ledger, Instant asOf,
                                   Function<KpiSignal, FactView> viewFor) {
        Map<String, SignalReading> readings = new LinkedHashMap<>();
        for (KpiSignal signal : model.signalsFor(ledger.role())) {
            readings.put(signal.id(), read(model, signal, viewFor));
        }
        return new RepSignals(ledger.repId(), ledger.role(), asOf, readings);
    }

    private static SignalReading read(SkillModel model, KpiSignal signal, Function<KpiSignal, FactView> viewFor) {
        if (!model.computableFromLedger(signal)) {
            String waiting = signal.activityTypes().stream().filter(model.plannedActivityTypes()::containsKey)
                    .collect(Collectors.joining(", "));
            return new SignalReading.NotAvailable(signal.id(), "waits for activity types not yet sent: " + waiting);
        }
        var formula = SignalFormulas.forSignal(signal.id());
        if (formula.isEmpty()) {
            return new SignalReading.NotAvailable(signal.id(), "no formula for this signal yet");
        }
        SignalFormulas.Outcome outcome = formula.get().apply(viewFor.apply(signal));
        if (outcome.unavailable().isPresent()) {
            return new SignalReading.NotAvailable(signal.id(), outcome.unavailable().get());
        }
        if (outcome.events() < signal.minEvents() || outcome.value().isEmpty()) {
            return new SignalReading.Insufficient(signal.id(), outcome.events(), Math.max(1, signal.minEvents()));
        }
        return new SignalReading.Measured(signal.id(), outcome.value().getAsDouble(), outcome.events());
    }
}
