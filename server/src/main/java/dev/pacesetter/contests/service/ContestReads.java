package dev.pacesetter.contests.service;

import dev.pacesetter.api.model.NewContest;
import dev.pacesetter.contests.Contest;
import dev.pacesetter.contests.ContestDefinition;
import dev.pacesetter.contests.ContestStatus;
import dev.pacesetter.contests.Standings;
import dev.pacesetter.contests.Transition;
import dev.pacesetter.identity.IdentityService;
import dev.pacesetter.identity.OrgView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Read-only facts about contests for other features (nudges), without a caller: what a contest is,
 * who is in it and where they stand. Organisation-scoped by id like the rest of the service; callers
 * are system jobs and event observers, never HTTP requests, so no role check is made here.
 */
@ApplicationScoped
public class ContestReads {

    @Inject
    ContestStore store;

    @Inject
    IdentityService identity;

    @Inject
    StandingsService standings;

    @Inject
    Entrants entrants;

    /**
     * A LIVE contest and when it ends.
     *
     * @param orgId     its organisation
     * @param contestId the contest
     * @param endsAt    its effective end (an early end counts)
     */
    public record Live(long orgId, long contestId, Instant endsAt) {
    }

    /** The contest (definition, state, history), or empty when the organisation has none with that id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Contest> contest(long orgId, long contestId) {
        return store.find(orgId, contestId).map(this::load).map(LoadedContest::contest);
    }

    /** The users known to take part before any activity: listed people, team members, opt-ins. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<Long> roster(long orgId, long contestId) {
        return store.find(orgId, contestId).map(this::load).map(entrants::roster).orElse(Set.of());
    }

    /**
     * The ranked individual standings (the members, in a team battle): live ones while the contest
     * runs, the frozen ones once it is finalised.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Standings> individuals(long orgId, long contestId) {
        return store.find(orgId, contestId).map(this::load).map(c -> standings.ranked(c).individuals());
    }

    /**
     * Like {@link ContestLoader#load}, but the state is the one the recorded history ends in: an
     * observer of {@link ContestStepped} runs after the step row is written and before the contest row's
     * status is updated, and must see the contest as of the step.
     */
    private LoadedContest load(ContestRow row) {
        OrgView org = identity.organisation(row.orgId);
        NewContest request = LoadedContest.parse(row.definition);
        ContestDefinition definition = DefinitionMapper.toDefinition(request, org.zone(), org.currency());
        List<Transition> history = ContestStore.transitions(store.steps(row.id));
        ContestStatus status = history.isEmpty() ? ContestStatus.valueOf(row.status) : history.getLast().to();
        return new LoadedContest(row, request, new Contest(definition, status, history), store.optIns(row.id));
    }

    /**
     * A contest that was finalised.
     *
     * @param orgId     its organisation
     * @param contestId the contest
     */
    public record Finalised(long orgId, long contestId) {
    }

    /** Every contest of every organisation finalised at or after {@code since}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Finalised> finalisedSince(Instant since) {
        return store.finalisedSince(since).stream().map(r -> new Finalised(r.orgId, r.id)).toList();
    }

    /** Every LIVE contest of every organisation. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Live> live() {
        return store.inStates(Set.of(ContestStatus.LIVE)).stream().map(this::load)
                .map(c -> new Live(c.orgId(), c.id(), c.contest().effectiveEnd())).toList();
    }
}
