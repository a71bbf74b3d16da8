package dev.pacesetter.nudges;

import dev.pacesetter.content.NudgeCategory;
import dev.pacesetter.notifications.QuietHours;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The nudge preferences in effect for a user.
 *
 * @param pushOff      categories whose nudges are not pushed
 * @param inboxOff     categories whose nudges skip the in-app inbox
 * @param quietHours   when pushes wait, in {@code zone}; empty for none
 * @param zone         the zone of the quiet hours and of the daily cap's day
 * @param dailyPushCap pushes per local day; 0 turns push off
 * @param source       where they come from
 */
public record Preferences(Set<NudgeCategory> pushOff, Set<NudgeCategory> inboxOff, Optional<QuietHours> quietHours,
                          ZoneId zone, int dailyPushCap, Source source) {
    /** Used when neither the user nor the organisation stored any. */
    public static final int DEFAULT_DAILY_PUSH_CAP = 8;
    public static final int MAX_DAILY_PUSH_CAP = 100;

    /** Where preferences come from. */
    public enum Source { USER, ORGANISATION, DEFAULT }

    public Preferences {
        pushOff = pushOff.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(pushOff));
        inboxOff = inboxOff.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(inboxOff));
        Objects.requireNonNull(quietHours, "quietHours");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(source, "source");
        if (dailyPushCap < 0 || dailyPushCap > MAX_DAILY_PUSH_CAP) {
            throw new IllegalArgumentException("dailyPushCap must be between 0 and " + MAX_DAILY_PUSH_CAP);
        }
        quietHours.ifPresent(q -> {
            if (!q.zone().equals(zone)) {
                throw new IllegalArgumentException("quiet hours must be in the preferences' zone");
            }
        });
    }

    /** Everything on, no quiet hours, the default cap. */
    public static Preferences defaults(ZoneId zone) {
        return new Preferences(Set.of(), Set.of(), Optional.empty(), zone, DEFAULT_DAILY_PUSH_CAP, Source.DEFAULT);
    }

    boolean wantsPush(NudgeCategory category) {
        return dailyPushCap > 0 && !pushOff.contains(category);
    }

    boolean wantsInbox(NudgeCategory category) {
        return !inboxOff.contains(category);
    }
}
