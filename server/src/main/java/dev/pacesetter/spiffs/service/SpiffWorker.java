package dev.pacesetter.spiffs.service;

import dev.pacesetter.activity.LedgerAppended;
import dev.pacesetter.platform.Workers;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps awards caught up with the ledger: after every committed append (and on a slow poll, for
 * appends made on other instances or missed while the database was away) each active program of the
 * organisation whose checkpoint is behind the head is recomputed, and after a rejection its program.
 * One thread per instance; across instances the program row lock decides.
 */
@ApplicationScoped
public class SpiffWorker {
    private static final Logger LOG = Logger.getLogger(SpiffWorker.class.getName());

    @PersistenceContext(unitName = "pacesetter")
    EntityManager em;

    @Inject
    AwardAccrual accrual;

    @Inject
    @ConfigProperty(name = "pacesetter.spiffs.poll-millis", defaultValue = "5000")
    long pollMillis;

    private ScheduledExecutorService worker;

    void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
        worker = Workers.daemon("spiff-accrual");
        worker.scheduleWithFixedDelay(() -> quietly(null), pollMillis, pollMillis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (worker != null) {
            worker.shutdownNow();
        }
    }

    void onAppended(@Observes(during = TransactionPhase.AFTER_SUCCESS) LedgerAppended event) {
        if (worker != null) {
            worker.execute(() -> quietly(event.orgId()));
        }
    }

    void onRejected(@Observes(during = TransactionPhase.AFTER_SUCCESS) AwardRejected event) {
        if (worker != null) {
            worker.execute(() -> {
                try {
                    accrual.recompute(event.programId(), true);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "SPIFF " + event.programId() + " not recomputed after a rejection; the "
                            + "next append retries: " + e.getMessage(), e);
                }
            });
        }
    }

    /** Brings every active program of an organisation up to the ledger head now, on the caller's thread. */
    public void catchUpNow(long orgId) {
        for (long id : active(orgId)) {
            accrual.recompute(id, false);
        }
    }

    private void quietly(Long orgId) {
        try {
            for (long id : active(orgId)) {
                try {
                    accrual.recompute(id, false);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Awards of SPIFF " + id + " paused; the next append or poll retries: "
                            + e.getMessage(), e);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot list SPIFF programs; will retry: " + e.getMessage());
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    List<Long> active(Long orgId) {
        var query = em.createQuery("select p.id from SpiffProgramRow p where p.status = :s"
                + (orgId == null ? "" : " and p.orgId = :org") + " order by p.id", Long.class)
                .setParameter("s", AwardAccrual.ACTIVE);
        if (orgId != null) {
            query.setParameter("org", orgId);
        }
        return query.getResultList();
    }
}
