package dev.pacesetter.coaching.service;

import dev.pacesetter.coaching.CoachingRuleException;
import dev.pacesetter.platform.FieldProblem;
import dev.pacesetter.platform.ProblemException;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a broken coaching rule into its problem: a move the plan's or an item's state does not allow
 * is a 409 {@code illegal-transition} naming the state; any other broken rule is a 422 naming the field.
 */
final class RuleProblems {
    private static final Pattern ITEM = Pattern.compile("items(\\[\\d+])?");

    private RuleProblems() {
    }

    static ProblemException of(CoachingRuleException e) {
        if ("state".equals(e.field()) || ITEM.matcher(e.field()).matches()) {
            return new ProblemException(409, "illegal-transition", "Illegal coaching transition", e.reason(),
                    List.of(new FieldProblem(e.field(), e.reason(), null)));
        }
        return ProblemException.invalid(e.field(), e.reason());
    }
}
