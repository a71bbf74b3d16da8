package dev.pacesetter.contests.service;

import dev.pacesetter.api.model.ContestAward;
import dev.pacesetter.api.model.ContestAwardPrize;
import dev.pacesetter.api.model.ContestMe;
import dev.pacesetter.api.model.ContestStanding;
import dev.pacesetter.api.model.ContestStandings;
import dev.pacesetter.api.model.ContestStatus;
import dev.pacesetter.api.model.ContestTieRule;
import dev.pacesetter.contests.ContestRuleException;
import dev.pacesetter.contests.Progress;
import dev.pacesetter.contests.ReachedAt;
import dev.pacesetter.contests.ScoreScale;
import dev.pacesetter.contests.Standing;
import dev.pacesetter.contests.Standings;
import dev.pacesetter.identity.IdentityService;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.platform.Caller;
import dev.pacesetter.platform.Cursors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** Ranked standings to the wire: pages, the caller, neighbours, chosen users, teams and awards. */
@ApplicationScoped
class StandingsMapper {

    @Inject
    IdentityService identity;

    @Inject
    Entrants entrants;

    ContestStandings toApi(StandingsService.View view, Caller caller, long offset, int limit, int around,
                           List<Long> selectedIds) {
        LoadedContest c = view.contest();
        Standings all = view.individuals();
        ScoreScale memberScale = ScoreScale.raw(c.definition().metric());
        List<Standing> list = all.list();
        int from = (int) Math.min(offset, list.size());
        int to = Math.min(list.size(), from + limit);
        List<Standing> page = list.subList(from, to);
        String me = String.valueOf(caller.subjectId());
        Optional<Standing> mine = all.find(me);
        List<Standing> near = new ArrayList<>();
        if (mine.isPresent()) {
            int at = list.indexOf(mine.get());
            near = list.subList(Math.max(0, at - around), Math.min(list.size(), at + around + 1));
        }
        List<Standing> chosen = selectedIds.stream().map(id -> all.find(String.valueOf(id)))
                .flatMap(Optional::stream).toList();
        Set<Long> ids = new HashSet<>();
        for (List<Standing> part : List.of(page, near, chosen)) {
            part.forEach(s -> ids.add(Long.parseLong(s.entrantId())));
        }
        Map<Long, UserView> users = identity.users(c.orgId(), ids);
        Map<Long, String> names = new LinkedHashMap<>();
        users.forEach((id, u) -> names.put(id, u.displayName()));
        ContestStandings out = new ContestStandings().contestId(c.id())
                .status(ContestStatus.fromValue(c.contest().status().name()))
                .tieRule(ContestTieRule.fromValue(c.definition().format().tieRule().name()))
                .frozen(view.frozen()).total(list.size())
                .entries(rows(page, names, memberScale, "User "))
                .around(rows(near, names, memberScale, "User "))
                .selected(rows(chosen, names, memberScale, "User "))
                .me(me(view, mine, me, memberScale));
        if (to < list.size()) {
            out.nextCursor(Cursors.ofOffset(to));
        }
        if (view.teams() != null) {
            Set<Long> teamIds = new HashSet<>();
            view.teams().list().forEach(s -> teamIds.add(Long.parseLong(s.entrantId())));
            out.teams(rows(view.teams().list(), entrants.teamNames(c.orgId(), teamIds), ScoreScale.of(c.definition()),
                    "Team "));
        }
        if (view.frozen()) {
            out.awards(awards(view.awards()));
        }
        return out;
    }

    private static ContestMe me(StandingsService.View view, Optional<Standing> mine, String me, ScoreScale scale) {
        if (mine.isEmpty()) {
            return new ContestMe().entered(false);
        }
        Standing s = mine.get();
        Standings all = view.individuals();
        ContestMe out = new ContestMe().entered(true).rank(s.rank()).tied(s.tied())
                .score(scale.toNatural(s.score()).toPlainString())
                .percentile(Progress.percentile(all, me).doubleValue())
                .pointsToNextRank(format(Progress.pointsToNextRank(all, me), scale));
        if (!view.frozen() && view.teams() == null) {
            try {
                out.pointsToNearestPrize(format(Progress.pointsToNearestPrize(view.contest().definition(), all, me),
                        scale));
            } catch (ContestRuleException e) {
                // A head-to-head with a missing side has no "nearest prize" to speak of.
            }
        }
        return out;
    }

    private static String format(OptionalLong units, ScoreScale scale) {
        return units.isEmpty() ? null : scale.toNatural(units.getAsLong()).toPlainString();
    }

    private static List<ContestStanding> rows(List<Standing> standings, Map<Long, String> names, ScoreScale scale,
                                              String fallback) {
        return standings.stream().map(s -> {
            long id = Long.parseLong(s.entrantId());
            ReachedAt reached = s.entry().reachedAt();
            return new ContestStanding().rank(s.rank()).tied(s.tied()).entrantId(id)
                    .displayName(names.getOrDefault(id, fallback + id))
                    .score(scale.toNatural(s.score()).toPlainString())
                    .reachedAt(reached.equals(ReachedAt.FROM_START) ? null : ContestStore.utc(reached.at()));
        }).toList();
    }

    private static List<ContestAward> awards(List<AwardRow> rows) {
        Map<String, ContestAward> byWinner = new LinkedHashMap<>();
        for (AwardRow r : rows) {
            ContestAward award = byWinner.computeIfAbsent(r.entrantId + "/" + r.place, k -> new ContestAward()
                    .entrantId(r.entrantId).place(r.place).sharedPlace(r.sharedPlace).prizes(new ArrayList<>()));
            if (r.description != null) {
                award.addPrizesItem(new ContestAwardPrize().description(r.description)
                        .cashValue(r.cashValue == null ? null : r.cashValue.setScale(java.util.Currency.getInstance(r.currency)
                                .getDefaultFractionDigits(), java.math.RoundingMode.HALF_EVEN).toPlainString())
                        .currency(r.currency));
            }
        }
        return List.copyOf(byWinner.values());
    }
}
