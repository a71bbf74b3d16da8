package dev.pacesetter.coaching.service;

import dev.pacesetter.nudges.CoachingDue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;

/** The digest's "coaching due this week": the same open-item rule as the reminder job, for one rep. */
@ApplicationScoped
class CoachingDueCount implements CoachingDue {

    @Inject
    CoachingStore store;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public long openDueBy(long orgId, long repId, LocalDate through) {
        return store.countOpenItemsDueBy(orgId, repId, through);
    }
}
