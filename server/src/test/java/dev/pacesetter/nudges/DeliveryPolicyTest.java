package dev.pacesetter.nudges;

import dev.pacesetter.content.NudgeCategory;
import dev.pacesetter.content.NudgeKind;
import dev.pacesetter.notifications.QuietHours;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DeliveryPolicyTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /**
     * Columns: category push on, inbox on, quiet hours ("-" none), cap, push configured, devices,
     * pushed today, kind, created, now → expected decision.
     */
    @ParameterizedTest(name = "[{index}] {10}")
    @CsvSource(delimiter = '|', textBlock = """
            # everything allowed: inbox and push (14:00 New York = 19:00Z on Monday 2026-11-23)
            true  | true  | -           | 8 | true  | 1 | 0 | OVERTAKEN | 2026-11-23T19:00:00Z | 2026-11-23T19:00:10Z | Send(true,true)
            # push switched off for the category: inbox only, still SENT
            false | true  | -           | 8 | true  | 1 | 0 | OVERTAKEN | 2026-11-23T19:00:00Z | 2026-11-23T19:00:10Z | Send(true,false)
            # both off: nothing to deliver
            false | false | -           | 8 | true  | 1 | 0 | OVERTAKEN | 2026-11-23T19:00:00Z | 2026-11-23T19:00:10Z | Suppress(false)
            # a cap of 0 means push off
            true  | true  | -           | 0 | true  | 1 | 0 | OVERTAKEN | 2026-11-23T19:00:00Z | 2026-11-23T19:00:10Z | Send(true,false)
            # no Firebase configured, or no device: inbox only
            true  | true  | -           | 8 | false | 1 | 0 | OVERTAKEN | 2026-11-23T19:00:00Z | 2026-11-23T19:00:10Z | Send(true,false)
            true  | true  | -           | 8 | true  | 0 | 0 | OVERTAKEN | 2026-11-23T19:00:00Z | 2026-11-23T19:00:10Z | Send(true,false)
            # no device and inbox off: nothing reaches the user
            true  | false | -           | 8 | true  | 0 | 0 | OVERTAKEN | 2026-11-23T19:00:00Z | 2026-11-23T19:00:10Z | Suppress(false)
            # 23:00 New York inside 22:00-07:00: an announcement waits until 07:00 (12:00Z)
            true  | true  | 22:00-07:00 | 8 | true  | 1 | 0 | MANAGER_ANNOUNCEMENT | 2026-11-24T04:00:00Z | 2026-11-24T04:00:00Z | Defer(2026-11-24T12:00:00Z)
            # the same for rank news, which is stale after 2 hours: the push is dropped, the inbox kept
            true  | true  | 22:00-07:00 | 8 | true  | 1 | 0 | OVERTAKEN | 2026-11-24T04:00:00Z | 2026-11-24T04:00:00Z | Suppress(true)
            # 06:30 New York, rank news deferred only 30 minutes: still fresh, so deferred
            true  | true  | 22:00-07:00 | 8 | true  | 1 | 0 | OVERTAKEN | 2026-11-24T11:30:00Z | 2026-11-24T11:30:00Z | Defer(2026-11-24T12:00:00Z)
            # quiet hours do not hold an inbox-only nudge
            false | true  | 22:00-07:00 | 8 | true  | 1 | 0 | OVERTAKEN | 2026-11-24T04:00:00Z | 2026-11-24T04:00:00Z | Send(true,false)
            # released after quiet hours but already 3 hours old: stale
            true  | true  | -           | 8 | true  | 1 | 0 | OVERTAKEN | 2026-11-23T16:00:00Z | 2026-11-23T19:00:00Z | Suppress(true)
            # the cap: the 8th push of the day is allowed, the 9th suppressed (inbox kept)
            true  | true  | -           | 8 | true  | 1 | 7 | OVERTAKEN | 2026-11-23T19:00:00Z | 2026-11-23T19:00:10Z | Send(true,true)
            true  | true  | -           | 8 | true  | 1 | 8 | OVERTAKEN | 2026-11-23T19:00:00Z | 2026-11-23T19:00:10Z | Suppress(true)
            """)
    void decidesByPreferencesPushAvailabilityQuietHoursStalenessAndCap(
            boolean push, boolean inbox, String quiet, int cap, boolean configured, int devices, int pushedToday,
            NudgeKind kind, Instant created, Instant now, String expected) {
        NudgeCategory category = NudgeCategory.RANK_CHANGES;
        Set<NudgeCategory> pushOff = push ? Set.of() : EnumSet.of(category);
        Set<NudgeCategory> inboxOff = inbox ? Set.of() : EnumSet.of(category);
        Optional<QuietHours> hours = "-".equals(quiet) ? Optional.empty()
                : Optional.of(new QuietHours(NEW_YORK, LocalTime.parse(quiet.substring(0, 5)),
                LocalTime.parse(quiet.substring(6))));
        Preferences prefs = new Preferences(pushOff, inboxOff, hours, NEW_YORK, cap, Preferences.Source.USER);
        DeliveryPolicy.Decision decision = DeliveryPolicy.decide(prefs, kind, category, created, now,
                new DeliveryPolicy.Facts(configured, devices, pushedToday));
        assertEquals(expected, describe(decision));
    }

    private static String describe(DeliveryPolicy.Decision decision) {
        return switch (decision) {
            case DeliveryPolicy.Send(boolean inbox, boolean push, String note) -> "Send(" + inbox + "," + push + ")";
            case DeliveryPolicy.Suppress(boolean inbox, String reason) -> "Suppress(" + inbox + ")";
            case DeliveryPolicy.Defer(Instant until) -> "Defer(" + until + ")";
        };
    }
}
