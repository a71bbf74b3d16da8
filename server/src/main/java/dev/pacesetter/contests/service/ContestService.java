package dev.pacesetter.contests.service;

import dev.pacesetter.api.model.ContestKind;
import dev.pacesetter.api.model.NewContest;
import dev.pacesetter.contests.Contest;
import dev.pacesetter.contests.ContestDefinition;
import dev.pacesetter.contests.ContestLifecycle;
import dev.pacesetter.contests.ContestStatus;
import dev.pacesetter.contests.IllegalTransitionException;
import dev.pacesetter.contests.LifecycleAction;
import dev.pacesetter.contests.PrizeAward;
import dev.pacesetter.contests.Standings;
import dev.pacesetter.contests.Transition;
import dev.pacesetter.identity.IdentityService;
import dev.pacesetter.identity.OrgView;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.platform.Caller;
import dev.pacesetter.platform.FieldProblem;
import dev.pacesetter.platform.ProblemException;
import dev.pacesetter.platform.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The contest use cases: create, read, list, take a lifecycle step, opt in, read discrepancies. */
@ApplicationScoped
public class ContestService {

    @Inject
    ContestStore store;

    @Inject
    ContestLoader loader;

    @Inject
    ContestAccess access;

    @Inject
    RecentContests recent;

    @Inject
    IdentityService identity;

    @Inject
    StandingsService standings;

    @Inject
    Clock clock;

    @Inject
    Event<ContestChanged> changed;

    @Inject
    Event<ContestStepped> stepEvents;

    @Inject
    ContestSeries series;

    /** A page of contests and the cursor of the next one (null on the last). */
    record Page(List<LoadedContest> items, Long nextBeforeId) {
    }

