package dev.pacesetter.nudges;

import dev.pacesetter.platform.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

/** Push tokens of users' app installs: register, list, remove, and prune the long unseen. */
@ApplicationScoped
class DeviceService {
    /** A device unseen this long has almost surely been uninstalled; FCM expires tokens after 270 days too. */
    static final Duration UNSEEN_LIMIT = Duration.ofDays(270);

    @PersistenceContext(unitName = "pacesetter")
    EntityManager em;

    @Inject
    DeviceUpsert upsert;

    /** Registration record of the request. */
    record Registration(String token, String platform, String appVersion, String locale) {
    }

    /**
     * Registers or refreshes a token; a token another user had moves to this one. Idempotent under
     * concurrency: the same new token registered by parallel requests is inserted by one of them, and
     * the others, failing on the unique token, run again and update that row.
     */
    DeviceRow register(long orgId, long userId, Registration r) {
        try {
            return upsert.write(orgId, userId, r);
        } catch (RuntimeException e) {
            if (!DeviceUpsert.uniqueViolation(e)) {
                throw e;
            }
            return upsert.write(orgId, userId, r);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    List<DeviceRow> of(long orgId, long userId) {
        return em.createQuery("select d from DeviceRow d where d.orgId = :org and d.userId = :user "
                        + "order by d.lastSeenAt desc, d.id desc", DeviceRow.class)
                .setParameter("org", orgId).setParameter("user", userId).getResultList();
    }

    /** Removes one of the user's devices; another user's (or organisation's) is a 404. */
    @Transactional
    void unregister(long orgId, long userId, long deviceId) {
        DeviceRow device = em.find(DeviceRow.class, deviceId);
        if (device == null || device.orgId != orgId || device.userId != userId) {
            throw ProblemException.notFound("Device " + deviceId);
        }
        em.remove(device);
    }

    /** Drops tokens the push service called unregistered. */
    @Transactional
    int removeTokens(Collection<String> tokens) {
        if (tokens.isEmpty()) {
            return 0;
        }
        return em.createQuery("delete from DeviceRow d where d.token in :tokens")
                .setParameter("tokens", List.copyOf(tokens)).executeUpdate();
    }

    /** Removes devices unseen for {@link #UNSEEN_LIMIT}; returns how many. */
    @Transactional
    int prune(Instant now) {
        OffsetDateTime before = now.minus(UNSEEN_LIMIT).atOffset(ZoneOffset.UTC);
        return em.createQuery("delete from DeviceRow d where d.lastSeenAt < :before")
                .setParameter("before", before).executeUpdate();
    }
}
