package dev.pacesetter.nudges;

import dev.pacesetter.content.NudgeKind;
import dev.pacesetter.identity.IdentityService;
import dev.pacesetter.identity.TeamView;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.platform.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes the morning digest for every active rep whose local morning it is ({@link DigestSchedule}),
 * once per local day: the dedupe key {@code digest:<date>} makes a second run (or a second instance)
 * a no-op. The counts are zero until contests and coaching expose theirs.
 */
@ApplicationScoped
class DigestJob {
    private static final Logger LOG = Logger.getLogger(DigestJob.class.getName());

    @Inject
    IdentityService identity;

    @Inject
    PreferenceStore preferences;

    @Inject
    NudgeOutbox outbox;

    int run(Instant now) {
        int made = 0;
        for (long orgId : identity.organisationIds()) {
            for (TeamView team : identity.teams(orgId)) {
                for (UserView user : identity.teamMembers(orgId, team.id())) {
                    if (user.active() && user.roles().contains(Role.REP) && enqueue(user, now)) {
                        made++;
                    }
                }
            }
        }
        return made;
    }

    private boolean enqueue(UserView user, Instant now) {
        Optional<LocalDate> day = DigestSchedule.dueDay(now, preferences.effective(user.orgId(), user.id()).zone());
        if (day.isEmpty()) {
            return false;
        }
        String firstName = user.displayName().split(" ")[0];
        try {
            outbox.enqueue(new NudgeOutbox.Nudge(user.orgId(), user.id(), NudgeKind.MORNING_DIGEST,
                    Map.of("firstName", firstName, "liveContests", "0", "coachingDue", "0"), null,
                    "digest:" + day.get()));
            return true;
        } catch (RuntimeException e) {
            // Another instance made it at the same moment (unique dedupe key); one digest is enough.
            LOG.log(Level.FINE, "Digest for user " + user.id() + " not made: " + e.getMessage());
            return false;
        }
    }
}
