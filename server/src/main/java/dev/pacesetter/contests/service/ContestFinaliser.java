package dev.pacesetter.contests.service;

import dev.pacesetter.contests.Contest;
import dev.pacesetter.contests.ContestKind;
import dev.pacesetter.contests.ContestLifecycle;
import dev.pacesetter.contests.ContestStatus;
import dev.pacesetter.contests.Entry;
import dev.pacesetter.contests.LifecycleAction;
import dev.pacesetter.contests.Outcome;
import dev.pacesetter.contests.Prize;
import dev.pacesetter.contests.PrizeAward;
import dev.pacesetter.contests.ReachedAt;
import dev.pacesetter.contests.ScoreScale;
import dev.pacesetter.contests.Standing;
import dev.pacesetter.contests.Standings;
import dev.pacesetter.contests.Winner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Takes one due time-driven step of one contest, in its own transaction, after claiming the row with
 * {@code SELECT … FOR UPDATE SKIP LOCKED}: any number of instances (or threads) may try, exactly one
 * takes the step, the others skip. FINALISE freezes the standings, recounted from the ledger, and the
 * prize outcome in the same transaction.
 */
@ApplicationScoped
class ContestFinaliser {

    @Inject
    ContestStore store;

    @Inject
    ContestLoader loader;

    @Inject
    ContestService contests;

    @Inject
    StandingsService standings;

    @Inject
    LedgerActivities ledger;

    @Inject
    RedisStandings redis;

    @Inject
    Event<ContestChanged> changed;

    /** The step taken, or empty when the contest was not due or another taker holds it. */
    @Transactional
    Optional<LifecycleAction> step(long contestId, Instant at) {
        // The database keeps microseconds; a step must not look earlier than its stored predecessor.
        Instant now = at.truncatedTo(ChronoUnit.MICROS);
        Optional<ContestRow> claimed = store.claimDue(contestId, now);
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        LoadedContest c = loader.load(claimed.get());
        Optional<LifecycleAction> due = ContestLifecycle.due(c.contest(), now);
        if (due.isEmpty()) {
            // Due by the column but not by the rules (say an early END moved the dates): re-plan.
            claimed.get().nextDueAt = ContestLifecycle.nextDueAt(c.contest()).map(ContestStore::utc).orElse(null);
            return Optional.empty();
        }
        Contest after = ContestLifecycle.apply(c.contest(), due.get(), ContestLifecycle.SYSTEM, now);
        LoadedContest stepped = contests.record(c, after);
        if (due.get() == LifecycleAction.FINALISE) {
            freeze(stepped);
        }
        changed.fire(new ContestChanged(c.orgId(), c.id()));
        return due;
    }

    /**
     * Ends a LIVE race to target that ends when its prizes are taken, once they are: a ZCOUNT of the
     * finishers in Redis first (most standings changes stop there), then, with the row claimed like a
     * time-driven step, the exact check on the ranked standings. True when this call ended it.
     */
    @Transactional
    boolean endIfPrizesTaken(long contestId, Instant at) {
        Instant now = at.truncatedTo(ChronoUnit.MICROS);
        ContestRow row = store.byId(contestId);
        if (row == null || !ContestStatus.LIVE.name().equals(row.status)) {
            return false;
        }
        LoadedContest c = loader.load(row);
        if (!(c.definition().format().kind() instanceof ContestKind.RaceToTarget race) || !race.endWhenPrizesTaken()
                || !now.isAfter(c.definition().schedule().start())
                || redis.atLeast(c.id(), ScoreScale.of(c.definition()).toUnits(race.goal())) < race.winners()) {
            return false;
        }
        Optional<ContestRow> claimed = store.claimLive(contestId);
        if (claimed.isEmpty()) {
            return false;
        }
        c = loader.load(claimed.get());
        if (!PrizeAward.allPrizesTaken(c.definition(), standings.ranked(c).individuals())) {
            return false;
        }
        contests.record(c, ContestLifecycle.apply(c.contest(), LifecycleAction.END, ContestLifecycle.SYSTEM, now));
        changed.fire(new ContestChanged(c.orgId(), c.id()));
        return true;
    }

    private void freeze(LoadedContest c) {
        long head = ledger.head(c.orgId());
        StandingsService.View view = standings.withTeams(c, standings.fromLedger(c, head), true);
        store(c.id(), view.individuals(), false);
        Standings ranked = view.individuals();
        if (c.definition().format().kind() instanceof ContestKind.TeamBattle) {
            store(c.id(), view.teams(), true);
            ranked = view.teams();
        }
        Outcome outcome = PrizeAward.decide(c.definition(), ranked);
        for (Winner w : outcome.winners()) {
            if (w.prizes().isEmpty()) {
                award(c.id(), w, null);
            }
            for (Prize p : w.prizes()) {
                award(c.id(), w, p);
            }
        }
        c.row().finalisedPosition = head;
        c.row().checkedPosition = head;
    }

    private void store(long contestId, Standings standings, boolean teams) {
        List<Standing> list = standings.list();
        for (int i = 0; i < list.size(); i++) {
            Standing s = list.get(i);
            Entry e = s.entry();
            FrozenStandingRow row = new FrozenStandingRow();
            row.contestId = contestId;
            row.team = teams;
            row.place = i + 1;
            row.entrantId = Long.parseLong(e.entrantId());
            row.rank = s.rank();
            row.tied = s.tied();
            row.score = e.score();
            row.reachedAt = e.reachedAt().equals(ReachedAt.FROM_START) ? null : ContestStore.utc(e.reachedAt().at());
            row.reachedPosition = e.reachedAt().ledgerPosition();
            this.store.persist(row);
        }
    }

    private void award(long contestId, Winner w, Prize prize) {
        AwardRow row = new AwardRow();
        row.contestId = contestId;
        row.entrantId = Long.parseLong(w.entrantId());
        row.place = w.place();
        row.sharedPlace = w.sharedPlace();
        if (prize != null) {
            row.description = prize.description();
            prize.cashValue().ifPresent(m -> {
                row.cashValue = m.amount();
                row.currency = m.currency().getCurrencyCode();
            });
        }
        store.persist(row);
    }
}
