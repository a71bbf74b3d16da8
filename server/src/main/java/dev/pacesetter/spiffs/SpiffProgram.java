package dev.pacesetter.spiffs;

import dev.pacesetter.comp.Money;

import java.time.Instant;
import java.util.Currency;

/**
 * A SPIFF program definition.
 *
 * @param id            the program's id (0 before it is stored)
 * @param name          what reps see, e.g. "Platform push"
 * @param qualification what counts
 * @param reward        what it pays
 * @param start         window start, inclusive (midnight of the first day in the organisation's zone)
 * @param end           window end, exclusive (midnight after the last day)
 * @param eligibility   who may earn
 * @param budget        the most the program pays in total; null for no budget
 * @param currency      the organisation's currency; every amount is in it
 */
public record SpiffProgram(long id, String name, Qualification qualification, Reward reward, Instant start,
                           Instant end, Eligibility eligibility, Money budget, Currency currency) {

    /** Rejects a window that ends before it starts and amounts in another currency. */
    public SpiffProgram {
        SpiffRuleException.present(name, "name");
        SpiffRuleException.require(!name.isBlank() && name.length() <= 200, "name", "must be 1-200 characters");
        SpiffRuleException.present(qualification, "qualification");
        SpiffRuleException.present(reward, "reward");
        SpiffRuleException.present(start, "startDate");
        SpiffRuleException.present(end, "endDate");
        SpiffRuleException.require(start.isBefore(end), "endDate", "must not be before startDate");
        eligibility = eligibility == null ? Eligibility.EVERYONE : eligibility;
        SpiffRuleException.present(currency, "currency");
        SpiffRuleException.require(budget == null || (budget.signum() > 0 && budget.isWholeMinorUnits()), "budget",
                "must be positive, in whole minor units, was " + budget);
        sameCurrency(budget, currency, "budget");
        sameCurrency(reward.amount(), currency, "reward.amount");
        sameCurrency(qualification.minAmount(), currency, "qualification.minAmount");
    }

    private static void sameCurrency(Money money, Currency currency, String field) {
        SpiffRuleException.require(money == null || money.currency().equals(currency), field,
                "must be in " + currency.getCurrencyCode() + ", was " + money);
    }

    /** Whether an instant falls in the window. */
    boolean inWindow(Instant at) {
        return !at.isBefore(start) && at.isBefore(end);
    }
}
