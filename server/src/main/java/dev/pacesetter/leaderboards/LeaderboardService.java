package dev.pacesetter.leaderboards;

import dev.pacesetter.content.ActivityCatalog;
import dev.pacesetter.identity.IdentityService;
import dev.pacesetter.identity.OrgView;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.platform.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import redis.clients.jedis.resps.Tuple;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a live leaderboard: a page of the top, the subject's standing, and who is around them. */
@ApplicationScoped
public class LeaderboardService {

    @Inject
    RedisLeaderboards boards;

    @Inject
    IdentityService identity;

    @Inject
    ActivityCatalog catalog;

    @Inject
    Clock clock;

    /** What the caller asked for. {@code teamId} null ranks the whole organisation. */
    record Query(long orgId, long subjectId, String metric, Period period, LocalDate at, long offset, int limit,
                 int around, Long teamId) {
    }

    /** The answer, with users' names resolved. */
    record View(OrgView org, Period.Window window, long total, List<Standing> top, Mine mine, List<Standing> around,
                boolean more, Map<Long, UserView> users, long position) {
    }

    /** The subject's own standing; {@code rank} 0 when they have no score yet. */
    record Mine(long rank, long score, double percentile, Long gapToNext) {
    }

    View read(Query q) {
        if (!catalog.metrics().contains(q.metric())) {
            throw ProblemException.notFound("Leaderboard '" + q.metric() + "'");
        }
        if (q.around() < 0 || q.around() > 25) {
            throw ProblemException.badRequest("around", "must be between 0 and 25");
        }
        OrgView org = identity.organisation(q.orgId());
        LocalDate date = q.at() != null ? q.at() : LocalDate.now(clock.withZone(org.zone()));
        Period.Window window = q.period().window(date, org.zone());
        String key = LeaderboardKeys.board(q.orgId(), q.metric(), window);
        return q.teamId() == null ? organisationView(q, org, window, key) : teamView(q, org, window, key);
    }

    private View organisationView(Query q, OrgView org, Period.Window window, String key) {
        RedisLeaderboards.Snapshot board = boards.read(key, q.orgId(), LeaderboardKeys.member(q.subjectId()),
                q.offset(), q.limit(), q.around());
        long total = board.total();
        List<Standing> top = ranked(board.top(), q.offset());
        Mine mine = new Mine(0, 0, 0.0, null);
        List<Standing> around = List.of();
        RedisLeaderboards.Own own = board.own();
        if (own != null) {
            long myScore = (long) own.score();
            mine = new Mine(own.above() + 1, myScore, Ranking.percentile(own.above(), total),
                    own.nextAbove() == null ? null : own.nextAbove().longValue() - myScore);
            around = ranked(own.around(), Math.max(0, own.index() - q.around()));
        }
        List<Long> ids = new ArrayList<>();
        top.forEach(s -> ids.add(s.userId()));
        around.forEach(s -> ids.add(s.userId()));
        ids.add(q.subjectId());
        return new View(org, window, total, top, mine, around, q.offset() + top.size() < total,
                identity.recentUsers(q.orgId(), ids), board.position());
    }

    /** Ranks a page read at {@code offset}; its first entry's rank follows from how many score more. */
    private static List<Standing> ranked(RedisLeaderboards.Page page, long offset) {
        if (page.entries().isEmpty()) {
            return List.of();
        }
        List<long[]> entries = new ArrayList<>(page.entries().size());
        page.entries().forEach(t -> entries.add(new long[]{LeaderboardKeys.userId(t.getElement()), (long) t.getScore()}));
        return Ranking.rank(entries, page.above() + 1, offset);
    }

