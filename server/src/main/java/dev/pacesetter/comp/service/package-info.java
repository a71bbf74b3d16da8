/**
 * Compensation around the pure engine in {@code dev.pacesetter.comp}: storage (plan versions,
 * assignments, quotas, frozen statements, approvals, audit), the HTTP resource, statements computed
 * live from the ledger (with manager roll-up), approvals, adjustments for late corrections, the
 * payout CSV and estimates; statement listing and the audit trail by role; assignment ends and plan
 * retirement; and the commission nudges (statement ready when an admin gives the final approval,
 * inquiry answered, close to the next tier after a deal).
 * It lives in its own package so the engine's package stays free of framework imports.
 */
package dev.pacesetter.comp.service;
