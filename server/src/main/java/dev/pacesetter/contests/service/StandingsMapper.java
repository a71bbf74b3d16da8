package dev.pacesetter.contests.service;

import dev.pacesetter.api.model.ContestAward;
import dev.pacesetter.api.model.ContestAwardPrize;
import dev.pacesetter.api.model.ContestMe;
import dev.pacesetter.api.model.ContestStanding;
import dev.pacesetter.api.model.ContestStandings;
import dev.pacesetter.api.model.ContestStatus;
import dev.pacesetter.api.model.ContestTieRule;
import dev.pacesetter.contests.ReachedAt;
import dev.pacesetter.contests.ScoreScale;
import dev.pacesetter.contests.Standing;
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

    ContestStandings toApi(StandingsSlice slice, Caller caller) {
        LoadedContest c = slice.contest();
        ScoreScale memberScale = ScoreScale.ofParticipants(c.definition());
        Set<Long> ids = new HashSet<>();
        for (List<Standing> part : List.of(slice.page(), slice.around(), slice.chosen())) {
            part.forEach(s -> ids.add(Long.parseLong(s.entrantId())));
        }
        Map<Long, UserView> users = identity.recentUsers(c.orgId(), ids);
        Map<Long, String> names = new LinkedHashMap<>();
        users.forEach((id, u) -> names.put(id, u.displayName()));
        ContestStandings out = new ContestStandings().contestId(c.id())
                .status(ContestStatus.fromValue(c.contest().status().name()))
                .tieRule(ContestTieRule.fromValue(c.definition().format().tieRule().name()))
                .frozen(slice.frozen()).total(Math.toIntExact(slice.total()))
                .entries(rows(slice.page(), names, memberScale, "User "))
                .around(rows(slice.around(), names, memberScale, "User "))
                .selected(rows(slice.chosen(), names, memberScale, "User "))
                .me(me(slice.me(), memberScale));
        if (slice.nextOffset() != null) {
            out.nextCursor(Cursors.ofOffset(slice.nextOffset()));
        }
        if (slice.teams() != null) {
            Set<Long> teamIds = new HashSet<>();
            slice.teams().list().forEach(s -> teamIds.add(Long.parseLong(s.entrantId())));
            out.teams(rows(slice.teams().list(), entrants.teamNames(c.orgId(), teamIds), ScoreScale.of(c.definition()),
                    "Team "));
        }
        if (slice.frozen()) {
            out.awards(awards(slice.awards()));
        }
        return out;
    }

    private static ContestMe me(Optional<StandingsSlice.Mine> mine, ScoreScale scale) {
        if (mine.isEmpty()) {
            return new ContestMe().entered(false);
        }
        StandingsSlice.Mine m = mine.get();
        Standing s = m.standing();
        return new ContestMe().entered(true).rank(s.rank()).tied(s.tied())
                .score(scale.toNatural(s.score()).toPlainString())
                .percentile(m.percentile().doubleValue())
                .pointsToNextRank(format(m.toNextRank(), scale))
                .pointsToNearestPrize(format(m.toNearestPrize(), scale));
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
