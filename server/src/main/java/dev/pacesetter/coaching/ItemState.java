package dev.pacesetter.coaching;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where one plan item is. Activities: {@code TODO → DONE} (the rep, with evidence) {@code → VERIFIED}
 * (the manager) or {@code → SENT_BACK} (the manager, with a reason) {@code → DONE} again. A check-in is
 * marked DONE when it has been held and goes no further: it is not the rep's work to verify.
 */
public enum ItemState {
    TODO,
    DONE,
    VERIFIED,
    SENT_BACK;

    /** The states an activity item may move to from this one. */
    public Set<ItemState> next() {
        return switch (this) {
            case TODO, SENT_BACK -> EnumSet.of(DONE);
            case DONE -> EnumSet.of(VERIFIED, SENT_BACK);
            case VERIFIED -> EnumSet.noneOf(ItemState.class);
        };
    }
}
