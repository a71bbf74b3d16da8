package dev.pacesetter.nudges;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Registers or refreshes a push token, in a transaction of its own, so that a registration that lost
 * a race (the same new token inserted twice at once: the token is unique) can simply run again and
 * find the winner's row. {@link DeviceService#register} does that retry.
 */
@ApplicationScoped
class DeviceUpsert {
    /** SQLSTATE of a unique violation, in PostgreSQL and H2 alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    @PersistenceContext(unitName = "pacesetter")
    EntityManager em;

    @Inject
    Clock clock;

    /** Inserts the token or moves it to this user; a token another user had moves to this one. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    DeviceRow write(long orgId, long userId, DeviceService.Registration r) {
        // The database keeps microseconds: a returned value equals a re-read one.
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        DeviceRow device = em.createQuery("select d from DeviceRow d where d.token = :token", DeviceRow.class)
                .setParameter("token", r.token()).getResultStream().findFirst().orElse(null);
        if (device == null) {
            device = new DeviceRow();
            device.token = r.token();
            device.createdAt = now;
        }
        device.orgId = orgId;
        device.userId = userId;
        device.platform = r.platform();
        device.appVersion = r.appVersion();
        device.locale = r.locale();
        device.lastSeenAt = now;
        if (device.id == null) {
            em.persist(device);
        }
        em.flush();
        return device;
    }

    /** Whether a failure was a unique-key violation somewhere down its causes. */
    static boolean uniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
