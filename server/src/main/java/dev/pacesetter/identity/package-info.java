/**
 * Organisations, users, teams and the reporting line; who may see whom. Other features ask
 * {@link dev.pacesetter.identity.IdentityService}, never its tables.
 */
package dev.pacesetter.identity;
