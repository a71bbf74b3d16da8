package dev.pacesetter.spiffs;

import java.util.Map;
import java.util.Set;

/**
 * The legal moves of an award: ACCRUED → APPROVED → APPROVED_FINAL → PAID, REJECTED from ACCRUED or
 * APPROVED. Anything else is refused naming the current state, so the API can answer 409.
 */
public final class AwardLifecycle {
    private static final Map<AwardAction, Set<AwardStatus>> FROM = Map.of(
            AwardAction.APPROVE, Set.of(AwardStatus.ACCRUED),
            AwardAction.APPROVE_FINAL, Set.of(AwardStatus.APPROVED),
            AwardAction.PAY, Set.of(AwardStatus.APPROVED_FINAL),
            AwardAction.REJECT, Set.of(AwardStatus.ACCRUED, AwardStatus.APPROVED));
    private static final Map<AwardAction, AwardStatus> TO = Map.of(
            AwardAction.APPROVE, AwardStatus.APPROVED,
            AwardAction.APPROVE_FINAL, AwardStatus.APPROVED_FINAL,
            AwardAction.PAY, AwardStatus.PAID,
            AwardAction.REJECT, AwardStatus.REJECTED);

    private AwardLifecycle() {
    }

    /** The status after the action, or {@link IllegalTransition} naming the current state. */
    public static AwardStatus next(AwardStatus current, AwardAction action) {
        if (!FROM.get(action).contains(current)) {
            throw new IllegalTransition(current, action);
        }
        return TO.get(action);
    }

    /** An action that the award's current state does not allow. */
    public static final class IllegalTransition extends RuntimeException {
        private static final long serialVersionUID = 1L;

        IllegalTransition(AwardStatus current, AwardAction action) {
            super("An award in state " + current + " cannot take " + action + "; allowed from "
                    + FROM.get(action).stream().map(Enum::name).sorted().toList() + ".");
        }
    }
}
