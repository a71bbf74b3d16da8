package dev.pacesetter.nudges;

import dev.pacesetter.content.NudgeKind;
import dev.pacesetter.contests.Contest;
import dev.pacesetter.contests.ContestDefinition;
import dev.pacesetter.contests.Standing;
import dev.pacesetter.contests.Standings;
import dev.pacesetter.contests.service.ContestReads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * CONTEST_ENDING_SOON to every entrant of a LIVE contest that ends within the next hour, with their
 * rank and score, once per contest: the whole-contest mark is written in the transaction that
 * enqueues the nudges, so of several instances (or runs) exactly one tells.
 */
@ApplicationScoped
class EndingSoonJob {
    static final Duration AHEAD = Duration.ofHours(1);
    private static final Logger LOG = Logger.getLogger(EndingSoonJob.class.getName());
    private static final String MARK = "ending-soon";

    @Inject
    ContestReads contests;

    @Inject
    ContestMarks marks;

    /** Tells the contests now ending soon that were not told; returns how many contests it told. */
    int run(Instant now) {
        int told = 0;
        for (ContestReads.Live live : contests.live()) {
            if (live.endsAt().isAfter(now) && !live.endsAt().isAfter(now.plus(AHEAD))
                    && !marks.has(live.contestId(), ContestMarks.WHOLE_CONTEST, MARK)) {
                try {
                    if (tell(live)) {
                        told++;
                    }
                } catch (RuntimeException e) {
                    // Another instance told it at the same moment, or the database is away: next round.
                    LOG.log(Level.FINE, "Contest " + live.contestId() + " not told ending soon: " + e);
                }
            }
        }
        return told;
    }

    private boolean tell(ContestReads.Live live) {
        Optional<Contest> contest = contests.contest(live.orgId(), live.contestId());
        Optional<Standings> standings = contests.individuals(live.orgId(), live.contestId());
        if (contest.isEmpty() || standings.isEmpty()) {
            return false;
        }
        ContestDefinition d = contest.get().definition();
        String endsAt = ContestStartNudges.when(live.endsAt(), d.schedule().zone());
        List<NudgeOutbox.Nudge> nudges = new ArrayList<>();
        for (Standing s : standings.get().list()) {
            nudges.add(new NudgeOutbox.Nudge(live.orgId(), Long.parseLong(s.entrantId()), NudgeKind.CONTEST_ENDING_SOON,
                    Map.of("contestName", d.title().name(), "endsAt", endsAt, "rank", Integer.toString(s.rank()),
                            "score", ContestMoments.score(d, s.score()), "contestId", Long.toString(live.contestId())),
                    null, "contest-ending:" + live.contestId()));
        }
        return marks.once(live.orgId(), live.contestId(), ContestMarks.WHOLE_CONTEST, MARK, nudges);
    }
}
