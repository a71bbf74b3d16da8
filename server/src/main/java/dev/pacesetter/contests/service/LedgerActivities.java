package dev.pacesetter.contests.service;

import dev.pacesetter.activity.LedgerEntry;
import dev.pacesetter.activity.LedgerReader;
import dev.pacesetter.contests.Activity;
import dev.pacesetter.contests.ActivityKind;
import dev.pacesetter.contests.ContestRuleException;
import dev.pacesetter.contests.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The ledger as the contest rules read it. A ledger correction points at its original by id and an
 * amendment carries the new amount; the rules want a reversal that repeats what it cancels and, for an
 * amendment, a new activity. So every ledger position {@code p} becomes two ordinals: {@code 2p} for the
 * reversal part and {@code 2p + 1} for the new-activity part. The order of ordinals is the ledger order,
 * so "who reached it first" is unchanged.
 */
@ApplicationScoped
class LedgerActivities {
    static final int PAGE = 1000;

    @Inject
    LedgerReader ledger;

    long head(long orgId) {
        return ledger.head(orgId);
    }

    /** Ledger entries after {@code position}, in position order. */
    List<LedgerEntry> after(long orgId, long position, int limit) {
        return ledger.after(orgId, position, limit);
    }

    /** Every user's activities up to and including {@code upTo}, by user id. */
    Map<Long, List<Activity>> all(long orgId, long upTo) {
        Map<Long, List<LedgerEntry>> byUser = new HashMap<>();
        long from = 0;
        while (from < upTo) {
            List<LedgerEntry> page = ledger.after(orgId, from, PAGE);
            if (page.isEmpty()) {
                break;
            }
            for (LedgerEntry e : page) {
                if (e.position() <= upTo) {
                    byUser.computeIfAbsent(e.userId(), u -> new ArrayList<>()).add(e);
                }
            }
            from = page.getLast().position();
        }
        return convertAll(byUser);
    }

    /** The given users' activities up to and including {@code upTo}, by user id. */
    Map<Long, List<Activity>> of(long orgId, Set<Long> users, long upTo) {
        Map<Long, List<LedgerEntry>> byUser = new HashMap<>();
        if (users.isEmpty()) {
            return Map.of();
        }
        long before = upTo + 1;
        while (true) {
            List<LedgerEntry> page = ledger.page(orgId, new LedgerReader.Filter(users, null, null, null), before, PAGE);
            if (page.isEmpty()) {
                break;
            }
            page.forEach(e -> byUser.computeIfAbsent(e.userId(), u -> new ArrayList<>()).add(e));
            before = page.getLast().position();
        }
        return convertAll(byUser);
    }

    private static Map<Long, List<Activity>> convertAll(Map<Long, List<LedgerEntry>> byUser) {
        Map<Long, List<Activity>> out = new HashMap<>();
        byUser.forEach((user, entries) -> out.put(user, convert(entries)));
        return out;
    }

    /** One user's ledger entries as rule activities (see the class comment for the two ordinals). */
    static List<Activity> convert(List<LedgerEntry> entries) {
        List<LedgerEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingLong(LedgerEntry::position));
        Map<Long, Activity> effective = new HashMap<>();
        List<Activity> out = new ArrayList<>();
        for (LedgerEntry e : sorted) {
            ActivityKind kind = kind(e.type());
            if (kind == null) {
                continue;
            }
            try {
                String who = String.valueOf(e.userId());
                if (e.correctsId() == null) {
                    Activity a = new Activity(new Activity.Stamp(2 * e.position() + 1, e.receivedAt(), OptionalLong.empty()),
                            who, kind, e.creditedAt(), facts(e.pointsDelta(), e, Optional.ofNullable(e.product())));
                    effective.put(e.id(), a);
                    out.add(a);
                    continue;
                }
                Activity previous = effective.remove(e.correctsId());
                if (previous == null) {
                    continue;
                }
                out.add(new Activity(new Activity.Stamp(2 * e.position(), e.receivedAt(),
                        OptionalLong.of(previous.stamp().position())), who, kind, previous.occurredAt(), previous.facts()));
                if ("AMENDMENT".equals(e.correction())) {
                    Activity amended = new Activity(new Activity.Stamp(2 * e.position() + 1, e.receivedAt(),
                            OptionalLong.empty()), who, kind, previous.occurredAt(),
                            facts(previous.facts().points(), e, previous.facts().product()));
                    effective.put(e.correctsId(), amended);
                    out.add(amended);
                }
            } catch (ContestRuleException ignored) {
                // An entry the rules cannot read (a negative amount, an odd currency) counts for nothing.
            }
        }
        return out;
    }

    private static Activity.Facts facts(long points, LedgerEntry e, Optional<String> product) {
        if (e.amount() == null || e.currency() == null || e.amount().signum() < 0) {
            return new Activity.Facts(Math.max(0, points), Optional.empty(), product);
        }
        Currency currency = Currency.getInstance(e.currency());
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        Money amount = new Money(e.amount().setScale(digits, RoundingMode.HALF_EVEN), currency);
        return new Activity.Facts(Math.max(0, points), Optional.of(amount), product);
    }

    static ActivityKind kind(String type) {
        try {
            return ActivityKind.valueOf(type);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
