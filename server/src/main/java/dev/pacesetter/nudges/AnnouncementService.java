package dev.pacesetter.nudges;

import dev.pacesetter.content.NudgeKind;
import dev.pacesetter.identity.IdentityService;
import dev.pacesetter.identity.TeamView;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.platform.Caller;
import dev.pacesetter.platform.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** A manager's announcement to the team they manage: stored, and one outbox row per member, atomically. */
@ApplicationScoped
class AnnouncementService {

    @PersistenceContext(unitName = "pacesetter")
    EntityManager em;

    @Inject
    IdentityService identity;

    @Inject
    NudgeOutbox outbox;

    @Inject
    Clock clock;

    @Transactional
    AnnouncementRow announce(Caller caller, String headline, String message) {
        TeamView team = identity.teamOf(caller.orgId(), caller.userId())
                .filter(t -> t.managerId() != null && t.managerId() == caller.userId())
                .orElseThrow(() -> ProblemException.invalid("team", "the caller manages no team"));
        List<UserView> recipients = identity.teamMembers(caller.orgId(), team.id()).stream()
                .filter(u -> u.active() && u.id() != caller.userId()).toList();
        UserView sender = identity.user(caller.orgId(), caller.userId());
        AnnouncementRow row = new AnnouncementRow();
        row.orgId = caller.orgId();
        row.senderId = caller.userId();
        row.headline = headline;
        row.message = message;
        row.recipients = recipients.size();
        row.createdAt = OffsetDateTime.now(clock);
        em.persist(row);
        em.flush();
        for (UserView user : recipients) {
            outbox.enqueue(NudgeOutbox.Nudge.of(caller.orgId(), user.id(), NudgeKind.MANAGER_ANNOUNCEMENT,
                    Map.of("senderName", sender.displayName(), "headline", headline, "message", message,
                            "announcementId", Long.toString(row.id))));
        }
        return row;
    }
}
