package dev.pacesetter.comp;

import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One version of a compensation plan: when it applies, its period length, its currency and the
 * components that pay. Managers' plans look the same; roll-up happens at crediting.
 *
 * @param ref        plan id and version
 * @param effective  the days this version applies
 * @param periodKind month or quarter
 * @param currency   every amount in the plan, its quotas and its statements is in this currency
 * @param components in statement order; ids unique
 */
public record CompPlan(PlanRef ref, EffectiveDates effective, PeriodKind periodKind, Currency currency,
                       List<PlanComponent> components) {

    /** Rejects no components, duplicate component ids and amounts in another currency. */
    public CompPlan {
        Checks.present(ref, "ref");
        Checks.present(effective, "effective");
        Checks.present(periodKind, "periodKind");
        Checks.present(currency, "currency");
        components = Checks.list(components, "components");
        Checks.require(!components.isEmpty(), "components", "a plan needs at least one component");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < components.size(); i++) {
            PlanComponent component = components.get(i);
            Checks.require(ids.add(component.id()), "components[" + i + "].id",
                    "duplicate component id '" + component.id() + "'");
            for (Money amount : amountsOf(component)) {
                Checks.require(amount.currency().equals(currency), "components[" + i + "]",
                        "amount " + amount + " is not in the plan currency " + currency);
            }
        }
    }

    /** The component with this id. */
    public PlanComponent component(String id) {
        return components.stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new CompRuleException("componentId: plan " + ref + " has no component '" + id + "'"));
    }

    /** Index of a component in statement order, or -1. */
    int order(String componentId) {
        for (int i = 0; i < components.size(); i++) {
            if (components.get(i).id().equals(componentId)) {
                return i;
            }
        }
        return -1;
    }

    /** Every amount a component states: its own, and a fixed cap's limit. */
    private static List<Money> amountsOf(PlanComponent component) {
        List<Money> amounts = new ArrayList<>();
        switch (component) {
            case RateTable table -> { }
            case MilestoneBonus bonus -> amounts.add(bonus.bonus());
            case PerUnitPayment unit -> amounts.add(unit.perUnit());
        }
        if (component.controls().cap().orElse(null) instanceof Cap.Amount fixed) {
            amounts.add(fixed.limit());
        }
        return amounts;
    }
}
