package dev.pacesetter.comp.service;

import dev.pacesetter.api.model.CompRule;
import dev.pacesetter.api.model.CompStatement;
import dev.pacesetter.api.model.CompStatementLine;
import dev.pacesetter.comp.Activity;
import dev.pacesetter.comp.Money;
import dev.pacesetter.comp.ReportingLines;
import dev.pacesetter.identity.IdentityService;
import dev.pacesetter.identity.UserView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Manager roll-up: whose deals credit a statement. A rep's statement reads their own entries; a
 * manager's reads theirs and every report's below them (transitively), and the engine's
 * {@link dev.pacesetter.comp.Compensation#credit} credits the reports' deals to the manager as
 * roll-up items through the reporting lines given here. Plans have no roll-up switch: any manager
 * with a plan assignment is credited with their team's deals, as the engine's crediting defines.
 */
@ApplicationScoped
class RollUp {

    @Inject
    IdentityService identity;

    /**
     * The users whose entries credit {@code userId}'s statement, the reporting lines among them, and
     * the reports' display names for explanations.
     */
    record Team(Set<Long> members, ReportingLines lines, Map<Long, String> names) {
        boolean rollsUp() {
            return members.size() > 1;
        }
    }

    Team team(long orgId, long userId) {
        Set<Long> reports = identity.reportIds(orgId, userId);
        if (reports.isEmpty()) {
            return new Team(Set.of(userId), ReportingLines.NONE, Map.of());
        }
        Set<Long> members = new HashSet<>(reports);
        members.add(userId);
        Map<String, String> managerOf = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        for (UserView user : identity.users(orgId, reports).values()) {
            // Only lines inside the team: the chain stops at the statement's manager.
            if (user.managerId() != null && members.contains(user.managerId())) {
                managerOf.put(Long.toString(user.id()), Long.toString(user.managerId()));
            }
            names.put(user.id(), user.displayName());
        }
        return new Team(Set.copyOf(members), new ReportingLines(managerOf), Map.copyOf(names));
    }

    /**
     * One sentence naming each report whose deals the manager is credited with and the net amount,
     * by rep id: {@code Roll-up credit from reports: Ava Reed (#12) USD 60,000.00; ...}. Empty when
     * no report's entry is in the period.
     */
    static String explanation(long managerId, List<Activity> activities, Team team) {
        Map<Long, Money> byRep = new TreeMap<>();
        for (Activity a : activities) {
            long owner = Long.parseLong(a.attribution().ownerRepId());
            if (owner != managerId) {
                byRep.merge(owner, a.amount(), Money::plus);
            }
        }
        Map<Long, Money> nonZero = new LinkedHashMap<>();
        byRep.forEach((rep, amount) -> {
            if (!amount.isZero()) {
                nonZero.put(rep, amount);
            }
        });
        if (nonZero.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("Roll-up credit from reports:");
        String separator = " ";
        for (Map.Entry<Long, Money> e : nonZero.entrySet()) {
            out.append(separator).append(team.names().getOrDefault(e.getKey(), "user")).append(" (#")
                    .append(e.getKey()).append(") ").append(e.getValue().format());
            separator = "; ";
        }
        return out.append('.').toString();
    }

    /** Appends the roll-up sentence to the lines that depend on credited revenue (rate tiers, milestones). */
    static void annotate(CompStatement statement, String note) {
        if (note.isEmpty()) {
            return;
        }
        for (CompStatementLine line : statement.getLines()) {
            CompRule.KindEnum kind = line.getRule().getKind();
            if (line.getAdjustment() == null && (kind == CompRule.KindEnum.RATE_TIER || kind == CompRule.KindEnum.MILESTONE)) {
                line.setExplanation(line.getExplanation() + " " + note);
            }
        }
    }
}
