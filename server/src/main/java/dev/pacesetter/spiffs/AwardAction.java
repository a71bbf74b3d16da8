package dev.pacesetter.spiffs;

/** What a person may do to an award. Clawbacks are not actions: the ledger decides them. */
public enum AwardAction {
    /** The manager step: ACCRUED to APPROVED. */
    APPROVE,
    /** The finance step (admins): APPROVED to APPROVED_FINAL. */
    APPROVE_FINAL,
    /** Mark paid (admins): APPROVED_FINAL to PAID. */
    PAY,
    /** Refuse (manager or admin) before finance approved it. */
    REJECT
}
