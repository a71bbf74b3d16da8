package dev.pacesetter.nudges;

import dev.pacesetter.content.NudgeKind;
import dev.pacesetter.contests.Contest;
import dev.pacesetter.contests.ContestDefinition;
import dev.pacesetter.contests.ContestKind;
import dev.pacesetter.contests.ContestStatus;
import dev.pacesetter.contests.Standing;
import dev.pacesetter.contests.Standings;
import dev.pacesetter.contests.service.ContestReads;
import dev.pacesetter.contests.service.ContestStandingsChanged;
import dev.pacesetter.contests.service.ContestStepped;
import dev.pacesetter.identity.IdentityService;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.platform.Workers;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Contest nudges that follow the standings, on a thread of its own so the projector is never held up:
 * <ul>
 *   <li>after a standings change: PRIZE_POSITION_ENTERED and CLOSE_TO_TARGET ({@link ContestMoments}),
 *       each told once per contest, user and moment through {@link ContestMarks};</li>
 *   <li>after a finalisation committed: CONTEST_ENDED_RESULT with each entrant's frozen rank. The
 *       frozen rows are written after the FINALISED step is fired, in the same transaction, so they are
 *       read once it committed; the whole-contest mark makes a repeat (or a second instance) a no-op.
 *       An instance dying between that commit and this read would lose them, so a sweep
 *       ({@link #sweepResults}, every minute) tells any contest finalised in the last day whose
 *       results are not marked as told.</li>
 * </ul>
 * Changes of one contest queued while it waits are coalesced into one look.
 */
@ApplicationScoped
class ContestWatch {
    private static final Logger LOG = Logger.getLogger(ContestWatch.class.getName());

    @Inject
    ContestReads contests;

    @Inject
    ContestMarks marks;

    @Inject
    NudgeOutbox outbox;

    @Inject
    @ConfigProperty(name = "pacesetter.nudges.close-to-target-ratio", defaultValue = "0.9")
    String closeRatio;

    /** Fields larger than this are not kept in memory to find who passed whom (no OVERTAKEN there). */
    static final int OVERTAKE_MAX_FIELD = 10_000;

    @Inject
    IdentityService identity;

    private final Set<Long> waiting = ConcurrentHashMap.newKeySet();
    /** Each live contest's standings at the last look, to tell who was passed since. */
    private final Map<Long, Standings> previous = new ConcurrentHashMap<>();
    private ExecutorService worker;

    @PostConstruct
    void init() {
        worker = Workers.daemon("nudge-contests");
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    void onStandings(@Observes ContestStandingsChanged event) {
        if (waiting.add(event.contestId())) {
            worker.execute(() -> {
                waiting.remove(event.contestId());
                quietly(event.contestId(), () -> look(event.orgId(), event.contestId()));
            });
        }
    }

    void onFinalised(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContestStepped event) {
        if (event.step().to() == ContestStatus.FINALISED) {
            worker.execute(() -> quietly(event.contestId(), () -> results(event.orgId(), event.contestId())));
        }
    }

    /** Tells the moments of a LIVE contest's standings not told yet; returns how many. */
    int look(long orgId, long contestId) {
        Optional<Contest> contest = contests.contest(orgId, contestId);
        if (contest.isEmpty() || contest.get().status() != ContestStatus.LIVE) {
            previous.remove(contestId);
            return 0;
        }
        ContestDefinition d = contest.get().definition();
        Optional<Standings> standings = contests.individuals(orgId, contestId);
        if (standings.isEmpty()) {
            return 0;
        }
        int made = overtakes(orgId, contestId, d, standings.get());
        Set<String> told = marks.of(contestId);
        for (ContestMoments.Moment m : ContestMoments.of(d, standings.get(), new BigDecimal(closeRatio))) {
            if (told.contains(m.userId() + ":" + m.mark())) {
                continue;
            }
            Map<String, String> variables = new HashMap<>(m.variables());
            variables.put("contestName", d.title().name());
            variables.put("contestId", Long.toString(contestId));
            try {
                if (marks.once(orgId, contestId, m.userId(), m.mark(), List.of(new NudgeOutbox.Nudge(orgId, m.userId(),
                        m.kind(), variables, null, "contest:" + contestId + ":" + m.mark())))) {
                    made++;
                }
            } catch (RuntimeException e) {
                // Another instance told it at the same moment (the mark's key); once is enough.
                LOG.log(Level.FINE, "Contest moment " + m.mark() + " of user " + m.userId() + " not told: " + e);
            }
        }
        return made;
    }

    /**
     * OVERTAKEN for everyone passed since the last look at this contest (on this instance). Bursts
     * collapse into one message per contest and user; the dedupe key names the rival and their score,
     * so two instances seeing the same pass send it once.
     */
    private int overtakes(long orgId, long contestId, ContestDefinition d, Standings now) {
        if (d.format().kind() instanceof ContestKind.TeamBattle
                || now.size() > OVERTAKE_MAX_FIELD) {
            previous.remove(contestId);
            return 0;
        }
        Standings before = previous.put(contestId, now);
        if (before == null) {
            return 0;
        }
        List<ContestOvertakes.Overtake> passes = ContestOvertakes.between(before, now);
        Map<Long, UserView> rivals = identity.users(orgId,
                passes.stream().map(ContestOvertakes.Overtake::rivalId).collect(Collectors.toSet()));
        List<NudgeOutbox.Nudge> nudges = new ArrayList<>(passes.size());
        for (ContestOvertakes.Overtake o : passes) {
            long rivalScore = now.find(Long.toString(o.rivalId())).map(Standing::score).orElse(0L);
            UserView rival = rivals.get(o.rivalId());
            String name = rival != null ? rival.displayName() : identity.user(orgId, o.rivalId()).displayName();
            nudges.add(new NudgeOutbox.Nudge(orgId, o.userId(), NudgeKind.OVERTAKEN,
                    Map.of("rivalName", name,
                            "contestName", d.title().name(), "rank", Integer.toString(o.rank()),
                            "gap", ContestMoments.score(d, o.gap()), "contestId", Long.toString(contestId)),
                    "overtaken:contest:" + contestId,
                    "contest-overtaken:" + contestId + ":" + o.rivalId() + ":" + rivalScore));
        }
        outboxNudges(orgId, nudges);
        return nudges.size();
    }

    /**
     * All of a look's passes in one outbox transaction (a batch of calls passes hundreds of entrants);
     * when that fails — another instance wrote one of the same dedupe keys between our check and our
     * insert — one by one, so the others are still told.
     */
    private void outboxNudges(long orgId, List<NudgeOutbox.Nudge> nudges) {
        if (nudges.isEmpty()) {
            return;
        }
        try {
            outbox.enqueueAll(nudges);
        } catch (RuntimeException e) {
            nudges.forEach(n -> outboxNudge(orgId, n));
        }
    }

    private void outboxNudge(long orgId, NudgeOutbox.Nudge nudge) {
        try {
            outbox.enqueue(nudge);
        } catch (RuntimeException e) {
            // The same pass told by another instance (dedupe key); once is enough.
            LOG.log(Level.FINE, "Overtake nudge in organisation " + orgId + " not made: " + e.getMessage());
        }
    }

    /** How far back the results sweep looks for finalised contests. */
    static final Duration RESULTS_SWEEP = Duration.ofDays(1);

    /**
     * Tells the results of every contest finalised in the last {@link #RESULTS_SWEEP} that were not told
     * (the instance that finalised it died before it could); returns how many contests it told.
     */
    int sweepResults(Instant now) {
        int told = 0;
        for (ContestReads.Finalised f : contests.finalisedSince(now.minus(RESULTS_SWEEP))) {
            try {
                if (results(f.orgId(), f.contestId())) {
                    told++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Results of contest " + f.contestId() + " not told: " + e.getMessage(), e);
            }
        }
        return told;
    }

    /** Tells every entrant of a finalised contest their final rank; false when already told. */
    boolean results(long orgId, long contestId) {
        if (marks.has(contestId, ContestMarks.WHOLE_CONTEST, "result")) {
            return false;
        }
        Optional<Contest> contest = contests.contest(orgId, contestId);
        if (contest.isEmpty() || contest.get().status() != ContestStatus.FINALISED) {
            return false;
        }
        Standings frozen = contests.individuals(orgId, contestId).orElseThrow();
        String name = contest.get().definition().title().name();
        List<NudgeOutbox.Nudge> nudges = new ArrayList<>(frozen.size());
        for (Standing s : frozen.list()) {
            nudges.add(new NudgeOutbox.Nudge(orgId, Long.parseLong(s.entrantId()), NudgeKind.CONTEST_ENDED_RESULT,
                    Map.of("contestName", name, "rank", Integer.toString(s.rank()),
                            "participants", Integer.toString(frozen.size()), "contestId", Long.toString(contestId)),
                    null, "contest-result:" + contestId));
        }
        try {
            return marks.once(orgId, contestId, ContestMarks.WHOLE_CONTEST, "result", nudges);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Results of contest " + contestId + " told elsewhere: " + e);
            return false;
        }
    }

    private static void quietly(long contestId, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            // The database or Redis is away; the next standings change looks again.
            LOG.log(Level.WARNING, "Nudges of contest " + contestId + " skipped: " + e.getMessage(), e);
        }
    }
}
