package dev.pacesetter.nudges;

import dev.pacesetter.content.ActivityCatalog;
import dev.pacesetter.content.NudgeKind;
import dev.pacesetter.contests.ActivityKind;
import dev.pacesetter.contests.Contest;
import dev.pacesetter.contests.ContestDefinition;
import dev.pacesetter.contests.ContestStatus;
import dev.pacesetter.contests.service.ContestReads;
import dev.pacesetter.contests.service.ContestStepped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * CONTEST_STARTED to every entrant known when a contest goes LIVE. The observer is synchronous, so
 * the outbox rows join the transaction that records the step: no start without its nudges, and no
 * nudges for a start that rolled back. The dedupe key keeps a replayed step from telling twice.
 */
@ApplicationScoped
class ContestStartNudges {
    /** Times in nudge variables: language-neutral, in the contest's own zone. */
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    @Inject
    ContestReads contests;

    @Inject
    NudgeOutbox outbox;

    @Inject
    ActivityCatalog catalog;

    void onStepped(@Observes ContestStepped event) {
        if (event.step().to() != ContestStatus.LIVE) {
            return;
        }
        Optional<Contest> contest = contests.contest(event.orgId(), event.contestId());
        if (contest.isEmpty()) {
            return;
        }
        ContestDefinition d = contest.get().definition();
        Map<String, String> variables = Map.of("contestName", d.title().name(), "metricName", metricName(d),
                "endsAt", when(d.schedule().end(), d.schedule().zone()),
                "contestId", Long.toString(event.contestId()));
        for (long userId : contests.roster(event.orgId(), event.contestId())) {
            outbox.enqueue(new NudgeOutbox.Nudge(event.orgId(), userId, NudgeKind.CONTEST_STARTED, variables, null,
                    "contest-started:" + event.contestId()));
        }
    }

    /** The counted activity types' names, e.g. "Call logged, Meeting booked". */
    private String metricName(ContestDefinition d) {
        return d.metric().activityTypes().stream().map(ActivityKind::name)
                .map(code -> catalog.find(code).map(t -> t.displayName(Locale.ENGLISH)).orElse(code))
                .collect(Collectors.joining(", "));
    }

    static String when(Instant at, ZoneId zone) {
        return WHEN.format(at.atZone(zone));
    }
}