    @Transactional
    LoadedContest create(Caller caller, NewContest in) {
        if (in.getKind() == ContestKind.HEAD_TO_HEAD && in.getChallengerId() == null) {
            in.setChallengerId(caller.userId());
        }
        access.checkCreate(caller, in);
        OrgView org = identity.organisation(caller.orgId());
        ContestDefinition definition = DefinitionMapper.toDefinition(in, org.zone(), org.currency());
        if (definition.format().kind() instanceof dev.pacesetter.contests.ContestKind.HeadToHead duel) {
            identity.user(caller.orgId(), Long.parseLong(duel.opponent()));
        }
        Instant now = clock.instant();
        ContestRow row = new ContestRow();
        row.orgId = caller.orgId();
        row.name = definition.title().name();
        row.kind = in.getKind().name();
        row.status = ContestStatus.DRAFT.name();
        row.startsAt = ContestStore.utc(definition.schedule().start());
        row.endsAt = ContestStore.utc(definition.schedule().end());
        row.nextDueAt = ContestLifecycle.nextDueAt(Contest.draft(definition)).map(ContestStore::utc).orElse(null);
        row.definition = LoadedContest.json(in);
        row.createdBy = caller.userId();
        row.createdAt = ContestStore.utc(now);
        store.insert(row);
        return new LoadedContest(row, in, Contest.draft(definition), Set.of());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    LoadedContest get(Caller caller, long contestId) {
        caller.require(Role.REP, Role.MANAGER, Role.ADMIN, Role.ASSISTANT);
        LoadedContest c = store.find(caller.orgId(), contestId).map(loader::load)
                .orElseThrow(() -> ProblemException.notFound("Contest " + contestId));
        if (!access.canSee(caller, c)) {
            throw ProblemException.notFound("Contest " + contestId);
        }
        return c;
    }

    /**
     * Like {@link #get}, but the contest as loaded at most {@link RecentContests#RECENT} ago (see there):
     * for standings reads. Roles and visibility are checked for this caller as in {@link #get}.
     */
    LoadedContest recent(Caller caller, long contestId) {
        caller.require(Role.REP, Role.MANAGER, Role.ADMIN, Role.ASSISTANT);
        LoadedContest c = recent.find(caller.orgId(), contestId)
                .orElseThrow(() -> ProblemException.notFound("Contest " + contestId));
        if (!access.canSee(caller, c)) {
            throw ProblemException.notFound("Contest " + contestId);
        }
        return c;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Page list(Caller caller, ContestStatus status, long beforeId, int limit) {
        caller.require(Role.REP, Role.MANAGER, Role.ADMIN, Role.ASSISTANT);
        List<LoadedContest> out = new ArrayList<>();
        long before = beforeId;
        while (out.size() < limit) {
            List<ContestRow> rows = store.page(caller.orgId(), status, before, limit);
            if (rows.isEmpty()) {
                return new Page(out, null);
            }
            for (ContestRow row : rows) {
                before = row.id;
                LoadedContest c = loader.load(row);
                if (access.canSee(caller, c)) {
                    out.add(c);
                    if (out.size() == limit) {
                        return new Page(out, row.id);
                    }
                }
            }
        }
        return new Page(out, null);
    }

    @Transactional
    LoadedContest act(Caller caller, long contestId, LifecycleAction action) {
        caller.require(Role.ADMIN, Role.MANAGER, Role.REP);
        ContestRow row = store.lock(caller.orgId(), contestId)
                .orElseThrow(() -> ProblemException.notFound("Contest " + contestId));
        LoadedContest c = loader.load(row);
        if (!access.canSee(caller, c)) {
            throw ProblemException.notFound("Contest " + contestId);
        }
        if (action == LifecycleAction.ACCEPT_CHALLENGE || action == LifecycleAction.DECLINE_CHALLENGE) {
            if (c.definition().format().kind() instanceof dev.pacesetter.contests.ContestKind.HeadToHead duel
                    && !duel.opponent().equals(String.valueOf(caller.userId()))) {
                throw ProblemException.forbidden("Only the challenged opponent may answer a challenge.");
            }
        } else {
            access.checkOrganiser(caller, c);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (action == LifecycleAction.END && now.isBefore(c.definition().schedule().end())
                && c.contest().status() == ContestStatus.LIVE) {
            Standings live = standings.ranked(c).individuals();
            if (!PrizeAward.allPrizesTaken(c.definition(), live)) {
                throw illegal(c.contest().status(), "cannot END a LIVE contest before " + c.definition().schedule().end()
                        + " unless it is a race to target that ends when its prizes are taken and they are");
            }
        }
        Contest after;
        try {
            after = ContestLifecycle.apply(c.contest(), action, String.valueOf(caller.userId()), now);
        } catch (IllegalTransitionException e) {
            throw illegal(e.status(), e.reason());
        }
        LoadedContest stepped = record(c, after);
        changed.fire(new ContestChanged(c.orgId(), c.id()));
        return stepped;
    }

    /**
     * Takes steps on behalf of their actors at the given (past) instants: only for seeding demo data,
     * where a challenge must have been accepted before a start that already passed.
     */
    @Transactional
    void replay(long orgId, long contestId, List<Transition> steps) {
        ContestRow row = store.lock(orgId, contestId).orElseThrow(() -> ProblemException.notFound("Contest " + contestId));
        LoadedContest c = loader.load(row);
        Contest after = c.contest();
        for (Transition step : steps) {
            after = ContestLifecycle.apply(after, step.action(), step.by(), step.at().truncatedTo(ChronoUnit.MICROS));
        }
        record(c, after);
        changed.fire(new ContestChanged(orgId, contestId));
    }

    /** The period opened after a recurring contest's period, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    Optional<Long> nextPeriod(long contestId) {
        return store.nextPeriod(contestId);
    }

    /** Stores the steps a contest took since it was loaded, its state and when it is next due. */
    LoadedContest record(LoadedContest before, Contest after) {
        List<Transition> history = after.history();
        for (int i = before.contest().history().size(); i < history.size(); i++) {
            store.addStep(before.id(), i, history.get(i));
            stepEvents.fire(new ContestStepped(before.orgId(), before.id(), history.get(i)));
        }
        ContestRow row = before.row();
        row.status = after.status().name();
        row.nextDueAt = ContestLifecycle.nextDueAt(after).map(ContestStore::utc).orElse(null);
        LoadedContest recorded = new LoadedContest(row, before.request(), after, before.optIns());
        if (after.status() == ContestStatus.ENDED && before.contest().status() != ContestStatus.ENDED) {
            series.openNext(recorded, history.getLast().at()); // a recurring contest's next period
        }
        return recorded;
    }

    @Transactional
    LoadedContest optIn(Caller caller, long contestId) {
        caller.require(Role.REP, Role.MANAGER, Role.ADMIN);
        ContestRow row = store.lock(caller.orgId(), contestId)
                .orElseThrow(() -> ProblemException.notFound("Contest " + contestId));
        LoadedContest c = loader.load(row);
        if (!access.canSee(caller, c)) {
            throw ProblemException.notFound("Contest " + contestId);
        }
        if (!c.definition().participation().optIn()) {
            throw ProblemException.conflict("Contest " + contestId + " enters everyone eligible; there is nothing to opt into.");
        }
        ContestStatus status = c.contest().status();
        if (status != ContestStatus.DRAFT && status != ContestStatus.SCHEDULED && status != ContestStatus.LIVE) {
            throw illegal(status, "opting in is closed once a contest is " + status);
        }
        UserView me = identity.user(caller.orgId(), caller.userId());
        Set<String> teams = me.teamId() == null ? Set.of() : Set.of(String.valueOf(me.teamId()));
        if (!c.definition().participation().admits(String.valueOf(me.id()), ContestAccess.roleNames(me), teams, true)) {
            throw ProblemException.forbidden("You are not eligible for contest " + contestId + ".");
        }
        if (c.optIns().contains(me.id())) {
            return c;
        }
        store.optIn(c.id(), me.id(), clock.instant());
        Set<Long> optIns = new java.util.HashSet<>(c.optIns());
        optIns.add(me.id());
        changed.fire(new ContestChanged(c.orgId(), c.id()));
        return new LoadedContest(c.row(), c.request(), c.contest(), optIns);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    List<DiscrepancyRow> discrepancies(Caller caller, long contestId) {
        caller.require(Role.ADMIN);
        LoadedContest c = get(caller, contestId);
        return store.discrepancies(c.id());
    }

    static ProblemException illegal(ContestStatus status, String reason) {
        return new ProblemException(409, "illegal-transition", "Illegal contest transition",
                "The contest is " + status + ": " + reason, List.of(new FieldProblem("status", reason, null)));
    }
}
