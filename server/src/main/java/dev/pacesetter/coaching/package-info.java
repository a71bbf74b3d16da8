/**
 * Coaching plans derived from skill gaps — the pure rules, with no Helidon, JPA or Redis imports, so
 * a service in this package can feed them what it loads from the activity ledger and the database.
 *
 * <p>The pipeline, each step a pure function of its inputs (dates and instants are passed in):
 * <ol>
 *   <li><b>Signals</b> — {@link dev.pacesetter.coaching.LedgerFact}s of one rep
 *       ({@link dev.pacesetter.coaching.RepLedger}) become a {@link dev.pacesetter.coaching.SignalReading}
 *       per KPI signal of the rep's role: measured, insufficient (below the signal's {@code minEvents}) or
 *       not available (the ledger cannot compute it yet).</li>
 *   <li><b>Peer placement</b> — a measured value is placed among the values of peers in the same sales
 *       role (mid-rank percentile) and mapped to a level 1–5 ({@link dev.pacesetter.coaching.PeerPlacement}).</li>
 *   <li><b>Proficiency</b> — manager rating, self-rating and KPI levels are blended per skill with stated
 *       weights and recency decay ({@link dev.pacesetter.coaching.BlendPolicy}); the result carries an
 *       {@link dev.pacesetter.coaching.Explanation}; no evidence means unknown, never a guess.</li>
 *   <li><b>Gaps</b> — target minus proficiency, weighted by the skill's weight for the role, ranked
 *       ({@link dev.pacesetter.coaching.RepGaps}); a team view is a {@link dev.pacesetter.coaching.TeamHeatmap}.</li>
 *   <li><b>Plans</b> — library activities for the top gaps, foundational first, scheduled within the
 *       rep's weekly capacity with manager check-ins ({@link dev.pacesetter.coaching.GeneratedPlan}).</li>
 *   <li><b>Lifecycle</b> — a {@link dev.pacesetter.coaching.CoachingPlan} moves through
 *       {@link dev.pacesetter.coaching.PlanState}s and its items through
 *       {@link dev.pacesetter.coaching.ItemState}s; each change yields a {@link dev.pacesetter.coaching.PlanEvent}.</li>
 *   <li><b>Effectiveness</b> — signals before and after a completed plan
 *       ({@link dev.pacesetter.coaching.PlanEffect}, {@link dev.pacesetter.coaching.EffectivenessReport}).</li>
 *   <li><b>Points</b> — verified items and completed plans earn a {@link dev.pacesetter.coaching.CoachingAward}.</li>
 * </ol>
 * Rule violations throw {@link dev.pacesetter.coaching.CoachingRuleException}, naming the field and the
 * reason. The policies are package-private: the feature's service, which will live here, is their caller.
 */
package dev.pacesetter.coaching;
