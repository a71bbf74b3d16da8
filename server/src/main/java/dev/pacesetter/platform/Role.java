package dev.pacesetter.platform;

/** What a principal may do. A token carries one or more. */
public enum Role {
    /** A sales rep: their own data and the public parts of contests. */
    REP,
    /** Manages reports (transitively): team standings, coaching, approvals. */
    MANAGER,
    /** Everything in the organisation. */
    ADMIN,
    /** A CRM or dialer: may only ingest activity. */
    INTEGRATION,
    /** The chat-bot: read-only, on behalf of exactly one rep named in its token. */
    ASSISTANT
}
