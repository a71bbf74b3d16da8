package dev.pacesetter.comp.service;

import dev.pacesetter.api.model.CompRule;
import dev.pacesetter.api.model.CompStatement;
import dev.pacesetter.api.model.CompStatementLine;
import dev.pacesetter.comp.Activity;
import dev.pacesetter.comp.Money;
import dev.pacesetter.comp.Split;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The sentence that explains a rep's split deals on their statement, one clause per deal still won:
 * {@code Split credit: 60% of deal #3450 USD 100,000.00 split with Ben Ode (#18) 40%.} The amount
 * is the deal's net after corrections; the rep's share of it is what the engine credited (the
 * engine divides to the cent, see the comp package's split policy). Pure: the caller passes names.
 */
final class SplitNotes {

    private SplitNotes() {
    }

    /** Ids of everyone sharing a deal with {@code userId}, to look their names up. */
    static Set<Long> partners(long userId, List<Activity> activities) {
        Set<Long> out = new TreeSet<>();
        for (Activity a : activities) {
            if (names(userId, a)) {
                a.attribution().splits().forEach(s -> out.add(Long.parseLong(s.repId())));
            }
        }
        out.remove(userId);
        return out;
    }

    /** The sentence, or empty when none of the rep's credited deals is split. */
    static String explanation(long userId, List<Activity> activities, Map<Long, String> names) {
        Map<Long, Activity> originals = new LinkedHashMap<>();
        Map<Long, Money> net = new LinkedHashMap<>();
        for (Activity a : activities) {
            if (!a.kind().isRevenue() || !names(userId, a)) {
                continue;
            }
            long original = a.ref().originalLedgerId();
            originals.putIfAbsent(original, a);
            net.merge(original, a.amount(), Money::plus);
        }
        StringBuilder out = new StringBuilder();
        for (Map.Entry<Long, Activity> e : originals.entrySet()) {
            Money amount = net.get(e.getKey());
            if (amount.isZero()) {
                continue; // reversed: nothing left to explain
            }
            out.append(out.isEmpty() ? "Split credit: " : "; ");
            clause(out, userId, e.getKey(), amount, e.getValue().attribution().splits(), names);
        }
        return out.isEmpty() ? "" : out.append('.').toString();
    }

    /**
     * Appends the sentence to the lines that depend on credited revenue: rate tiers, milestones, and
     * a gate that held (otherwise a rep under the gate would not see why their revenue is what it is).
     */
    static void annotate(CompStatement statement, String note) {
        if (note.isEmpty()) {
            return;
        }
        for (CompStatementLine line : statement.getLines()) {
            CompRule.KindEnum kind = line.getRule().getKind();
            if (line.getAdjustment() == null && (kind == CompRule.KindEnum.RATE_TIER
                    || kind == CompRule.KindEnum.MILESTONE || kind == CompRule.KindEnum.GATE_NOT_MET)) {
                line.setExplanation(line.getExplanation() + " " + note);
            }
        }
    }

    private static void clause(StringBuilder out, long userId, long dealId, Money amount, List<Split> splits,
                               Map<Long, String> names) {
        String mine = "";
        StringBuilder others = new StringBuilder();
        for (Split s : splits) {
            long rep = Long.parseLong(s.repId());
            if (rep == userId) {
                mine = percent(s.percent());
            } else {
                others.append(others.isEmpty() ? "" : ", ").append(names.getOrDefault(rep, "user")).append(" (#")
                        .append(rep).append(") ").append(percent(s.percent()));
            }
        }
        out.append(mine).append(" of deal #").append(dealId).append(' ').append(amount.format())
                .append(" split with ").append(others);
    }

    private static boolean names(long userId, Activity a) {
        String rep = Long.toString(userId);
        return a.attribution().splits().stream().anyMatch(s -> s.repId().equals(rep));
    }

    private static String percent(BigDecimal p) {
        BigDecimal stripped = p.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString() + "%";
    }
}
