package dev.pacesetter.activity;

/** How a correction changes its original. */
enum Correction {
    /** The original did not happen after all (a deal un-won). */
    REVERSAL,
    /** The original's amount changed; the new amount replaces the old. */
    AMENDMENT
}
