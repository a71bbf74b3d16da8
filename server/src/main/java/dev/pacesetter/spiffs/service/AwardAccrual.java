package dev.pacesetter.spiffs.service;

import dev.pacesetter.activity.LedgerEntry;
import dev.pacesetter.comp.Money;
import dev.pacesetter.content.NudgeKind;
import dev.pacesetter.identity.IdentityService;
import dev.pacesetter.identity.OrgView;
import dev.pacesetter.nudges.NudgeOutbox;
import dev.pacesetter.spiffs.Award;
import dev.pacesetter.spiffs.AwardRules;
import dev.pacesetter.spiffs.AwardStatus;
import dev.pacesetter.spiffs.Outcome;
import dev.pacesetter.spiffs.Progress;
import dev.pacesetter.spiffs.Reconciliation;
import dev.pacesetter.spiffs.Rep;
import dev.pacesetter.spiffs.SpiffActivity;
import dev.pacesetter.spiffs.SpiffProgram;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Recomputes one program's awards from the ledger and reconciles them with the stored ones, in one
 * transaction holding the program row's lock: exactly once per ledger position across instances
 * (the loser of the lock finds the checkpoint at the head and stops), and idempotent (a stored
 * award equal to the computed one is left alone), so replays cannot double-award. Nudges are
 * written in the same transaction.
 */
@ApplicationScoped
class AwardAccrual {
    static final String ACTIVE = "ACTIVE";

    @PersistenceContext(unitName = "pacesetter")
    EntityManager em;

    @Inject
    LedgerFold fold;

    @Inject
    IdentityService identity;

    @Inject
    NudgeOutbox outbox;

    @Inject
    SpiffAudit audit;

    @Inject
    Clock clock;

    /** Recomputes when the ledger moved past the program's checkpoint, or always when {@code force}. */
    @Transactional
    void recompute(long programId, boolean force) {
        SpiffProgramRow row = em.find(SpiffProgramRow.class, programId, LockModeType.PESSIMISTIC_WRITE);
        if (row == null || !ACTIVE.equals(row.status)) {
            return;
        }
        if (!force && row.checkpoint >= fold.head(row.orgId)) {
            return;
        }
        recomputeHeld(row);
    }

