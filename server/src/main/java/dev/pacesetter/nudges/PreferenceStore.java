package dev.pacesetter.nudges;

import dev.pacesetter.content.NudgeCategory;
import dev.pacesetter.identity.IdentityService;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.notifications.QuietHours;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stored preferences: a user's own row, else the organisation's defaults (user id 0), else
 * {@link Preferences#defaults}. The zone is the stored one, else the user's, else the organisation's.
 */
@ApplicationScoped
class PreferenceStore {

    @PersistenceContext(unitName = "pacesetter")
    EntityManager em;

    @Inject
    IdentityService identity;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    Preferences effective(long orgId, long userId) {
        UserView user = identity.user(orgId, userId);
        ZoneId userZone = user.timeZone() != null ? ZoneId.of(user.timeZone()) : identity.organisation(orgId).zone();
        Optional<PreferencesRow> own = row(orgId, userId);
        if (own.isPresent()) {
            return view(own.get(), userZone, Preferences.Source.USER);
        }
        return row(orgId, PreferencesRow.ORGANISATION)
                .map(r -> view(r, userZone, Preferences.Source.ORGANISATION))
                .orElseGet(() -> Preferences.defaults(userZone));
    }

    /** The organisation's defaults, in its zone unless they name one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    Preferences organisationDefaults(long orgId) {
        ZoneId zone = identity.organisation(orgId).zone();
        return row(orgId, PreferencesRow.ORGANISATION).map(r -> view(r, zone, Preferences.Source.ORGANISATION))
                .orElseGet(() -> Preferences.defaults(zone));
    }

    /** Stores a user's preferences ({@code userId} 0: the organisation's defaults). */
    @Transactional
    void save(long orgId, long userId, Preferences prefs, boolean storeZone) {
        PreferencesRow row = row(orgId, userId).orElseGet(() -> {
            PreferencesRow fresh = new PreferencesRow();
            fresh.orgId = orgId;
            fresh.userId = userId;
            return fresh;
        });
        row.pushOff = names(prefs.pushOff());
        row.inboxOff = names(prefs.inboxOff());
        row.quietStart = prefs.quietHours().map(q -> q.start().toString()).orElse(null);
        row.quietEnd = prefs.quietHours().map(q -> q.end().toString()).orElse(null);
        row.timeZone = storeZone ? prefs.zone().getId() : null;
        row.dailyPushCap = prefs.dailyPushCap();
        row.updatedAt = OffsetDateTime.now(clock);
        if (row.id == null) {
            em.persist(row);
        }
        em.flush();
    }

    private Optional<PreferencesRow> row(long orgId, long userId) {
        return em.createQuery("select p from PreferencesRow p where p.orgId = :org and p.userId = :user",
                        PreferencesRow.class)
                .setParameter("org", orgId).setParameter("user", userId).getResultStream().findFirst();
    }

    private static Preferences view(PreferencesRow row, ZoneId fallbackZone, Preferences.Source source) {
        ZoneId zone = row.timeZone != null ? ZoneId.of(row.timeZone) : fallbackZone;
        Optional<QuietHours> quiet = row.quietStart == null || row.quietEnd == null ? Optional.empty()
                : Optional.of(new QuietHours(zone, LocalTime.parse(row.quietStart), LocalTime.parse(row.quietEnd)));
        return new Preferences(categories(row.pushOff), categories(row.inboxOff), quiet, zone, row.dailyPushCap,
                source);
    }

    private static Set<NudgeCategory> categories(String names) {
        if (names == null || names.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(names.split(",")).map(NudgeCategory::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(NudgeCategory.class)));
    }

    private static String names(Set<NudgeCategory> categories) {
        return categories.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }
}
