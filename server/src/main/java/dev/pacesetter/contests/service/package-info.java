/**
 * The contests service: storage (JPA, Flyway V10), the HTTP resource, the live Redis projection of
 * standings, the lifecycle scheduler with exactly-once finalisation, and the demo contests. It wraps
 * the pure rules of {@link dev.pacesetter.contests}, which stay free of framework types (a test
 * guards that), so everything that touches Helidon, JPA or Jedis lives here.
 *
 * <p>Entrant ids in the rules are decimal user ids, or team ids in a team battle.
 *
 * <p>Recurring contests are series of contests, one per period ({@link ContestSeries}, Flyway V70);
 * PERCENT_OF_TARGET contests carry each participant's target in their definition
 * ({@link dev.pacesetter.contests.Targets}).
 */
package dev.pacesetter.contests.service;
