package dev.pacesetter.spiffs;

import dev.pacesetter.comp.Money;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which awards a program owes: qualifying activities in qualifying order (occurred-at, then ledger
 * position), each rep's units counted, an award at every {@code unitsPerReward}-th unit, the budget
 * consumed in that order (see the package documentation). The result depends only on the set of
 * activities, not on the order they are handed in.
 */
public final class AwardRules {

    /** Qualifying order: when it happened, then when the ledger accepted it. */
    public static final Comparator<SpiffActivity> QUALIFYING_ORDER =
            Comparator.comparing(SpiffActivity::occurredAt).thenComparingLong(SpiffActivity::position)
                    .thenComparingLong(SpiffActivity::sourceId);

    private AwardRules() {
    }

    /**
     * The awards and progress of a program.
     *
     * @param program    the definition
     * @param activities the ledger's activities, folded; any order, others' and out-of-window ones included
     * @param reps       the directory, for eligibility; a rep missing from it cannot earn
     */
    public static Outcome compute(SpiffProgram program, List<SpiffActivity> activities, Map<Long, Rep> reps) {
        Reward reward = program.reward();
        List<SpiffActivity> qualifying = activities.stream()
                .filter(a -> program.inWindow(a.occurredAt()) && program.qualification().matches(a)
                        && program.eligibility().admits(reps.get(a.userId())))
                .sorted(QUALIFYING_ORDER).toList();
        Money zero = Money.zero(program.currency());
        Money total = zero;
        Map<Long, Integer> units = new HashMap<>();
        Map<Long, Integer> awardCounts = new HashMap<>();
        Map<Long, Money> earned = new HashMap<>();
        Set<Long> winners = new HashSet<>();
        List<Award> awards = new ArrayList<>();
        String unit = program.qualification().unitName();
        for (SpiffActivity a : qualifying) {
            int n = units.merge(a.userId(), 1, Integer::sum);
            if (n % reward.unitsPerReward() != 0) {
                continue;
            }
            if (reward.kind() == RewardKind.FIXED_PRIZE_FIRST_N
                    && (winners.contains(a.userId()) || winners.size() >= reward.firstN())) {
                continue;
            }
            Money full = switch (reward.kind()) {
                case FIXED_PER_UNIT, FIXED_PRIZE_FIRST_N -> reward.amount();
                case PERCENT_OF_AMOUNT -> new Money(a.amount(), program.currency()).percent(reward.percent()).rounded();
            };
            if (full.signum() <= 0) {
                continue; // a zero-amount activity earns nothing under a percentage
            }
            Money amount = full;
            boolean reduced = false;
            if (program.budget() != null) {
                Money left = program.budget().minus(total);
                if (left.signum() <= 0) {
                    continue; // exhausted: nothing more, for anyone
                }
                if (full.compareTo(left) > 0) {
                    amount = left;
                    reduced = true;
                }
            }
            winners.add(a.userId());
            total = total.plus(amount);
            awardCounts.merge(a.userId(), 1, Integer::sum);
            earned.merge(a.userId(), amount, Money::plus);
            awards.add(new Award(a.sourceId(), a.userId(), a.occurredAt(), amount, reduced,
                    explain(program, a, n, full, amount, reduced, unit)));
        }
        Map<Long, Progress> progress = new HashMap<>();
        for (Map.Entry<Long, Integer> e : units.entrySet()) {
            long user = e.getKey();
            progress.put(user, progress(program, user, e.getValue(), awardCounts.getOrDefault(user, 0),
                    earned.getOrDefault(user, zero), total, winners, unit));
        }
        return new Outcome(awards, total, progress);
    }

    /** Progress of one rep, also for a rep with no qualifying activity yet. */
    public static Progress progressOf(SpiffProgram program, Outcome outcome, long userId) {
        Progress p = outcome.progress().get(userId);
        if (p != null) {
            return p;
        }
        Set<Long> winners = new HashSet<>();
        outcome.awards().forEach(a -> winners.add(a.userId()));
        return progress(program, userId, 0, 0, Money.zero(program.currency()), outcome.total(), winners,
                program.qualification().unitName());
    }

    /** The award a hypothetical activity would earn, next to the real ones (estimator). */
    public static Optional<Award> wouldAward(SpiffProgram program, List<SpiffActivity> activities,
                                             Map<Long, Rep> reps, SpiffActivity hypothetical) {
        List<SpiffActivity> with = new ArrayList<>(activities);
        with.add(hypothetical);
        return compute(program, with, reps).awardFor(hypothetical.sourceId());
    }

    private static Progress progress(SpiffProgram program, long user, int units, int awards, Money earned,
                                     Money total, Set<Long> winners, String unit) {
        Reward reward = program.reward();
        boolean budgetLeft = program.budget() == null || total.compareTo(program.budget()) < 0;
        boolean prizeLeft = reward.kind() != RewardKind.FIXED_PRIZE_FIRST_N
                || (!winners.contains(user) && winners.size() < reward.firstN());
        int toNext = budgetLeft && prizeLeft ? reward.unitsPerReward() - units % reward.unitsPerReward() : 0;
        Money next = toNext == 0 || reward.kind() == RewardKind.PERCENT_OF_AMOUNT ? null : reward.amount();
        if (next != null && program.budget() != null) {
            next = next.min(program.budget().minus(total));
        }
        String message;
        if (toNext == 0) {
            message = awards > 0 ? "Earned " + earned.format() + " in " + program.name() + "; nothing more is available."
                    : "Nothing more is available in " + program.name() + ".";
        } else {
            String what = toNext == 1 ? unit : unit + "s";
            message = toNext + " more " + what + " for the " + (next != null ? next.format() + " bonus"
                    : reward.percent().stripTrailingZeros().toPlainString() + "% reward") + " in " + program.name() + ".";
        }
        return new Progress(user, units, awards, earned, toNext, next, message);
    }

    private static String explain(SpiffProgram program, SpiffActivity a, int unitNo, Money full, Money amount,
                                  boolean reduced, String unit) {
        Reward reward = program.reward();
        StringBuilder why = new StringBuilder(program.name()).append(": ").append(reward.describe(unit)).append("; ");
        why.append(unit).append(" #").append(unitNo).append(" of user ").append(a.userId())
                .append(" (ledger ").append(a.sourceId()).append(", ").append(a.occurredAt()).append(')');
        if (reward.kind() == RewardKind.PERCENT_OF_AMOUNT) {
            why.append(": ").append(reward.percent().stripTrailingZeros().toPlainString()).append("% of ")
                    .append(new Money(a.amount(), program.currency()).format()).append(" = ").append(full.format())
                    .append(" (half-even to the cent)");
        }
        if (reduced) {
            why.append("; reduced from ").append(full.format()).append(" to the ").append(amount.format())
                    .append(" left in the budget of ").append(program.budget().format());
        }
        return why.toString();
    }
}
