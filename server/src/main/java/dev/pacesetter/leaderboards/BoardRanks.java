package dev.pacesetter.leaderboards;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A public read of the organisation boards for other features (the nudges' morning digest): one
 * user's rank, without a caller. Same ranking as {@code GET /v1/leaderboards}.
 */
@ApplicationScoped
public class BoardRanks {

    @Inject
    LeaderboardService boards;

    /**
     * The user's rank on the organisation's board of a metric for the current month in its zone.
     *
     * @param orgId  the organisation
     * @param userId the user
     * @param metric a board metric of the activity catalog, e.g. {@code revenue}
     * @return the rank, or 0 while the user has no score this month
     */
    public long monthRank(long orgId, long userId, String metric) {
        return boards.read(new LeaderboardService.Query(orgId, userId, metric, Period.MONTH, null, 0, 1, 0, null))
                .mine().rank();
    }
}
