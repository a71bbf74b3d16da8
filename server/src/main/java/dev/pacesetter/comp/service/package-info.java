/**
 * Compensation around the pure engine in {@code dev.pacesetter.comp}: storage (plan versions,
 * assignments, quotas, frozen statements, approvals, audit), the HTTP resource, statements computed
 * live from the ledger, approvals, adjustments for late corrections, the payout CSV and estimates.
 * It lives in its own package so the engine's package stays free of framework imports.
 */
package dev.pacesetter.comp.service;
