package dev.pacesetter.comp;

/** Why a rep is credited with an item. */
public enum CreditBasis {
    /** The rep owns the item or holds a split of it. */
    DIRECT,
    /** The rep manages (directly or higher up) someone credited directly. */
    ROLL_UP
}
