/**
 * The activity ledger: the append-only source of truth every projection and calculation reads.
 * Ingest validates each item, is idempotent on (organisation, source, external id), records
 * corrections as new entries, and hands out gap-free positions in commit order.
 */
package dev.pacesetter.activity;
