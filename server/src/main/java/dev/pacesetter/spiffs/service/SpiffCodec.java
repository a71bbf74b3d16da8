package dev.pacesetter.spiffs.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.pacesetter.api.model.SpiffEligibility;
import dev.pacesetter.api.model.SpiffNewProgram;
import dev.pacesetter.api.model.SpiffQualification;
import dev.pacesetter.api.model.SpiffReward;
import dev.pacesetter.comp.CompRuleException;
import dev.pacesetter.comp.Money;
import dev.pacesetter.identity.OrgView;
import dev.pacesetter.platform.JsonProvider;
import dev.pacesetter.platform.ProblemException;
import dev.pacesetter.spiffs.Eligibility;
import dev.pacesetter.spiffs.Qualification;
import dev.pacesetter.spiffs.Reward;
import dev.pacesetter.spiffs.RewardKind;
import dev.pacesetter.spiffs.SpiffProgram;
import dev.pacesetter.spiffs.SpiffRuleException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;

/** The API's program definition to the rules' {@link SpiffProgram}, and money on the wire. */
final class SpiffCodec {

    private SpiffCodec() {
    }

    /** Validates a definition; every failure is a 422 naming the field. */
    static SpiffProgram program(long id, SpiffNewProgram in, OrgView org) {
        try {
            if (in.getStartDate() == null) {
                throw new SpiffRuleException("startDate", "is required");
            }
            if (in.getEndDate() == null) {
                throw new SpiffRuleException("endDate", "is required");
            }
            Currency currency = org.currency();
            return new SpiffProgram(id, in.getName(), qualification(in.getQualification(), currency),
                    reward(in.getReward(), currency), in.getStartDate().atStartOfDay(org.zone()).toInstant(),
                    in.getEndDate().plusDays(1).atStartOfDay(org.zone()).toInstant(), eligibility(in.getEligibility()),
                    money(in.getBudget(), "budget", currency), currency);
        } catch (SpiffRuleException e) {
            throw ProblemException.invalid(e.field(), e.reason());
        } catch (CompRuleException e) {
            String message = e.getMessage();
            int colon = message.indexOf(':');
            throw ProblemException.invalid(colon > 0 ? message.substring(0, colon) : "body",
                    colon > 0 ? message.substring(colon + 1).trim() : message);
        }
    }

    private static Qualification qualification(SpiffQualification in, Currency currency) {
        if (in == null) {
            throw new SpiffRuleException("qualification", "is required");
        }
        return new Qualification(in.getTypes() == null ? null : new HashSet<>(in.getTypes()),
                in.getProducts() == null ? null : new HashSet<>(in.getProducts()),
                money(in.getMinAmount(), "qualification.minAmount", currency), Boolean.TRUE.equals(in.getNewLogoOnly()));
    }

    private static Reward reward(SpiffReward in, Currency currency) {
        if (in == null || in.getKind() == null) {
            throw new SpiffRuleException(in == null ? "reward" : "reward.kind", "is required");
        }
        BigDecimal percent = null;
        if (in.getPercent() != null) {
            try {
                percent = new BigDecimal(in.getPercent());
            } catch (NumberFormatException e) {
                throw new SpiffRuleException("reward.percent", "not a decimal number, was '" + in.getPercent() + "'");
            }
        }
        return new Reward(RewardKind.valueOf(in.getKind().name()), money(in.getAmount(), "reward.amount", currency),
                percent, in.getUnitsPerReward() == null ? 1 : in.getUnitsPerReward(),
                in.getFirstN() == null ? 0 : in.getFirstN());
    }

    private static Eligibility eligibility(SpiffEligibility in) {
        if (in == null) {
            return Eligibility.EVERYONE;
        }
        return new Eligibility(in.getSalesRoles() == null ? null : new HashSet<>(in.getSalesRoles()),
                in.getTeamIds() == null ? null : new HashSet<>(in.getTeamIds()));
    }

    static Money money(String value, String field, Currency currency) {
        if (value == null) {
            return null;
        }
        try {
            return new Money(new BigDecimal(value), currency);
        } catch (NumberFormatException e) {
            throw new SpiffRuleException(field, "not a decimal number, was '" + value + "'");
        }
    }

    /** An amount as the API writes money: the currency's minor unit, plain digits. */
    static String wire(BigDecimal amount, Currency currency) {
        return amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_EVEN).toPlainString();
    }

    static String wire(Money money) {
        return wire(money.amount(), money.currency());
    }

    static String json(SpiffNewProgram definition) {
        try {
            return JsonProvider.mapper().writeValueAsString(definition);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store a SPIFF definition", e);
        }
    }

    static SpiffNewProgram definition(String json) {
        try {
            return JsonProvider.mapper().readValue(json, SpiffNewProgram.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored SPIFF definition is unreadable", e);
        }
    }

    static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
