/**
 * Coaching over HTTP and storage: skill ratings, KPI signals read from the activity ledger, explained
 * proficiency, ranked gaps and team heatmaps, coaching plans with their lifecycle, points in the
 * ledger for verified work, coaching nudges and the demo organisation's coaching.
 *
 * <p>The rules live in the framework-free {@code dev.pacesetter.coaching} package behind
 * {@link dev.pacesetter.coaching.CoachingEngine}; this package loads what they need, stores what they
 * decide and answers for who may see and do what: a rep their own coaching, a manager their reports'
 * (at any depth), an admin the whole organisation.
 */
package dev.pacesetter.coaching.service;
