package dev.pacesetter.activity;

import dev.pacesetter.api.model.ActivityInput;
import dev.pacesetter.content.ActivityCatalog;
import dev.pacesetter.identity.IdentityService;
import dev.pacesetter.identity.OrgView;
import dev.pacesetter.platform.Caller;
import dev.pacesetter.platform.FieldProblem;
import dev.pacesetter.platform.Idempotency;
import dev.pacesetter.platform.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Appends activities to the ledger. One transaction per request: the organisation's ledger head is
 * locked first, so duplicate checks, correction state and positions are decided without races, and
 * either every accepted item is stored or (on failure) none is.
 */
@ApplicationScoped
public class LedgerService {

    @Inject
    Clock clock;

    @Inject
    IdentityService identity;

    @Inject
    ActivityCatalog catalog;

    @Inject
    LedgerStore store;

    @Inject
    Event<LedgerAppended> appended;

    /** Ingests items in request order; with {@code atomic}, one bad item rejects them all (422). */
    @Transactional
    public List<IngestOutcome> ingest(Caller caller, List<ActivityInput> items, boolean atomic) {
        OrgView org = identity.organisation(caller.orgId());
        // The database keeps microseconds; so does everything we hand back.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<ActivityRules.Checked> checked = new ArrayList<>(items.size());
        // Content hashes (for resends and conflicts) depend on the item alone: worked out before the lock too.
        String[] hashes = new String[items.size()];
        for (ActivityInput item : items) {
            ActivityRules.Checked c = ActivityRules.check(item, catalog, org.currency(), now);
            if (c.ok()) {
                hashes[checked.size()] = Idempotency.sha256(c.candidate().fingerprint());
            }
            checked.add(c);
        }
        // Users are read before the head lock: it does not lock them either, and every other ingest
        // of the organisation waits for as long as this one holds it.
        Set<Long> active = identity.activeIds(org.id(), userIdsOf(checked));
        long head = store.lockHead(org.id());
        LedgerBatch batch = new LedgerBatch(store.existing(org.id(), keysOf(checked)), active,
                store.ids(checked.size()));
        List<Decision> decisions = new ArrayList<>(items.size());
        for (int i = 0; i < checked.size(); i++) {
            ActivityRules.Checked c = checked.get(i);
            decisions.add(c.ok()
                    ? decide(i, c.candidate(), hashes[i], batch, caller, head + batch.added().size() + 1, now)
                    : new Decision(i, IngestOutcome.Status.REJECTED, null, c.problems(), false));
        }
        if (atomic && decisions.stream().anyMatch(d -> d.status() == IngestOutcome.Status.REJECTED)) {
            throw ProblemException.validation(decisions.stream()
                    .flatMap(d -> d.problems().stream().map(p -> p.at(d.index()))).toList());
        }
        if (!batch.added().isEmpty()) {
            store.append(batch.added());
            store.advanceHead(org.id(), head + batch.added().size());
            appended.fire(new LedgerAppended(org.id(), head + batch.added().size()));
        }
        return decisions.stream().map(Decision::outcome).toList();
    }

    /** One item's fate while the batch is being decided; entries get their ids as they are accepted. */
    private record Decision(int index, IngestOutcome.Status status, ActivityEntry entry,
                            List<FieldProblem> problems, boolean conflict) {
        IngestOutcome outcome() {
            return switch (status) {
                case CREATED -> IngestOutcome.created(index, entry.view());
                case DUPLICATE -> IngestOutcome.duplicate(index, entry.view());
                case REJECTED -> conflict ? IngestOutcome.conflict(index, problems.getFirst())
                        : IngestOutcome.rejected(index, problems);
            };
        }
    }

    private Decision decide(int index, ActivityRules.Candidate c, String hash, LedgerBatch batch, Caller caller,
                            long position, Instant now) {
        ActivityEntry existing = batch.find(c.source(), c.externalId());
        if (existing != null) {
            if (existing.payloadHash.equals(hash)) {
                return new Decision(index, IngestOutcome.Status.DUPLICATE, existing, List.of(), false);
            }
            return new Decision(index, IngestOutcome.Status.REJECTED, null, List.of(new FieldProblem("externalId",
                    "was already used by source '" + c.source() + "' for different content", null)), true);
        }
        if (!batch.userActive(c.userId())) {
            return rejected(index, new FieldProblem("userId", "no such active user", null));
        }
        for (int i = 0; i < c.splits().size(); i++) {
            if (!batch.userActive(c.splits().get(i).userId())) {
                return rejected(index, new FieldProblem("splits[" + i + "].userId",
                        "no such active user in the organisation", null));
            }
        }
        ActivityEntry entry = newEntry(c, caller, position, now, hash);
        if (c.isCorrection()) {
            List<FieldProblem> problems = applyCorrection(c, entry, batch);
            if (!problems.isEmpty()) {
                return new Decision(index, IngestOutcome.Status.REJECTED, null, problems, false);
            }
        }
        // The id is assigned now, so a later item of this batch may correct this one; rows are
        // written once the whole batch is decided (and not at all when an atomic batch fails).
        entry.id = batch.nextId();
        batch.add(entry);
        return new Decision(index, IngestOutcome.Status.CREATED, entry, List.of(), false);
    }

