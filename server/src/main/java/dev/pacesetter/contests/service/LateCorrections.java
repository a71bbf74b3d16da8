package dev.pacesetter.contests.service;

import dev.pacesetter.activity.LedgerEntry;
import dev.pacesetter.contests.ActivityKind;
import dev.pacesetter.contests.ActivityWindow;
import dev.pacesetter.contests.ContestKind;
import dev.pacesetter.contests.Entry;
import dev.pacesetter.contests.ReachedAt;
import dev.pacesetter.contests.TeamScores;
import dev.pacesetter.contests.WinnerChange;
import dev.pacesetter.contests.WinnerCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Watches finalised contests for ledger entries recorded after the freeze that touch an entrant's
 * score in the contest period. Frozen standings never move; when {@link WinnerCheck} says the corrected
 * score would change who wins what, a discrepancy row tells the admins. In a team battle the teams win,
 * so the teams recomputed from the frozen members are compared with those from the corrected members;
 * the discrepancy names the corrected member and the teams whose outcome changes.
 */
@ApplicationScoped
class LateCorrections {

    @Inject
    ContestStore store;

    @Inject
    ContestLoader loader;

    @Inject
    LedgerActivities ledger;

    @Inject
    Entrants entrants;

    @Inject
    Clock clock;

    @Transactional
    void check(long contestId) {
        ContestRow row = store.claimForCheck(contestId).orElse(null);
        if (row == null || row.checkedPosition == null) {
            return;
        }
        long head = ledger.head(row.orgId);
        if (row.checkedPosition >= head) {
            return;
        }
        LoadedContest c = loader.load(row);
        List<Entry> frozen = store.frozen(c.id(), false).stream().map(r -> new Entry(String.valueOf(r.entrantId),
                r.score, r.reachedAt == null ? ReachedAt.FROM_START
                        : new ReachedAt(r.reachedAt.toInstant(), r.reachedPosition))).toList();
        ActivityWindow unlimited = new ActivityWindow(c.contest().activityWindow().period(), Instant.MAX);
        long from = row.checkedPosition;
        while (from < head) {
            List<LedgerEntry> batch = ledger.after(c.orgId(), from, LedgerActivities.PAGE);
            if (batch.isEmpty()) {
                break;
            }
            for (LedgerEntry e : batch) {
                if (e.position() <= head && touches(c, unlimited, e)) {
                    compare(c, frozen, unlimited, e);
                }
            }
            from = batch.getLast().position();
        }
        row.checkedPosition = head;
    }

    private boolean touches(LoadedContest c, ActivityWindow window, LedgerEntry e) {
        ActivityKind kind = LedgerActivities.kind(e.type());
        return kind != null && c.definition().metric().activityTypes().contains(kind)
                && window.period().contains(e.creditedAt()) && !entrants.admitted(c, Set.of(e.userId())).isEmpty();
    }

    private void compare(LoadedContest c, List<Entry> frozen, ActivityWindow window, LedgerEntry e) {
        Set<Long> user = Set.of(e.userId());
        Entry corrected = Entrants.entries(c, window, user, ledger.of(c.orgId(), user, e.position())).getFirst();
        WinnerChange change;
        if (c.definition().format().kind() instanceof ContestKind.TeamBattle battle) {
            // Teams win, so compare the team outcomes: teams summed (or averaged) from the frozen members,
            // and from the members with this one corrected.
            Map<String, Entry> members = new LinkedHashMap<>();
            frozen.forEach(m -> members.put(m.entrantId(), m));
            members.put(corrected.entrantId(), corrected);
            Set<Long> ids = new HashSet<>();
            members.keySet().forEach(id -> ids.add(Long.parseLong(id)));
            Map<String, Set<String>> rosters = entrants.teamRosters(c, ids);
            change = WinnerCheck.compare(c.definition(), TeamScores.of(battle.aggregation(), rosters, frozen),
                    TeamScores.of(battle.aggregation(), rosters, members.values()));
        } else {
            change = WinnerCheck.afterCorrection(c.definition(), frozen, corrected);
        }
        if (!change.anyChange()) {
            return;
        }
        DiscrepancyRow row = new DiscrepancyRow();
        row.contestId = c.id();
        row.ledgerPosition = e.position();
        row.entrantId = e.userId();
        row.detectedAt = ContestStore.utc(clock.instant());
        row.noLongerWinning = csv(change.noLongerWinning());
        row.newlyWinning = csv(change.newlyWinning());
        row.prizeChanged = csv(change.prizeChanged());
        store.persist(row);
    }

    private static String csv(Set<String> ids) {
        return String.join(",", new TreeSet<>(ids));
    }
}
