package dev.pacesetter.comp;

/**
 * Identifies a line within one period's statement across recalculations: the same rule of the same
 * component always has the same key, so a recalculation can be compared with what was paid.
 * Slots are {@code tier-1}…, {@code all} (retroactive), {@code gate}, {@code cap}, {@code bonus},
 * {@code units}; an adjustment's slot is the adjusted slot plus {@code @} and its period label.
 *
 * @param componentId the plan component
 * @param slot        the rule within the component
 */
public record LineKey(String componentId, String slot) {

    /** Rejects a malformed component id or a blank slot. */
    public LineKey {
        Checks.id(componentId, "componentId");
        Checks.present(slot, "slot");
        Checks.require(!slot.isBlank(), "slot", "must not be blank");
    }

    /** {@code commission/tier-2}. */
    @Override
    public String toString() {
        return componentId + "/" + slot;
    }
}
