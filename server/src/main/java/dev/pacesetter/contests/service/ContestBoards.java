package dev.pacesetter.contests.service;

import dev.pacesetter.api.model.ContestBoard;
import dev.pacesetter.api.model.ContestStandings;
import dev.pacesetter.api.model.ContestStatus;
import dev.pacesetter.platform.Caller;
import dev.pacesetter.platform.ProblemException;
import dev.pacesetter.platform.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * What a live screen shows of a contest: its name, kind, status and times, and the top of its
 * standings (plus team standings in a team battle). The board is the same for every viewer: nobody is
 * "me" on a TV, so it never carries a caller's own rank. Live screens read contests only through here.
 */
@ApplicationScoped
public class ContestBoards {

    /** No user has id 0, so a board ranked from this viewpoint has no "me". */
    private static final long NOBODY = 0L;

    @Inject
    ContestService contests;

    @Inject
    ContestStore store;

    @Inject
    ContestLoader loader;

    @Inject
    StandingsService standings;

    @Inject
    StandingsMapper mapper;

    @Inject
    RedisStandings redis;

    @Inject
    Clock clock;

    /** The board for a signed-in caller, who must be able to see the contest (else 404). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ContestBoard forCaller(Caller caller, long contestId, int top) {
        return board(contests.get(caller, contestId), top);
    }

    /**
     * The board for a screen whose token was checked by the caller of this method: the contest must
     * still exist in that organisation (else 404); who may watch was decided when the token was minted.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ContestBoard forScreen(long orgId, long contestId, int top) {
        LoadedContest c = store.find(orgId, contestId).map(loader::load)
                .orElseThrow(() -> ProblemException.notFound("Contest " + contestId));
        return board(c, top);
    }

    /**
     * Fails unless the caller may put this contest on a screen: a manager or admin (not acting for
     * someone) who can see it. A contest they cannot see answers 404, like everywhere else.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void checkScreenIssuer(Caller caller, long contestId) {
        caller.require(Role.MANAGER, Role.ADMIN);
        if (caller.actingFor() != null) {
            throw ProblemException.forbidden("An assistant may not mint screen tokens.");
        }
        contests.get(caller, contestId);
    }

    private ContestBoard board(LoadedContest c, int top) {
        // Ranked by counts in Redis while live, so a board costs the same with ten entrants or a million.
        Caller viewer = new Caller(c.orgId(), NOBODY, Set.of(Role.ADMIN), null);
        ContestStandings table = mapper.toApi(standings.slice(c, String.valueOf(NOBODY), 0, top, 0, List.of()), viewer);
        table.me(null).around(null).selected(null).nextCursor(null);
        return new ContestBoard().contestId(c.id()).name(c.row().name)
                .kind(c.request().getKind())
                .status(ContestStatus.fromValue(c.contest().status().name()))
                .startsAt(c.row().startsAt).endsAt(c.row().endsAt)
                .timeZone(c.definition().schedule().zone().getId())
                .checkpoint(redis.checkpoint(c.id()).orElse(0L))
                .generatedAt(ContestStore.utc(clock.instant()))
                .standings(table);
    }
}
