/**
 * Plumbing every feature shares: problem+json errors, JSON mapping, the clock, Flyway, Redis,
 * bearer-token authentication and the caller, idempotency keys and request logging.
 */
package dev.pacesetter.platform;
