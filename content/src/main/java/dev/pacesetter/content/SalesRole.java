package dev.pacesetter.content;

/** The sales roles the skill model distinguishes; a skill is weighted per role or absent for it. */
public enum SalesRole {
    /** Sales development representative: prospects, qualifies and books first meetings. */
    SDR,
    /** Account executive: runs an opportunity from discovery to signature. */
    AE,
    /** Account manager: keeps, renews and grows existing customers. */
    AM
}
