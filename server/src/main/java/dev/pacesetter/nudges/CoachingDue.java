package dev.pacesetter.nudges;

import java.time.LocalDate;

/**
 * How many coaching activities a rep has open and due by a day (overdue ones included), for the
 * morning digest. Implemented by the coaching feature; the digest asks through this interface so that
 * nudges need not depend on coaching (coaching already depends on nudges for its own reminders).
 */
public interface CoachingDue {

    /**
     * Open activities of the rep's live plans due on or before {@code through}.
     *
     * @param orgId   the organisation
     * @param repId   the rep
     * @param through the last due day counted
     * @return the count, 0 when none
     */
    long openDueBy(long orgId, long repId, LocalDate through);
}
