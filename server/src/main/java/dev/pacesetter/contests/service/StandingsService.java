package dev.pacesetter.contests.service;

import dev.pacesetter.contests.ActivityWindow;
import dev.pacesetter.contests.ContestKind;
import dev.pacesetter.contests.ContestStatus;
import dev.pacesetter.contests.Entry;
import dev.pacesetter.contests.Placing;
import dev.pacesetter.contests.Prize;
import dev.pacesetter.contests.ReachedAt;
import dev.pacesetter.contests.Standing;
import dev.pacesetter.contests.Standings;
import dev.pacesetter.contests.TeamScores;
import dev.pacesetter.contests.TieRule;
import dev.pacesetter.platform.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.IntToLongFunction;

/**
 * Reads a contest's standings: live ones from Redis (or straight from the ledger when Redis has lost
 * them), finalised ones from the frozen rows. A response's slice of a live contest is ranked in Redis
 * by counts ({@link Placing}); whole standings are ranked by the pure rules' {@link Standings}.
 */
@ApplicationScoped
public class StandingsService {

    @Inject
    ContestService contests;

    @Inject
    ContestStore store;

    @Inject
    RedisStandings redis;

    @Inject
    LedgerActivities ledger;

    @Inject
    Entrants entrants;

    /**
     * Ranked standings of a contest.
     *
     * @param contest     the contest
     * @param frozen      whether these are the finalised standings
     * @param individuals the participants (the members, in a team battle)
     * @param teams       the teams of a team battle, else null
     * @param awards      the awards of a finalised contest, else empty
     */
    record View(LoadedContest contest, boolean frozen, Standings individuals, Standings teams, List<AwardRow> awards) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    View read(Caller caller, long contestId) {
        return ranked(contests.get(caller, contestId));
    }

    /**
     * What one standings response shows. A live contest is ranked by counts in Redis, so a page, the
     * caller and their neighbours cost the same with ten entrants or a million; a duel and a team
     * battle (small fields, teams summed from members), finalised and not-yet-live contests, and a
     * live one whose Redis standings are lost are ranked in memory as before.
     */
    StandingsSlice slice(Caller caller, long contestId, long offset, int limit, int around, List<Long> chosen) {
        return slice(contests.recent(caller, contestId), String.valueOf(caller.subjectId()), offset, limit, around,
                chosen);
    }

    /** The same for a contest already loaded and checked (a TV screen's board), seen as entrant {@code me}. */
    StandingsSlice slice(LoadedContest c, String me, long offset, int limit, int around, List<Long> chosen) {
        ContestStatus status = c.contest().status();
        ContestKind kind = c.definition().format().kind();
        if ((status == ContestStatus.LIVE || status == ContestStatus.ENDED)
                && !(kind instanceof ContestKind.TeamBattle || kind instanceof ContestKind.HeadToHead)) {
            RedisStandings.Snapshot snapshot = redis.read(c.id(), offset, limit, me, around,
                    chosen.stream().map(String::valueOf).toList(), prizeRanks(c));
            if (snapshot.checkpoint().isPresent()) {
                return live(c, snapshot, offset);
            }
        }
        return StandingsSlice.of(ranked(c), me, offset, limit, around, chosen);
    }

    /**
     * Ranks a Redis snapshot. The caller's distances need the score at one more listing position (one
     * or two small reads after the snapshot: at worst they reflect a slightly newer batch).
     */
    private StandingsSlice live(LoadedContest c, RedisStandings.Snapshot s, long offset) {
        TieRule rule = c.definition().format().tieRule();
        IntToLongFunction scoreToMatch = rank -> {
            // Read with the snapshot when the script knew the position would be needed; else ask now.
            Long known = (rule == TieRule.DENSE ? s.distinct() : s.listed()).get(rank - 1L);
            if (known != null) {
                return known;
            }
            return rule == TieRule.DENSE ? redis.distinctScoreAt(c.id(), rank - 1L) : redis.scoreAt(c.id(), rank - 1L);
        };
        Optional<StandingsSlice.Mine> me = s.me().map(p -> {
            Standing mine = p.standing(rule);
            OptionalLong next = mine.rank() == 1 ? OptionalLong.empty() : OptionalLong.of(
                    Placing.pointsToRank(rule, mine, mine.rank() - 1, scoreToMatch.applyAsLong(mine.rank() - 1)));
            return new StandingsSlice.Mine(mine, p.percentile(rule, s.total()), next,
                    Placing.pointsToNearestPrize(c.definition(), mine, scoreToMatch, goal -> redis.atLeast(c.id(), goal)));
        });
        List<Standing> page = s.page().stream().map(p -> p.standing(rule)).toList();
        long end = offset + page.size();
        return new StandingsSlice(c, false, s.total(), page, end < s.total() ? Long.valueOf(end) : null, me,
                s.around().stream().map(p -> p.standing(rule)).toList(),
                s.chosen().stream().map(p -> p.standing(rule)).toList(), null, List.of());
    }

    /** The ranks a leaderboard race's prizes go to (its distances may need their scores), else none. */
    private static List<Integer> prizeRanks(LoadedContest c) {
        if (!(c.definition().format().kind() instanceof ContestKind.LeaderboardRace)) {
            return List.of();
        }
        return c.definition().format().prizes().stream().map(Prize::condition)
                .filter(Prize.Rank.class::isInstance).map(p -> ((Prize.Rank) p).rank()).distinct().toList();
    }

    View ranked(LoadedContest c) {
        TieRule rule = c.definition().format().tieRule();
        ContestStatus status = c.contest().status();
        if (status == ContestStatus.FINALISED) {
            Standings teams = c.definition().format().kind() instanceof ContestKind.TeamBattle
                    ? Standings.rank(frozen(c.id(), true), rule) : null;
            return new View(c, true, Standings.rank(frozen(c.id(), false), rule), teams, store.awards(c.id()));
        }
        List<Entry> members;
        if (status == ContestStatus.LIVE || status == ContestStatus.ENDED) {
            OptionalLong checkpoint = redis.checkpoint(c.id());
            members = checkpoint.isPresent() ? redis.entries(c.id()) : fromLedger(c, ledger.head(c.orgId()));
        } else if (status == ContestStatus.CANCELLED) {
            members = List.of();
        } else {
            members = entrants.roster(c).stream().map(id -> Entry.unscored(String.valueOf(id))).toList();
        }
        return withTeams(c, members, false);
    }

    /** Exact entries recounted from the ledger up to {@code head} (finalisation, and reads when Redis lost them). */
    List<Entry> fromLedger(LoadedContest c, long head) {
        ActivityWindow window = c.contest().activityWindow();
        return entrants.entries(c, window, ledger.all(c.orgId(), head));
    }

    View withTeams(LoadedContest c, List<Entry> members, boolean frozen) {
        TieRule rule = c.definition().format().tieRule();
        Standings teams = null;
        if (c.definition().format().kind() instanceof ContestKind.TeamBattle battle) {
            Set<Long> ids = new HashSet<>();
            members.forEach(e -> ids.add(Long.parseLong(e.entrantId())));
            teams = Standings.rank(TeamScores.of(battle.aggregation(), entrants.teamRosters(c, ids), members), rule);
        }
        return new View(c, frozen, Standings.rank(members, rule), teams, List.of());
    }

    private List<Entry> frozen(long contestId, boolean teams) {
        return store.frozen(contestId, teams).stream().map(r -> new Entry(String.valueOf(r.entrantId), r.score,
                r.reachedAt == null ? ReachedAt.FROM_START : new ReachedAt(r.reachedAt.toInstant(), r.reachedPosition)))
                .toList();
    }
}
