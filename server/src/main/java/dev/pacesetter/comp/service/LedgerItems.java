package dev.pacesetter.comp.service;

import dev.pacesetter.activity.LedgerEntry;
import dev.pacesetter.activity.LedgerReader;
import dev.pacesetter.comp.Activity;
import dev.pacesetter.comp.ActivityKind;
import dev.pacesetter.comp.Attribution;
import dev.pacesetter.comp.CompPeriod;
import dev.pacesetter.comp.ItemRef;
import dev.pacesetter.comp.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A rep's ledger entries credited in a period, as the engine's {@link Activity}s. An entry counts
 * in the period of its {@code creditedAt} (a correction at its original's instant), so a period's
 * items always carry their corrections. The ledger keeps four decimals; a deal is credited in whole
 * minor units (half-even on the deal's net amount), and a correction carries the change of that
 * rounded net, so originals plus corrections always add up to the rounded net.
 */
@ApplicationScoped
class LedgerItems {
    private static final int PAGE = 1000;

    @Inject
    LedgerReader ledger;

    /** Ledger entries of {@code userId} and their state at the current ledger head. */
    List<Activity> activities(long orgId, long userId, CompPeriod period, ZoneId zone, Currency currency) {
        Instant from = Periods.start(period, zone);
        Instant to = Periods.end(period, zone);
        // creditedAt <= occurredAt, so entries occurring before the period cannot be credited in it.
        List<LedgerEntry> entries = new ArrayList<>();
        long before = Long.MAX_VALUE;
        while (true) {
            List<LedgerEntry> page = ledger.page(orgId, new LedgerReader.Filter(Set.of(userId), null, from, null),
                    before, PAGE);
            for (LedgerEntry e : page) {
                if (!e.creditedAt().isBefore(from) && e.creditedAt().isBefore(to)) {
                    entries.add(e);
                }
            }
            if (page.size() < PAGE) {
                break;
            }
            before = page.getLast().position();
        }
        entries.sort(Comparator.comparingLong(LedgerEntry::position));
        return toActivities(entries, currency);
    }

    static List<Activity> toActivities(List<LedgerEntry> entries, Currency currency) {
        Map<Long, BigDecimal> net = new HashMap<>();
        Map<Long, LedgerEntry> originals = new HashMap<>();
        List<Activity> out = new ArrayList<>();
        int digits = currency.getDefaultFractionDigits();
        for (LedgerEntry e : entries) {
            boolean correction = e.correctsId() != null;
            long originalId = correction ? e.correctsId() : e.id();
            LedgerEntry original = correction ? originals.get(originalId) : e;
            if (original == null) {
                continue; // a correction whose original is not credited in this period cannot happen; skip defensively
            }
            if (!correction) {
                originals.put(e.id(), e);
            }
            BigDecimal was = net.getOrDefault(originalId, BigDecimal.ZERO);
            BigDecimal now = was.add(e.amountDelta());
            net.put(originalId, now);
            BigDecimal credit = now.setScale(digits, RoundingMode.HALF_EVEN).subtract(was.setScale(digits, RoundingMode.HALF_EVEN));
            boolean reversal = "REVERSAL".equals(e.correction());
            ItemRef ref = !correction ? ItemRef.of(e.id(), e.creditedAt())
                    : reversal ? ItemRef.reversalOf(originalId, e.id(), e.occurredAt())
                    : ItemRef.amendmentOf(originalId, e.id(), e.occurredAt());
            String product = original.product() == null ? "" : original.product();
            ActivityKind kind = new ActivityKind(e.type(), product, false);
            out.add(new Activity(ref, kind, new Money(credit, currency), Attribution.owner(Long.toString(e.userId()))));
        }
        return out;
    }
}
