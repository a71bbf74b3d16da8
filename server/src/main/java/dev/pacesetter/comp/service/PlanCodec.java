package dev.pacesetter.comp.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.pacesetter.api.model.CompCap;
import dev.pacesetter.api.model.CompItemFilter;
import dev.pacesetter.api.model.CompPlanComponent;
import dev.pacesetter.api.model.CompTier;
import dev.pacesetter.comp.Cap;
import dev.pacesetter.comp.CompRuleException;
import dev.pacesetter.comp.Controls;
import dev.pacesetter.comp.Gate;
import dev.pacesetter.comp.ItemFilter;
import dev.pacesetter.comp.MilestoneBonus;
import dev.pacesetter.comp.Money;
import dev.pacesetter.comp.PerUnitPayment;
import dev.pacesetter.comp.PlanComponent;
import dev.pacesetter.comp.RateTable;
import dev.pacesetter.comp.Tier;
import dev.pacesetter.comp.TierMode;
import dev.pacesetter.platform.JsonProvider;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Plan components between the wire (and storage: the same JSON) and the engine's records. The
 * engine's compact constructors are the validation; their {@link CompRuleException} field names are
 * prefixed with the component's path, e.g. {@code components[0].tiers[1].fromPercent}.
 */
final class PlanCodec {
    private static final TypeReference<List<CompPlanComponent>> LIST = new TypeReference<>() {
    };

    private PlanCodec() {
    }

    static List<PlanComponent> toEngine(List<CompPlanComponent> specs, Currency currency) {
        if (specs == null) {
            throw new CompRuleException("components: is required");
        }
        List<PlanComponent> out = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            String at = "components[" + i + "]";
            CompPlanComponent spec = specs.get(i);
            if (spec == null) {
                throw new CompRuleException(at + ": must not be null");
            }
            try {
                out.add(component(spec, currency));
            } catch (CompRuleException e) {
                throw new CompRuleException(at + "." + e.getMessage());
            }
        }
        return out;
    }

    static String json(List<CompPlanComponent> specs) {
        try {
            return JsonProvider.mapper().writeValueAsString(specs);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store plan components", e);
        }
    }

    static List<CompPlanComponent> specs(String json) {
        try {
            return JsonProvider.mapper().readValue(json, LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored plan components are unreadable", e);
        }
    }

    private static PlanComponent component(CompPlanComponent spec, Currency currency) {
        if (spec.getKind() == null) {
            throw new CompRuleException("kind: is required (RATE_TABLE, MILESTONE or PER_UNIT)");
        }
        Controls controls = controls(spec, currency);
        return switch (spec.getKind()) {
            case RATE_TABLE -> new RateTable(spec.getId(), spec.getMode() == null ? TierMode.MARGINAL
                    : TierMode.valueOf(spec.getMode().name()), tiers(spec.getTiers()), controls);
            case MILESTONE -> new MilestoneBonus(spec.getId(), decimal(spec.getAtAttainmentPercent(), "atAttainmentPercent"),
                    money(spec.getBonus(), "bonus", currency), controls);
            case PER_UNIT -> new PerUnitPayment(spec.getId(), filter(spec.getFilter()),
                    money(spec.getPerUnit(), "perUnit", currency), controls);
        };
    }

    private static List<Tier> tiers(List<CompTier> tiers) {
        if (tiers == null) {
            throw new CompRuleException("tiers: is required for a RATE_TABLE");
        }
        List<Tier> out = new ArrayList<>();
        for (int i = 0; i < tiers.size(); i++) {
            CompTier tier = tiers.get(i);
            String at = "tiers[" + i + "].";
            try {
                out.add(new Tier(decimal(tier.getFromPercent(), "fromPercent"),
                        Optional.ofNullable(tier.getToPercent()).map(to -> decimal(to, "toPercent")),
                        decimal(tier.getRatePercent(), "ratePercent")));
            } catch (CompRuleException e) {
                throw new CompRuleException(at + e.getMessage());
            }
        }
        return out;
    }

    private static ItemFilter filter(CompItemFilter filter) {
        if (filter == null || filter.getTypes() == null) {
            throw new CompRuleException("filter.types: is required for a PER_UNIT component");
        }
        try {
            return new ItemFilter(new TreeSet<>(filter.getTypes()),
                    filter.getProducts() == null ? Set.of() : new TreeSet<>(filter.getProducts()),
                    filter.getLogo() == null ? ItemFilter.Logo.ANY : ItemFilter.Logo.valueOf(filter.getLogo().name()));
        } catch (CompRuleException e) {
            throw new CompRuleException("filter." + e.getMessage());
        } catch (NullPointerException e) {
            throw new CompRuleException("filter.types: must not contain null");
        }
    }

    private static Controls controls(CompPlanComponent spec, Currency currency) {
        Controls controls = Controls.NONE;
        if (spec.getGate() != null) {
            controls = controls.gatedAt(new Gate(decimal(spec.getGate().getMinAttainmentPercent(),
                    "gate.minAttainmentPercent")));
        }
        CompCap cap = spec.getCap();
        if (cap != null) {
            if ((cap.getAmount() == null) == (cap.getTargetMultiple() == null)) {
                throw new CompRuleException("cap: give exactly one of amount and targetMultiple");
            }
            try {
                controls = controls.cappedAt(cap.getAmount() != null
                        ? new Cap.Amount(money(cap.getAmount(), "amount", currency))
                        : new Cap.TargetMultiple(decimal(cap.getTargetMultiple(), "targetMultiple")));
            } catch (CompRuleException e) {
                throw new CompRuleException("cap." + e.getMessage());
            }
        }
        return controls;
    }

    static BigDecimal decimal(String value, String field) {
        if (value == null) {
            throw new CompRuleException(field + ": is required");
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new CompRuleException(field + ": not a decimal number, was '" + value + "'");
        }
    }

    static Money money(String value, String field, Currency currency) {
        return new Money(decimal(value, field), currency);
    }
}
