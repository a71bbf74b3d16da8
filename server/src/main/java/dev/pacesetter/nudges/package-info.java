/**
 * Nudges: push devices, delivery preferences, the transactional outbox and its dispatcher, the
 * in-app inbox, manager announcements and the triggers that create nudges (overtaken on the revenue
 * board, the morning digest). Other features create nudges only through
 * {@link dev.pacesetter.nudges.NudgeOutbox#enqueue}.
 */
package dev.pacesetter.nudges;
