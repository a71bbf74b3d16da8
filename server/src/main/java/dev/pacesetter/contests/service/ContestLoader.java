package dev.pacesetter.contests.service;

import dev.pacesetter.api.model.NewContest;
import dev.pacesetter.contests.Contest;
import dev.pacesetter.contests.ContestDefinition;
import dev.pacesetter.contests.ContestStatus;
import dev.pacesetter.contests.Transition;
import dev.pacesetter.identity.IdentityService;
import dev.pacesetter.identity.OrgView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/** Turns rows into {@link LoadedContest}s: parses the definition, replays the audited history. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class ContestLoader {

    @Inject
    ContestStore store;

    @Inject
    IdentityService identity;

    /**
     * Loads the contest as of one committed state. The row and its steps are two reads; a lifecycle step
     * committed between them (the scheduler or the race-ends-itself rule, on another thread) would pair
     * the old status with the new history. Each step writes both in one transaction, so reading both
     * again after such a race sees them agree.
     */
    LoadedContest load(ContestRow row) {
        OrgView org = identity.organisation(row.orgId);
        NewContest request = LoadedContest.parse(row.definition);
        ContestDefinition definition = DefinitionMapper.toDefinition(request, org.zone(), org.currency());
        ContestRow current = row;
        List<Transition> history = ContestStore.transitions(store.steps(current.id));
        for (int attempt = 0; attempt < RE_READS && !agrees(current, history); attempt++) {
            current = store.reread(current.id);
            history = ContestStore.transitions(store.steps(current.id));
        }
        Contest contest = new Contest(definition, ContestStatus.valueOf(current.status), history);
        return new LoadedContest(current, request, contest, store.optIns(current.id));
    }

    private static final int RE_READS = 5;

    private static boolean agrees(ContestRow row, List<Transition> history) {
        ContestStatus ends = history.isEmpty() ? ContestStatus.DRAFT : history.getLast().to();
        return ends.name().equals(row.status);
    }
}
