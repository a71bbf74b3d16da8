package dev.pacesetter.comp.service;

import dev.pacesetter.activity.LedgerAppended;
import dev.pacesetter.activity.LedgerEntry;
import dev.pacesetter.activity.LedgerReader;
import dev.pacesetter.comp.CompPeriod;
import dev.pacesetter.comp.CompPlan;
import dev.pacesetter.comp.CompRuleException;
import dev.pacesetter.comp.Compensation;
import dev.pacesetter.comp.NextTier;
import dev.pacesetter.comp.Quota;
import dev.pacesetter.comp.Statement;
import dev.pacesetter.content.NudgeKind;
import dev.pacesetter.identity.IdentityService;
import dev.pacesetter.identity.OrgView;
import dev.pacesetter.nudges.NudgeOutbox;
import dev.pacesetter.platform.Workers;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * CLOSE_TO_NEXT_TIER: "USD 2,000.00 more in 2026-11 lifts your commission rate to 12%". For each rep
 * who just won a deal credited in the running period, on a plan with a quota for it, the live
 * statement is computed with the statement engine, and every rate table whose next tier is within
 * {@code pacesetter.comp.next-tier-within-percent} % of quota (default 10) is announced once per rep,
 * period, component and tier (the outbox's dedupe key), however many deals follow.
 * <p>
 * It runs after the ingest commits, on one worker thread of its own (events in commit order, ingest
 * latency unchanged), and enqueues in a transaction of its own: inside the ingest transaction the
 * new ledger rows (written on the ledger's own connection) are not visible to the statement reads,
 * so the statement could not see the deal that caused the nudge. The cost is that a crash between
 * the two commits loses the nudge; the dedupe key makes a repeat harmless. Only the batch's own entries are looked at (those received at
 * its instant); a batch of more than {@link #MAX_BATCH} entries is an import, not news, and is
 * skipped. Nothing here fails the ingest: errors are logged.
 */
@ApplicationScoped
class TierWatch {
    private static final Logger LOG = Logger.getLogger(TierWatch.class.getName());
    static final int MAX_BATCH = 50;

    @Inject
    LedgerReader ledger;

    @Inject
    IdentityService identity;

    @Inject
    PlanService plans;

    @Inject
    QuotaService quotas;

    @Inject
    StatementService statements;

    @Inject
    NudgeOutbox outbox;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "pacesetter.comp.next-tier-within-percent", defaultValue = "10")
    BigDecimal withinPercent;

    private ExecutorService worker;

    void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
        worker = Workers.daemon("comp-next-tier");
    }

    @PreDestroy
    void stop() {
        if (worker != null) {
            worker.shutdownNow();
        }
    }

    void onAppended(@Observes(during = TransactionPhase.AFTER_SUCCESS) LedgerAppended event) {
        if (worker == null) {
            return;
        }
        worker.execute(() -> {
            try {
                look(event);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "next-tier check after ledger position " + event.position()
                        + " of organisation " + event.orgId() + " failed", e);
            }
        });
    }

    private void look(LedgerAppended event) {
        // The newest MAX_BATCH + 1 entries up to the event's position, newest first.
        List<LedgerEntry> newest = ledger.range(event.orgId(), Math.max(0, event.position() - (MAX_BATCH + 1)),
                event.position()).reversed();
        if (newest.isEmpty() || newest.getFirst().position() != event.position()) {
            return;
        }
        // The latest credited instant of each rep's new deals: only a deal of the running period is news.
        Map<Long, Instant> reps = new LinkedHashMap<>();
        int batch = 0;
        for (LedgerEntry e : newest) {
            if (!e.receivedAt().equals(newest.getFirst().receivedAt())) {
                break;
            }
            batch++;
            if ("DEAL_WON".equals(e.type()) && e.correctsId() == null) {
                reps.merge(e.userId(), e.creditedAt(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        if (batch > MAX_BATCH) {
            return;
        }
        OrgView org = identity.organisation(event.orgId());
        LocalDate today = LocalDate.now(clock.withZone(org.zone()));
        reps.forEach((rep, credited) -> check(org, rep, today, credited));
    }

    private void check(OrgView org, long userId, LocalDate today, Instant credited) {
        Optional<CompPlan> plan = plans.planFor(org.id(), userId, today);
        if (plan.isEmpty()) {
            return;
        }
        CompPeriod period = CompPeriod.containing(plan.get().periodKind(), today);
        Optional<Quota> quota = quotas.engineQuota(org.id(), userId, period);
        if (quota.isEmpty() || !plan.get().effective().covers(period)
                || credited.isBefore(Periods.start(period, org.zone())) || !credited.isBefore(Periods.end(period, org.zone()))) {
            return;
        }
        try {
            Statement statement = Compensation.statement(statements.input(org, userId, period, plan.get()), List.of());
            for (NextTier next : NextTier.within(plan.get(), statement.attainment().creditedRevenue(),
                    quota.get().amount(), withinPercent)) {
                outbox.enqueue(new NudgeOutbox.Nudge(org.id(), userId, NudgeKind.CLOSE_TO_NEXT_TIER, Map.of(
                        "tierName", next.tierName(), "remaining", next.remaining().format(), "newRate", next.rate(),
                        "periodName", period.label()), null,
                        "next-tier:" + period.label() + ":" + next.componentId() + ":" + next.tierNumber()));
            }
        } catch (CompRuleException e) {
            LOG.log(Level.WARNING, "next-tier check of user " + userId + " skipped: " + e.getMessage());
        }
    }
}
