package dev.pacesetter.contests.service;

import dev.pacesetter.platform.RecentValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.Optional;

/**
 * Contests as loaded a moment ago (row, parsed definition, history, opt-ins), for standings reads: a
 * live board is read many times a second, and loading a contest is three queries and a JSON parse.
 * <p>
 * What may be stale, and for how long: a contest changed through this instance (a lifecycle step, an
 * opt-in, a finalisation) is forgotten when the change is made and again when its transaction ends,
 * so no read after the change sees the old state; a change made through another instance shows here
 * at most {@link #RECENT} late, plus the length of one reload (an expired contest is reloaded by one
 * reader while the others keep it, so a busy board does not reload it once per request in flight). Nothing is shared across organisations: a contest is only returned to
 * a caller of its own organisation, and who may see it is still checked per caller.
 * <p>
 * The read methods on this path carry no {@code @Transactional(SUPPORTS)}: with no transaction running
 * (a read request has none) it changes nothing but costs an interceptor chain on every call; inside a
 * transaction the entity manager joins it either way.
 */
@ApplicationScoped
class RecentContests {
    /** How late a change made through another instance may show in standings reads here. */
    static final Duration RECENT = Duration.ofSeconds(1);

    @Inject
    ContestStore store;

    @Inject
    ContestLoader loader;

    private final RecentValues<LoadedContest> recent = new RecentValues<>(RECENT, 10_000, System::nanoTime);

    /** The contest of the organisation as loaded at most {@link #RECENT} ago, or empty (also for another organisation's). */
    Optional<LoadedContest> find(long orgId, long contestId) {
        LoadedContest c = recent.get(contestId, id -> store.find(orgId, id).map(loader::load).orElse(null));
        return c != null && c.orgId() == orgId ? Optional.of(c) : Optional.empty();
    }

    /** Forgets a contest as soon as a change to it is made (inside the changing transaction)... */
    void changing(@Observes ContestChanged change) {
        recent.changed(change.contestId());
    }

    /** ...and again when that transaction ends, so what was read while it ran is not kept either. */
    void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) ContestChanged change) {
        recent.changed(change.contestId());
    }

    void stepping(@Observes ContestStepped step) {
        recent.changed(step.contestId());
    }

    void stepped(@Observes(during = TransactionPhase.AFTER_COMPLETION) ContestStepped step) {
        recent.changed(step.contestId());
    }
}
