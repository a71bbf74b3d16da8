package dev.pacesetter.comp;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns ledger activities into credited items per rep:
 * <ul>
 *   <li>an item credits its owner in full, or each split rep with their share
 *       ({@link SplitPolicy}: shares sum to the amount exactly);</li>
 *   <li>every manager above a directly credited rep is credited with that rep's share as a
 *       {@link CreditBasis#ROLL_UP} item, on the manager's own plan; shares from several reports
 *       on the same item are merged into one roll-up item.</li>
 * </ul>
 * Corrections are credited like their originals, so a reversal cancels each rep's credit exactly.
 */
final class CreditingPolicy {

    private CreditingPolicy() {
    }

    /** Credited items by rep id; each rep's items in activity order, direct before roll-up. */
    static Map<String, List<CreditedItem>> credit(Collection<Activity> activities, ReportingLines lines) {
        Checks.present(activities, "activities");
        Checks.present(lines, "lines");
        Map<String, List<CreditedItem>> byRep = new LinkedHashMap<>();
        for (Activity activity : activities) {
            Map<String, Accrual> rollUps = new LinkedHashMap<>();
            for (SplitPolicy.Share share : SplitPolicy.allocate(activity.amount(), activity.attribution())) {
                add(byRep, share.repId(), item(activity, share.credit(), share.percent(), CreditBasis.DIRECT));
                for (String manager : lines.managersAbove(share.repId())) {
                    rollUps.computeIfAbsent(manager, m -> new Accrual(activity)).add(share);
                }
            }
            rollUps.forEach((manager, accrual) -> add(byRep, manager, accrual.toItem()));
        }
        return byRep;
    }

    /** The items credited to one rep. */
    static List<CreditedItem> creditFor(String repId, Collection<Activity> activities, ReportingLines lines) {
        return credit(activities, lines).getOrDefault(repId, List.of());
    }

    private static CreditedItem item(Activity activity, Money credit, BigDecimal percent, CreditBasis basis) {
        return new CreditedItem(activity.ref(), activity.kind(), credit, percent, basis);
    }

    private static void add(Map<String, List<CreditedItem>> byRep, String repId, CreditedItem item) {
        byRep.computeIfAbsent(repId, r -> new ArrayList<>()).add(item);
    }

    /** Sums the shares of one manager's reports on one activity. */
    private static final class Accrual {
        private final Activity activity;
        private Money credit;
        private BigDecimal percent = BigDecimal.ZERO;

        Accrual(Activity activity) {
            this.activity = activity;
            this.credit = Money.zero(activity.amount().currency());
        }

        void add(SplitPolicy.Share share) {
            credit = credit.plus(share.credit());
            percent = percent.add(share.percent());
        }

        CreditedItem toItem() {
            return item(activity, credit, percent, CreditBasis.ROLL_UP);
        }
    }
}
