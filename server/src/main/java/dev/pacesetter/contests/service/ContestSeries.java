package dev.pacesetter.contests.service;

import dev.pacesetter.api.model.NewContest;
import dev.pacesetter.contests.Contest;
import dev.pacesetter.contests.ContestDefinition;
import dev.pacesetter.contests.ContestLifecycle;
import dev.pacesetter.contests.ContestPeriod;
import dev.pacesetter.contests.ContestStatus;
import dev.pacesetter.contests.LifecycleAction;
import dev.pacesetter.contests.Recurrence;
import dev.pacesetter.identity.IdentityService;
import dev.pacesetter.identity.OrgView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Optional;

/**
 * Recurring contests: each period is a contest of its own, opened when the period before it ends. The
 * opening runs inside the transaction that records the END step (a scheduler step claimed with
 * {@code SKIP LOCKED}, or an organiser's locked manual END), so it happens exactly once; the unique
 * {@code previous_id} column backs that up. The new period is SCHEDULED by the system and goes LIVE at
 * its start like any contest; each period is finalised on its own and stays readable by its id. Opt-ins
 * carry over from one period to the next.
 */
@ApplicationScoped
class ContestSeries {

    @Inject
    ContestStore store;

    @Inject
    IdentityService identity;

    @Inject
    ContestService contests;

    /**
     * Opens the period after {@code ended} when its definition recurs; in the caller's transaction.
     * Periods that would already be over at {@code now} (nobody ran the scheduler for that long) are
     * skipped: a contest cannot be scheduled after its end.
     *
     * @param ended a contest that has just taken its END step
     * @param now   when it did
     */
    Optional<LoadedContest> openNext(LoadedContest ended, Instant now) {
        Optional<Recurrence> rule = DefinitionMapper.recurrence(ended.request());
        if (rule.isEmpty()) {
            return Optional.empty();
        }
        OrgView org = identity.organisation(ended.orgId());
        ContestPeriod period = rule.get().next(ended.definition().schedule().end(), org.zone());
        while (!now.isBefore(period.end())) {
            period = rule.get().next(period.end(), org.zone());
        }
        NewContest in = LoadedContest.parse(ended.row().definition)
                .startsAt(ContestStore.utc(period.start())).endsAt(ContestStore.utc(period.end()));
        ContestDefinition definition = DefinitionMapper.toDefinition(in, org.zone(), org.currency());
        Contest draft = Contest.draft(definition);
        ContestRow row = new ContestRow();
        row.orgId = ended.orgId();
        row.name = definition.title().name();
        row.kind = ended.row().kind;
        row.status = ContestStatus.DRAFT.name();
        row.startsAt = ContestStore.utc(definition.schedule().start());
        row.endsAt = ContestStore.utc(definition.schedule().end());
        row.definition = LoadedContest.json(in);
        row.createdBy = ended.row().createdBy;
        row.createdAt = ContestStore.utc(now);
        row.seriesId = ended.row().seriesId != null ? ended.row().seriesId : ended.id();
        row.previousId = ended.id();
        store.insert(row);
        // Who opted into a period stays in for the next one (they can be in a series without
        // re-joining every day); the audience still decides eligibility at each read.
        for (long userId : ended.optIns()) {
            store.optIn(row.id, userId, now);
        }
        LoadedContest opened = new LoadedContest(row, in, draft, ended.optIns());
        return Optional.of(contests.record(opened,
                ContestLifecycle.apply(draft, LifecycleAction.SCHEDULE, ContestLifecycle.SYSTEM, now)));
    }
}