    private static Decision rejected(int index, FieldProblem problem) {
        return new Decision(index, IngestOutcome.Status.REJECTED, null, List.of(problem), false);
    }

    private List<FieldProblem> applyCorrection(ActivityRules.Candidate c, ActivityEntry entry, LedgerBatch batch) {
        ActivityEntry original = batch.find(c.correctsSource(), c.correctsExternalId());
        if (original == null) {
            original = store.find(entry.orgId, c.correctsSource(), c.correctsExternalId());
        }
        if (original == null) {
            return List.of(new FieldProblem("corrects", "no such activity in the ledger", null));
        }
        if (original.correctsId != null) {
            return List.of(new FieldProblem("corrects", "names a correction; name the original activity", null));
        }
        if (!original.type.equals(entry.type)) {
            return List.of(new FieldProblem("type", "must match the corrected activity's type, " + original.type, null));
        }
        if (original.userId != entry.userId) {
            return List.of(new FieldProblem("userId",
                    "must match the corrected activity's user, " + original.userId, null));
        }
        LedgerBatch.State state = batch.stateOf(original, store);
        if (state.count() <= 0) {
            return List.of(new FieldProblem("corrects", "the activity was already reversed", null));
        }
        entry.correctsId = original.id;
        entry.creditedAt = original.creditedAt;
        // A correction keeps its original's deal attributes, so each share is corrected as it was credited.
        entry.newLogo = original.newLogo;
        entry.splits = original.splits;
        if (c.correction() == Correction.REVERSAL) {
            entry.countDelta = -1;
            entry.amountDelta = state.amount().negate();
            entry.pointsDelta = -state.points();
        } else {
            entry.countDelta = 0;
            entry.amountDelta = c.amount().subtract(state.amount());
            entry.pointsDelta = 0;
        }
        batch.recordCorrection(original.id, entry);
        return List.of();
    }

    private ActivityEntry newEntry(ActivityRules.Candidate c, Caller caller, long position, Instant now, String hash) {
        ActivityEntry e = new ActivityEntry();
        e.orgId = caller.orgId();
        e.position = position;
        e.source = c.source();
        e.externalId = c.externalId();
        e.type = c.type().code();
        e.userId = c.userId();
        e.occurredAt = c.occurredAt().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        e.receivedAt = now.atOffset(ZoneOffset.UTC);
        e.creditedAt = e.occurredAt;
        e.amount = c.amount();
        e.currency = c.currency();
        e.product = c.product();
        e.dealId = c.dealId();
        e.correction = c.correction() == null ? null : c.correction().name();
        e.countDelta = 1;
        e.amountDelta = c.amount() == null ? BigDecimal.ZERO : c.amount();
        e.pointsDelta = c.type().defaultPoints();
        e.payloadHash = hash;
        e.ingestedBy = caller.userId();
        e.newLogo = c.newLogo() ? Boolean.TRUE : null;
        e.splits = SplitShare.encode(c.splits());
        return e;
    }

    private static Map<String, Set<String>> keysOf(List<ActivityRules.Checked> checked) {
        Map<String, Set<String>> keys = new HashMap<>();
        for (ActivityRules.Checked c : checked) {
            if (c.ok()) {
                keys.computeIfAbsent(c.candidate().source(), s -> new java.util.HashSet<>()).add(c.candidate().externalId());
                if (c.candidate().isCorrection()) {
                    keys.computeIfAbsent(c.candidate().correctsSource(), s -> new java.util.HashSet<>())
                            .add(c.candidate().correctsExternalId());
                }
            }
        }
        return keys;
    }

    private static Set<Long> userIdsOf(List<ActivityRules.Checked> checked) {
        Set<Long> ids = new java.util.HashSet<>();
        checked.stream().filter(ActivityRules.Checked::ok).forEach(c -> {
            ids.add(c.candidate().userId());
            c.candidate().splits().forEach(s -> ids.add(s.userId()));
        });
        return ids;
    }
}
