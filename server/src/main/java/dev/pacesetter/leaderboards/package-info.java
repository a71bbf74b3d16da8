/**
 * Live leaderboards: Redis sorted sets projected from the activity ledger, per organisation,
 * metric and calendar period. The projection records the ledger position it has applied in the
 * same Lua call that applies it, so it is exactly-once across crashes and instances, and it is
 * rebuilt from the ledger whenever Redis has lost it.
 *
 * <p>Ranking rule: standard competition ranking ("1224"). Members with equal scores share the rank
 * 1 + (number of members with a strictly higher score); within a tie they are listed by user id,
 * ascending, so pages are stable. Scores are exact integers: counts and points as they are, revenue
 * in ten-thousandths of the currency unit (the ledger's precision), so no rounding ever happens in
 * Redis and a rebuild reproduces every score bit for bit.
 */
package dev.pacesetter.leaderboards;
