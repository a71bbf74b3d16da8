package dev.pacesetter.activity;

import dev.pacesetter.api.model.ActivityInput;
import dev.pacesetter.api.model.ActivitySplit;
import dev.pacesetter.platform.FieldProblem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Pure validation of a won deal's attributes: the new-logo flag and revenue splits.
 * <ul>
 *   <li>Both belong to {@code DEAL_WON} only.</li>
 *   <li>Splits name 2 to 10 distinct users, each with more than 0 and at most two decimals of percent
 *       points, summing to exactly 100; the owner ({@code userId}) is one of them. That the users exist
 *       in the organisation is checked with the database, by the ledger service.</li>
 *   <li>A correction (reversal or amendment) states neither: it keeps its original's splits and flag,
 *       so a reversal claws back exactly the shares the deal credited.</li>
 * </ul>
 */
final class DealRules {
    static final int MIN_SPLITS = 2;
    static final int MAX_SPLITS = 10;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String DEAL_WON = "DEAL_WON";

    private DealRules() {
    }

    /** The validated shares (empty: the owner credited in full); problems are added to {@code p}. */
    static List<SplitShare> check(ActivityInput in, String type, boolean correction, List<FieldProblem> p) {
        boolean hasSplits = in.getSplits() != null && !in.getSplits().isEmpty();
        if (Boolean.TRUE.equals(in.getNewLogo()) && !DEAL_WON.equals(type)) {
            p.add(problem("newLogo", "applies to DEAL_WON only"));
        }
        if (!hasSplits) {
            return List.of();
        }
        if (!DEAL_WON.equals(type)) {
            p.add(problem("splits", "apply to DEAL_WON only"));
            return List.of();
        }
        if (correction) {
            p.add(problem("splits", "must be absent on a correction (it keeps the original deal's splits)"));
            return List.of();
        }
        List<ActivitySplit> given = in.getSplits();
        if (given.size() < MIN_SPLITS || given.size() > MAX_SPLITS) {
            p.add(problem("splits", "must name " + MIN_SPLITS + " to " + MAX_SPLITS + " users, was " + given.size()));
            return List.of();
        }
        int before = p.size();
        List<SplitShare> shares = new ArrayList<>();
        Set<Long> users = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < given.size(); i++) {
            ActivitySplit split = given.get(i);
            String at = "splits[" + i + "]";
            if (split == null) {
                p.add(problem(at, "is required"));
                continue;
            }
            if (split.getUserId() == null) {
                p.add(problem(at + ".userId", "is required"));
            } else if (!users.add(split.getUserId())) {
                p.add(problem(at + ".userId", "names user " + split.getUserId() + " a second time"));
            }
            BigDecimal percent = percent(split.getPercent(), at + ".percent", p);
            if (percent != null) {
                sum = sum.add(percent);
                if (split.getUserId() != null) {
                    shares.add(new SplitShare(split.getUserId(), percent));
                }
            }
        }
        if (p.size() > before) {
            return List.of();
        }
        if (sum.compareTo(HUNDRED) != 0) {
            p.add(problem("splits", "percents must sum to exactly 100, was " + sum.toPlainString()));
        }
        if (in.getUserId() != null && !users.contains(in.getUserId())) {
            p.add(problem("splits", "must include the deal's owner, user " + in.getUserId()));
        }
        return p.size() > before ? List.of() : List.copyOf(shares);
    }

    private static BigDecimal percent(String text, String field, List<FieldProblem> p) {
        if (text == null || text.isBlank()) {
            p.add(problem(field, "is required"));
            return null;
        }
        BigDecimal percent;
        try {
            percent = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            p.add(problem(field, "is not a decimal number such as 60 or 33.34"));
            return null;
        }
        if (percent.signum() <= 0 || percent.compareTo(HUNDRED) >= 0) {
            p.add(problem(field, "must be more than 0 and less than 100"));
            return null;
        }
        if (percent.stripTrailingZeros().scale() > 2) {
            p.add(problem(field, "must have at most 2 decimals"));
            return null;
        }
        return percent;
    }

    private static FieldProblem problem(String field, String reason) {
        return new FieldProblem(field, reason, null);
    }
}
