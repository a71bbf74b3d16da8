package dev.pacesetter.nudges;

import dev.pacesetter.activity.LedgerEntry;
import dev.pacesetter.activity.LedgerReader;
import dev.pacesetter.content.NudgeKind;
import dev.pacesetter.contests.Standing;
import dev.pacesetter.contests.service.ContestReads;
import dev.pacesetter.identity.IdentityService;
import dev.pacesetter.identity.OrgView;
import dev.pacesetter.identity.TeamView;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.leaderboards.BoardRanks;
import dev.pacesetter.platform.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes the morning digest for every active rep whose local morning it is ({@link DigestSchedule}),
 * once per local day: the dedupe key {@code digest:<date>} makes a second run (or a second instance)
 * a no-op, and is checked before any number is worked out. The digest carries yesterday's results
 * from the ledger (the user's yesterday in their zone, {@link DigestNumbers}), their rank on the
 * organisation's revenue board this month and how many live contests they are in. Coaching due is
 * still 0: coaching exposes no count yet.
 */
@ApplicationScoped
class DigestJob {
    /** The organisation's main board. */
    static final String BOARD = "revenue";
    private static final Logger LOG = Logger.getLogger(DigestJob.class.getName());
    private static final int PAGE = 500;

    @Inject
    IdentityService identity;

    @Inject
    PreferenceStore preferences;

    @Inject
    NudgeOutbox outbox;

    @Inject
    LedgerReader ledger;

    @Inject
    BoardRanks boards;

    @Inject
    ContestReads contests;

    @Inject
    Instance<CoachingDue> coaching;

    int run(Instant now) {
        int made = 0;
        for (long orgId : identity.organisationIds()) {
            Map<Long, Integer> liveContests = null;
            for (TeamView team : identity.teams(orgId)) {
                for (UserView user : identity.teamMembers(orgId, team.id())) {
                    if (!user.active() || !user.roles().contains(Role.REP)) {
                        continue;
                    }
                    ZoneId zone = preferences.effective(orgId, user.id()).zone();
                    Optional<LocalDate> day = DigestSchedule.dueDay(now, zone);
                    if (day.isEmpty() || outbox.exists(orgId, user.id(), key(day.get()))) {
                        continue;
                    }
                    if (liveContests == null) {
                        liveContests = liveContests(orgId);
                    }
                    if (enqueue(user, day.get(), zone, liveContests.getOrDefault(user.id(), 0))) {
                        made++;
                    }
                }
            }
        }
        return made;
    }

    /**
     * Makes today's digest for one user now, outside the morning window (the demo seeds one so the
     * inbox shows real numbers at once); false when they already have it.
     */
    boolean makeNow(UserView user, Instant now) {
        ZoneId zone = preferences.effective(user.orgId(), user.id()).zone();
        LocalDate day = now.atZone(zone).toLocalDate();
        return !outbox.exists(user.orgId(), user.id(), key(day))
                && enqueue(user, day, zone, liveContests(user.orgId()).getOrDefault(user.id(), 0));
    }

    /** Open coaching activities due this week (today and the six days after), overdue ones included. */
    private long coachingDue(UserView user, LocalDate day) {
        return coaching.isResolvable() ? coaching.get().openDueBy(user.orgId(), user.id(), day.plusDays(6)) : 0;
    }

    private static String key(LocalDate day) {
        return "digest:" + day;
    }

    private boolean enqueue(UserView user, LocalDate day, ZoneId zone, int liveContests) {
        OrgView org = identity.organisation(user.orgId());
        DigestNumbers.Day yesterday = DigestNumbers.of(yesterday(user, day, zone), org.currency());
        Map<String, String> variables = Map.of("firstName", user.displayName().split(" ")[0],
                "yesterdayActivities", Long.toString(yesterday.activities()),
                "yesterdayPoints", Long.toString(yesterday.points()),
                "yesterdayRevenue", yesterday.revenueText(),
                "boardRank", DigestNumbers.rank(boards.monthRank(user.orgId(), user.id(), BOARD)),
                "liveContests", Integer.toString(liveContests), "coachingDue", Long.toString(coachingDue(user, day)));
        try {
            outbox.enqueue(new NudgeOutbox.Nudge(user.orgId(), user.id(), NudgeKind.MORNING_DIGEST, variables, null,
                    key(day)));
            return true;
        } catch (RuntimeException e) {
            // Another instance made it at the same moment (unique dedupe key); one digest is enough.
            LOG.log(Level.FINE, "Digest for user " + user.id() + " not made: " + e.getMessage());
            return false;
        }
    }

    /** The user's ledger entries that occurred on the day before {@code day}, in their zone. */
    private List<LedgerEntry> yesterday(UserView user, LocalDate day, ZoneId zone) {
        Instant from = day.minusDays(1).atStartOfDay(zone).toInstant();
        Instant to = day.atStartOfDay(zone).toInstant();
        LedgerReader.Filter filter = new LedgerReader.Filter(Set.of(user.id()), null, from, to);
        List<LedgerEntry> all = new ArrayList<>();
        long before = Long.MAX_VALUE;
        while (true) {
            List<LedgerEntry> page = ledger.page(user.orgId(), filter, before, PAGE);
            all.addAll(page);
            if (page.size() < PAGE) {
                return all;
            }
            before = page.getLast().position();
        }
    }

    /** How many LIVE contests each user of the organisation is an entrant of. */
    private Map<Long, Integer> liveContests(long orgId) {
        Map<Long, Integer> counts = new HashMap<>();
        for (ContestReads.Live live : contests.live()) {
            if (live.orgId() != orgId) {
                continue;
            }
            contests.individuals(orgId, live.contestId()).ifPresent(s -> {
                for (Standing standing : s.list()) {
                    counts.merge(Long.parseLong(standing.entrantId()), 1, Integer::sum);
                }
            });
        }
        return counts;
    }
}