    private View teamView(Query q, OrgView org, Period.Window window, String key) {
        identity.team(q.orgId(), q.teamId());
        List<UserView> members = identity.teamMembers(q.orgId(), q.teamId());
        List<String> memberKeys = members.stream().map(u -> LeaderboardKeys.member(u.id())).toList();
        List<Double> scores = boards.scores(key, memberKeys);
        List<long[]> scored = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            if (scores.get(i) != null) {
                scored.add(new long[]{members.get(i).id(), scores.get(i).longValue()});
            }
        }
        List<Standing> all = Ranking.rankAll(scored);
        int from = (int) Math.min(q.offset(), all.size());
        List<Standing> top = all.subList(from, Math.min(all.size(), from + q.limit()));
        Mine mine = new Mine(0, 0, 0.0, null);
        List<Standing> around = List.of();
        for (int i = 0; i < all.size(); i++) {
            Standing s = all.get(i);
            if (s.userId() == q.subjectId()) {
                long above = s.rank() - 1;
                Long gap = null;
                for (int j = i - 1; j >= 0; j--) {
                    if (all.get(j).score() > s.score()) {
                        gap = all.get(j).score() - s.score();
                        break;
                    }
                }
                mine = new Mine(s.rank(), s.score(), Ranking.percentile(above, all.size()), gap);
                around = q.around() == 0 ? List.of()
                        : all.subList(Math.max(0, i - q.around()), Math.min(all.size(), i + q.around() + 1));
            }
        }
        Map<Long, UserView> users = new java.util.HashMap<>();
        members.forEach(u -> users.put(u.id(), u));
        return new View(org, window, all.size(), List.copyOf(top), mine, List.copyOf(around),
                from + top.size() < all.size(), users, boards.position(q.orgId()));
    }

    /**
     * One rival a rep moved past on a board.
     *
     * @param userId   the rival who was overtaken
     * @param byUserId who overtook them
     * @param rank     the rival's rank now
     * @param gap      how far the rival is behind now, formatted ({@code 50.00 USD} for revenue)
     */
    public record Overtake(long userId, long byUserId, long rank, String gap) {
    }

    /**
     * Who moved past whom on the organisation's current-month board of {@code metric} through
     * {@code entries}. The board may already hold {@code later} entries too (the projection runs
     * ahead of whoever asks): their deltas are taken off first, so scores are read as of the end of
     * {@code entries}. A score before is then that score minus the entries' delta. A rival counts
     * when they were ranked (score above zero) and at least level with the mover before, and are
     * strictly behind now. At most 50 per mover.
     */
    public List<Overtake> overtakes(long orgId, String metric, List<dev.pacesetter.activity.LedgerEntry> entries,
                                    List<dev.pacesetter.activity.LedgerEntry> later) {
        OrgView org = identity.organisation(orgId);
        Period.Window window = Period.MONTH.window(clock.instant(), org.zone());
        String key = LeaderboardKeys.board(orgId, metric, window);
        Map<String, Long> deltas = ProjectionPlan.of(orgId, entries, org.zone(), catalog).getOrDefault(key, Map.of());
        Map<String, Long> ahead = later.isEmpty() ? Map.of()
                : ProjectionPlan.of(orgId, later, org.zone(), catalog).getOrDefault(key, Map.of());
        long slack = ahead.values().stream().mapToLong(Math::abs).max().orElse(0);
        // Scores, rivals and ranks each in one round trip (pipelined), not two per mover and one per pass:
        // a batch of deals moves a hundred reps past hundreds of rivals.
        List<String> movers = deltas.entrySet().stream().filter(d -> d.getValue() > 0).map(Map.Entry::getKey).toList();
        List<Double> scores = boards.scores(key, movers);
        List<String> scored = new ArrayList<>();
        List<long[]> ranges = new ArrayList<>();
        for (int i = 0; i < movers.size(); i++) {
            if (scores.get(i) != null) {
                long after = scores.get(i).longValue() - ahead.getOrDefault(movers.get(i), 0L);
                long before = after - deltas.get(movers.get(i));
                scored.add(movers.get(i));
                ranges.add(new long[] {before - slack, after + slack, after, before});
            }
        }
        List<List<Tuple>> rivals = boards.between(key, ranges, 50);
        List<String[]> passes = new ArrayList<>(); // mover, rival, gap
        List<Double> rivalScores = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            String member = scored.get(i);
            long after = ranges.get(i)[2];
            long before = ranges.get(i)[3];
            for (Tuple rival : rivals.get(i)) {
                long rivalNow = (long) rival.getScore() - ahead.getOrDefault(rival.getElement(), 0L);
                long rivalBefore = rivalNow - deltas.getOrDefault(rival.getElement(), 0L);
                if (!rival.getElement().equals(member) && rivalNow < after && rivalBefore > 0
                        && rivalBefore >= before) {
                    String gap = "revenue".equals(metric)
                            ? ProjectionPlan.fromRevenueUnits(after - rivalNow)
                            .setScale(org.currency().getDefaultFractionDigits(), java.math.RoundingMode.HALF_EVEN)
                            .toPlainString() + " " + org.currency().getCurrencyCode()
                            : Long.toString(after - rivalNow);
                    passes.add(new String[] {member, rival.getElement(), gap});
                    rivalScores.add(rival.getScore());
                }
            }
        }
        List<Long> above = boards.countsAbove(key, rivalScores);
        List<Overtake> out = new ArrayList<>(passes.size());
        for (int i = 0; i < passes.size(); i++) {
            out.add(new Overtake(LeaderboardKeys.userId(passes.get(i)[1]), LeaderboardKeys.userId(passes.get(i)[0]),
                    above.get(i) + 1, passes.get(i)[2]));
        }
        return out;
    }
}
