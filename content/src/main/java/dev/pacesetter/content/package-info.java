/**
 * Coaching and messaging content as data — activity types, and (as features land) skills by role,
 * coaching activities, nudge templates and compensation FAQ — with loaders that validate it.
 * Nothing here depends on the server; the build runs {@link dev.pacesetter.content.ContentValidator}.
 */
package dev.pacesetter.content;