    /**
     * Recomputes a program whose row this transaction already holds (just created, or locked by the
     * caller). Locking it a second time could go through another pooled connection and wait on itself.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void recomputeHeld(SpiffProgramRow row) {
        if (!ACTIVE.equals(row.status)) {
            return;
        }
        OrgView org = identity.organisation(row.orgId);
        SpiffProgram program = SpiffCodec.program(row.id, SpiffCodec.definition(row.definition), org);
        LedgerFold.Folded folded = fold.from(row.orgId, program.start());
        Map<Long, SpiffAwardRow> stored = new HashMap<>();
        em.createQuery("select a from SpiffAwardRow a where a.programId = :p", SpiffAwardRow.class)
                .setParameter("p", row.id).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().forEach(a -> stored.put(a.sourceId, a));
        // A rejected award's activity no longer counts, so the budget it held goes to the next in
        // qualifying order (a rejection triggers a recompute right after it commits).
        List<SpiffActivity> counted = folded.activities().stream()
                .filter(a -> !rejected(stored.get(a.sourceId()))).toList();
        Outcome outcome = AwardRules.compute(program, counted, reps(org.id(), counted));
        Map<Long, Award> computed = new HashMap<>();
        outcome.awards().forEach(a -> computed.put(a.sourceId(), a));
        Set<Long> sources = new TreeSet<>(stored.keySet());
        sources.addAll(computed.keySet());
        for (long source : sources) {
            reconcile(program, row, stored.get(source), computed.get(source), folded.originals().get(source));
        }
        nudgeTheNearlyThere(program, org, outcome);
        row.checkpoint = folded.head();
    }

    private void reconcile(SpiffProgram program, SpiffProgramRow programRow, SpiffAwardRow row, Award award,
                           LedgerEntry source) {
        Currency currency = program.currency();
        Reconciliation.Stored stored = row == null ? null : new Reconciliation.Stored(AwardStatus.valueOf(row.status),
                new Money(row.amount, currency), new Money(row.clawback, currency), row.paidAt != null);
        Reconciliation.Next next = Reconciliation.decide(stored, award == null ? null : award.amount());
        if (next == null || !next.changed()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<String, Object> before = row == null ? null : AwardViews.snapshot(row);
        if (row == null) {
            row = new SpiffAwardRow();
            row.orgId = programRow.orgId;
            row.programId = programRow.id;
            row.userId = award.userId();
            row.sourceId = award.sourceId();
            row.currency = currency.getCurrencyCode();
            em.persist(row);
        }
        String was = row.status;
        row.status = next.status().name();
        row.amount = next.amount().amount();
        row.clawback = next.clawback().amount();
        if (award != null && next.status() == AwardStatus.ACCRUED) {
            row.qualifiedAt = award.qualifiedAt().atOffset(ZoneOffset.UTC);
            row.reduced = award.reduced();
            row.explanation = award.explanation();
        } else if (next.status() == AwardStatus.CLAWED_BACK && !next.status().name().equals(was)) {
            row.explanation = row.explanation + "; clawed back: the activity no longer qualifies (reversed, reduced "
                    + "below the minimum, or displaced from the budget by an earlier one)";
        }
        row.updatedAt = now;
        em.flush();
        if (!row.status.equals(was)) {
            AwardSteps.add(em, row.id, row.status, null, now, null);
        }
        audit.record(row.orgId, null, "AWARD", row.id, was == null ? "ACCRUED" : "RECOMPUTED", before,
                AwardViews.snapshot(row));
        if (was == null || (AwardStatus.ACCRUED.name().equals(row.status) && !row.status.equals(was))) {
            outbox.enqueue(new NudgeOutbox.Nudge(row.orgId, row.userId, NudgeKind.SPIFF_EARNED, Map.of(
                    "spiffName", program.name(), "amount", next.amount().format(),
                    "dealName", dealName(source), "spiffId", Long.toString(program.id())),
                    null, "spiff-earned:" + row.id + ":" + row.updatedAt.toEpochSecond()));
        }
    }

    /** CLOSE_TO_SPIFF once per rep and next award, only where a threshold exists (every N units) and the window is open. */
    private void nudgeTheNearlyThere(SpiffProgram program, OrgView org, Outcome outcome) {
        if (program.reward().unitsPerReward() < 2 || !clock.instant().isBefore(program.end())) {
            return;
        }
        for (Progress p : outcome.progress().values()) {
            if (!p.oneAway()) {
                continue;
            }
            String reward = p.nextReward() != null ? p.nextReward().format()
                    : program.reward().percent().stripTrailingZeros().toPlainString() + "% of the deal";
            outbox.enqueue(new NudgeOutbox.Nudge(org.id(), p.userId(), NudgeKind.CLOSE_TO_SPIFF, Map.of(
                    "spiffName", program.name(), "reward", reward,
                    "remaining", "1 " + program.qualification().unitName(),
                    "endsAt", program.end().minusSeconds(1).atZone(org.zone()).toLocalDate().toString(),
                    "spiffId", Long.toString(program.id())),
                    null, "spiff-close:" + program.id() + ":" + (p.awards() + 1)));
        }
    }

    private static boolean rejected(SpiffAwardRow row) {
        return row != null && AwardStatus.REJECTED.name().equals(row.status);
    }

    private static String dealName(LedgerEntry source) {
        if (source == null) {
            return "An activity";
        }
        String what = source.product() == null || source.product().isEmpty() ? source.type() : source.product();
        return what + " " + (source.dealId() != null ? source.dealId() : source.externalId());
    }

    private Map<Long, Rep> reps(long orgId, List<SpiffActivity> activities) {
        Map<Long, Rep> out = new HashMap<>();
        identity.users(orgId, activities.stream().map(SpiffActivity::userId).distinct().toList())
                .forEach((id, u) -> out.put(id, new Rep(id, u.salesRole(), u.teamId())));
        return out;
    }
}
