package dev.pacesetter.contests.service;

import dev.pacesetter.contests.ContestRuleException;
import dev.pacesetter.contests.Progress;
import dev.pacesetter.contests.Standing;
import dev.pacesetter.contests.Standings;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The part of a contest's standings one response shows: a page of the top, the caller with their
 * distances, their neighbours, chosen entrants, and (small, so whole) the teams and awards. Built
 * either from counts in Redis (a live contest of any size) or from fully ranked {@link Standings}.
 *
 * @param contest    the contest
 * @param frozen     whether these are the finalised standings
 * @param total      how many entrants there are
 * @param page       the requested page of the top
 * @param nextOffset where the next page starts, or null after the last
 * @param me         the caller, when an entrant
 * @param around     the caller and their neighbours, best first
 * @param chosen     the chosen users that are entrants
 * @param teams      the teams of a team battle, else null
 * @param awards     the awards of a finalised contest, else empty
 */
record StandingsSlice(LoadedContest contest, boolean frozen, long total, List<Standing> page, Long nextOffset,
                      Optional<Mine> me, List<Standing> around, List<Standing> chosen, Standings teams,
                      List<AwardRow> awards) {

    /**
     * The caller's standing and distances.
     *
     * @param standing        rank, tie and score
     * @param percentile      share of the others ranked strictly below, 0.0 to 100.0
     * @param toNextRank      points to move up a rank; empty for the leader
     * @param toNearestPrize  points to the nearest prize not held; empty when none is left or it does not apply
     */
    record Mine(Standing standing, BigDecimal percentile, OptionalLong toNextRank, OptionalLong toNearestPrize) {
    }

    /** The slice of fully ranked standings (finalised, not yet live, or a small field ranked in memory). */
    static StandingsSlice of(StandingsService.View view, String me, long offset, int limit, int around,
                             List<Long> chosenIds) {
        Standings all = view.individuals();
        List<Standing> list = all.list();
        int from = (int) Math.min(offset, list.size());
        int to = Math.min(list.size(), from + limit);
        Optional<Standing> mine = all.find(me);
        List<Standing> near = new ArrayList<>();
        if (mine.isPresent()) {
            int at = list.indexOf(mine.get());
            near = list.subList(Math.max(0, at - around), Math.min(list.size(), at + around + 1));
        }
        List<Standing> chosen = chosenIds.stream().map(id -> all.find(String.valueOf(id)))
                .flatMap(Optional::stream).toList();
        Optional<Mine> mineWithDistances = mine.map(s -> {
            OptionalLong prize = OptionalLong.empty();
            if (!view.frozen() && view.teams() == null) {
                try {
                    prize = Progress.pointsToNearestPrize(view.contest().definition(), all, me);
                } catch (ContestRuleException e) {
                    // A head-to-head with a missing side has no "nearest prize" to speak of.
                }
            }
            return new Mine(s, Progress.percentile(all, me), Progress.pointsToNextRank(all, me), prize);
        });
        return new StandingsSlice(view.contest(), view.frozen(), list.size(), list.subList(from, to),
                to < list.size() ? Long.valueOf(to) : null, mineWithDistances, near, chosen, view.teams(),
                view.awards());
    }
}
