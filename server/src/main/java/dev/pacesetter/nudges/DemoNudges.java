package dev.pacesetter.nudges;

import dev.pacesetter.content.NudgeCategory;
import dev.pacesetter.content.NudgeKind;
import dev.pacesetter.demo.DemoSeeded;
import dev.pacesetter.demo.DemoSeeder;
import dev.pacesetter.identity.IdentityService;
import dev.pacesetter.notifications.QuietHours;
import dev.pacesetter.platform.Caller;
import dev.pacesetter.platform.Role;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import java.time.Clock;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Demo data for nudges: organisation defaults (quiet 21:00–07:30, digests inbox-only, 8 pushes a
 * day), a real morning digest and a sample overtake for the demo rep through the real outbox, so their inbox is
 * not empty at once; contest nudges come from the real triggers.
 */
@ApplicationScoped
class DemoNudges {

    @Inject
    DemoSeeder demo;

    @Inject
    IdentityService identity;

    @Inject
    PreferenceStore preferences;

    @Inject
    AnnouncementService announcements;

    @Inject
    NudgeOutbox outbox;

    @Inject
    DigestJob digests;

    @Inject
    Clock clock;

    // After the other features' demo observers (default priority APPLICATION + 500): the digest counts
    // the demo contests, which must exist by then.
    void onSeeded(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) DemoSeeded event) {
        long orgId = event.orgId();
        var zone = identity.organisation(orgId).zone();
        preferences.save(orgId, PreferencesRow.ORGANISATION, new Preferences(EnumSet.of(NudgeCategory.DIGESTS),
                Set.of(), Optional.of(new QuietHours(zone, LocalTime.of(21, 0), LocalTime.of(7, 30))), zone,
                Preferences.DEFAULT_DAILY_PUSH_CAP, Preferences.Source.ORGANISATION), false);
        DemoSeeder.Login rep = login(Role.REP);
        DemoSeeder.Login manager = login(Role.MANAGER);
        announcements.announce(new Caller(orgId, manager.userId(), Set.of(Role.MANAGER), null),
                "Welcome to Pacesetter", "Your live standings, contests and coaching are all in the app now.");
        // The real digest, with the seeded history's numbers (contest nudges come from the real
        // triggers as the demo contests start and their standings are projected).
        digests.makeNow(identity.user(orgId, rep.userId()), clock.instant());
        outbox.enqueue(NudgeOutbox.Nudge.of(orgId, rep.userId(), NudgeKind.OVERTAKEN,
                Map.of("rivalName", "Liam Ortiz", "contestName", "Revenue this month", "rank", "4",
                        "gap", "1200.00 USD", "contestId", "revenue-month")));
    }

    private DemoSeeder.Login login(Role role) {
        return demo.logins().stream().filter(l -> l.role() == role).findFirst().orElseThrow();
    }
}
