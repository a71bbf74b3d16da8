package dev.pacesetter.platform;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sequencing.NativeSequence;
import org.eclipse.persistence.sequencing.Sequence;
import org.eclipse.persistence.sessions.Session;

import java.util.List;

/**
 * Makes EclipseLink take id blocks ({@code select nextval(...)}) on the connection of the
 * transaction that persists the entity, instead of on a second pooled connection.
 *
 * <p>Why: EclipseLink reads database sequences "outside the transaction" (its platforms hard-code
 * {@code shouldNativeSequenceUseTransaction() == false}). Under JTA that means a further connection
 * from the same Hikari pool, asked for while the caller already holds its transaction's connection
 * and while EclipseLink's global per-sequence lock is held. With as many writers as the pool has
 * connections, the lock holder waits for a connection that only the writers queued behind the lock
 * could return: every write stalls until Hikari's 30 s timeout (thread dumps show
 * {@code SequencingManager$Preallocation_NoTransaction_State} waiting; PostgreSQL shows
 * {@code idle in transaction} backends whose last statement was {@code nextval}). In transaction
 * mode under JTA EclipseLink takes no global lock and uses the transaction's own accessor; the
 * block's unused ids return to the shared pool at commit. Sequence values are not transactional
 * in PostgreSQL or H2, so a rollback only leaves a gap in ids, as before.
 *
 * <p>Registered as {@code eclipselink.session.customizer}; it runs before the session logs in,
 * so descriptors pick up the replaced sequences when sequencing connects.
 */
public final class SequencesInTransaction implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        List<Sequence> all = List.copyOf(session.getLogin().getSequences().values());
        for (Sequence sequence : all) {
            if (sequence.getClass() == NativeSequence.class) {
                session.getLogin().addSequence(InTransaction.of((NativeSequence) sequence));
            }
        }
    }

    /** A database sequence read on the transaction's connection. */
    static final class InTransaction extends NativeSequence {

        InTransaction(String name, int size, int initialValue, boolean identity) {
            super(name, size, initialValue, identity);
        }

        static InTransaction of(NativeSequence s) {
            InTransaction copy = new InTransaction(s.getName(), s.getPreallocationSize(), s.getInitialValue(),
                    s.shouldUseIdentityIfPlatformSupports());
            if (s.isCustomQualifier()) {
                copy.setQualifier(s.getQualifier());
            }
            copy.setShouldAlwaysOverrideExistingValue(s.shouldAlwaysOverrideExistingValue());
            return copy;
        }

        @Override
        public void onConnect() {
            super.onConnect();
            // Set after the platform's default (false), which onConnect applies.
            setShouldUseTransaction(true);
        }
    }
}
