package dev.pacesetter.contests.service;

import dev.pacesetter.api.model.NewContest;
import dev.pacesetter.contests.Contest;
import dev.pacesetter.contests.ContestDefinition;
import dev.pacesetter.contests.ContestStatus;
import dev.pacesetter.identity.IdentityService;
import dev.pacesetter.identity.OrgView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Turns rows into {@link LoadedContest}s: parses the definition, replays the audited history. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class ContestLoader {

    @Inject
    ContestStore store;

    @Inject
    IdentityService identity;

    LoadedContest load(ContestRow row) {
        OrgView org = identity.organisation(row.orgId);
        NewContest request = LoadedContest.parse(row.definition);
        ContestDefinition definition = DefinitionMapper.toDefinition(request, org.zone(), org.currency());
        Contest contest = new Contest(definition, ContestStatus.valueOf(row.status),
                ContestStore.transitions(store.steps(row.id)));
        return new LoadedContest(row, request, contest, store.optIns(row.id));
    }
}
