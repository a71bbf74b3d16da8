package dev.pacesetter.leaderboards;

import dev.pacesetter.api.LeaderboardsApi;
import dev.pacesetter.api.model.Leaderboard;
import dev.pacesetter.api.model.LeaderboardCatalog;
import dev.pacesetter.api.model.LeaderboardEntry;
import dev.pacesetter.api.model.MyStanding;
import dev.pacesetter.api.model.RebuildResult;
import dev.pacesetter.content.ActivityCatalog;
import dev.pacesetter.identity.IdentityService;
import dev.pacesetter.identity.OrgView;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.platform.AuthFilter;
import dev.pacesetter.platform.Caller;
import dev.pacesetter.platform.Cursors;
import dev.pacesetter.platform.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Live leaderboards.
 * {@code curl -H "Authorization: Bearer $TOKEN" 'localhost:8080/v1/leaderboards/revenue?period=MONTH&around=2'}
 */
@RequestScoped
public class LeaderboardsResource implements LeaderboardsApi {

    @Context
    SecurityContext security;

    @Inject
    LeaderboardService service;

    @Inject
    Projector projector;

    @Inject
    IdentityService identity;

    @Inject
    ActivityCatalog catalog;

    @Override
    public Response listLeaderboards() {
        Caller caller = viewer();
        OrgView org = identity.organisation(caller.orgId());
        return Response.ok(new LeaderboardCatalog().metrics(catalog.metrics())
                .periods(Arrays.stream(Period.values()).map(p -> dev.pacesetter.api.model.Period.fromValue(p.name())).toList())
                .timeZone(org.zone().getId()).currency(org.currency().getCurrencyCode())).build();
    }

    @Override
    public Response getLeaderboard(String metric, dev.pacesetter.api.model.Period period, LocalDate at, String cursor,
                                   Integer limit, Integer around, Long teamId) {
        Caller caller = viewer();
        int size = Cursors.limit(limit);
        long offset = Cursors.offset(cursor);
        Period p = period == null ? Period.MONTH : Period.valueOf(period.name());
        LeaderboardService.View view = service.read(new LeaderboardService.Query(caller.orgId(), caller.subjectId(),
                metric, p, at, offset, size, around == null ? 2 : around, teamId));
        Scores scores = new Scores(metric, view.org());
        Leaderboard out = new Leaderboard().metric(metric).period(period == null
                        ? dev.pacesetter.api.model.Period.MONTH : period)
                .periodKey(view.window().label())
                .periodStart(view.window().start().atZone(view.org().zone()).toOffsetDateTime())
                .periodEnd(view.window().end().atZone(view.org().zone()).toOffsetDateTime())
                .timeZone(view.org().zone().getId()).tieRule("STANDARD_COMPETITION").total(view.total())
                .entries(entries(view.top(), view, scores))
                .around(entries(view.around(), view, scores))
                .asOfPosition(view.position());
        MyStanding me = new MyStanding().ranked(view.mine().rank() > 0);
        if (view.mine().rank() > 0) {
            me.rank(view.mine().rank()).score(scores.format(view.mine().score()))
                    .percentile(view.mine().percentile())
                    .gapToNext(view.mine().gapToNext() == null ? null : scores.format(view.mine().gapToNext()));
        }
        out.me(me);
        if (view.more()) {
            out.nextCursor(Cursors.ofOffset(offset + view.top().size()));
        }
        return Response.ok(out).build();
    }

    @Override
    public Response rebuildLeaderboards() {
        Caller caller = AuthFilter.caller(security);
        caller.require(Role.ADMIN);
        long started = System.nanoTime();
        long replayed = projector.rebuild(caller.orgId());
        return Response.ok(new RebuildResult().replayed(replayed).position(projector.position(caller.orgId()))
                .tookMillis((System.nanoTime() - started) / 1_000_000)).build();
    }

    private Caller viewer() {
        Caller caller = AuthFilter.caller(security);
        caller.require(Role.REP, Role.MANAGER, Role.ADMIN, Role.ASSISTANT);
        return caller;
    }

    private static List<LeaderboardEntry> entries(List<Standing> standings, LeaderboardService.View view,
                                                  Scores scores) {
        return standings.stream().map(s -> {
            UserView user = view.users().get(s.userId());
            return new LeaderboardEntry().rank(s.rank()).userId(s.userId())
                    .displayName(user == null ? "User " + s.userId() : user.displayName())
                    .teamId(user == null ? null : user.teamId())
                    .score(scores.format(s.score()));
        }).toList();
    }

    /** Formats raw integer scores: revenue as a decimal amount, everything else as a count. */
    private record Scores(String metric, OrgView org) {
        String format(long raw) {
            if (!"revenue".equals(metric)) {
                return Long.toString(raw);
            }
            BigDecimal amount = ProjectionPlan.fromRevenueUnits(raw).stripTrailingZeros();
            int digits = Math.max(org.currency().getDefaultFractionDigits(), Math.max(0, amount.scale()));
            return amount.setScale(digits).toPlainString();
        }
    }
}
