/**
 * The contests service: storage (JPA, Flyway V10), the HTTP resource, the live Redis projection of
 * standings, the lifecycle scheduler with exactly-once finalisation, and the demo contests. It wraps
 * the pure rules of {@link dev.pacesetter.contests}, which stay free of framework types (a test
 * guards that), so everything that touches Helidon, JPA or Jedis lives here.
 *
 * <p>Entrant ids in the rules are decimal user ids, or team ids in a team battle.
 */
package dev.pacesetter.contests.service;
