package dev.pacesetter.comp.service;

import dev.pacesetter.activity.LedgerEntry;
import dev.pacesetter.activity.LedgerReader;
import dev.pacesetter.comp.Activity;
import dev.pacesetter.comp.ActivityKind;
import dev.pacesetter.comp.Attribution;
import dev.pacesetter.comp.CompPeriod;
import dev.pacesetter.comp.ItemRef;
import dev.pacesetter.comp.Money;
import dev.pacesetter.comp.Split;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
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
        return activities(orgId, Set.of(userId), period, zone, currency);
    }

    /**
     * Ledger entries of several users credited in the period (a manager's roll-up reads their
     * reports'), in ledger order, at the current ledger head.
     */
    List<Activity> activities(long orgId, Collection<Long> users, CompPeriod period, ZoneId zone, Currency currency) {
        LedgerReader.CreditedRange range = new LedgerReader.CreditedRange(users, Periods.start(period, zone),
                Periods.end(period, zone));
        List<LedgerEntry> entries = new ArrayList<>();
        long after = 0;
        while (true) {
            List<LedgerEntry> page = ledger.credited(orgId, range, after, PAGE);
            entries.addAll(page);
            if (page.size() < PAGE) {
                break;
            }
            after = page.getLast().position();
        }
        return toActivities(entries, currency);
    }

    static List<Activity> toActivities(List<LedgerEntry> entries, Currency currency) {
        Map<Long, BigDecimal> net = new HashMap<>();
        Map<Long, LedgerEntry> originals = new HashMap<>();
        List<Activity> out = new ArrayList<>();
        // Kinds and owners repeat across a period's items; sharing the (immutable) values spares
        // their validation per item, which was a visible part of an interactive estimate.
        Map<String, Map<String, ActivityKind>> kinds = new HashMap<>();
        Map<Long, Attribution> owners = new HashMap<>();
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
            ActivityKind kind = original.newLogo() ? new ActivityKind(e.type(), product, true)
                    : kinds.computeIfAbsent(e.type(), t -> new HashMap<>())
                            .computeIfAbsent(product, p -> new ActivityKind(e.type(), p, false));
            Attribution owner = original.isSplit() ? attribution(original)
                    : owners.computeIfAbsent(original.userId(), u -> Attribution.owner(Long.toString(u)));
            out.add(new Activity(ref, kind, new Money(credit, currency), owner));
        }
        return out;
    }

    /**
     * Who an entry credits: its owner in full, or each user of its splits with their share (the
     * engine divides the amount to the cent). A correction is attributed like its original.
     */
    static Attribution attribution(LedgerEntry original) {
        String owner = Long.toString(original.userId());
        if (!original.isSplit()) {
            return Attribution.owner(owner);
        }
        return new Attribution(owner, original.splits().stream()
                .map(s -> new Split(Long.toString(s.userId()), s.percent())).toList());
    }
}
