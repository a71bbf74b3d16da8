package dev.pacesetter.activity;

/** Fired when entries up to {@code position} were appended for an organisation (after commit). */
public record LedgerAppended(long orgId, long position) {
}
