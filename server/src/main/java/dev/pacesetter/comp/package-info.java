/**
 * Incentive compensation: the pure commission engine. Plain Java over records; no Helidon, JPA,
 * Jedis or Jakarta types, so every rule is unit-testable and the persistence and HTTP layers can be
 * added around it. Only the values that the feature's service will expose are public; the policies
 * are package-private and the service, in this package, calls them.
 *
 * <h2>Flow</h2>
 * <ol>
 *   <li>The service loads ledger items for a period and maps them to {@link dev.pacesetter.comp.Activity}.</li>
 *   <li>{@code CreditingPolicy} credits each item to its owner, or to split reps (shares sum to the
 *       deal to the minor unit), and rolls it up to every manager above a credited rep.</li>
 *   <li>{@code CommissionEngine.draft} takes one rep's {@link dev.pacesetter.comp.PeriodInput}
 *       (plan version, quota, credited items) plus {@link dev.pacesetter.comp.PriorPeriod}s to
 *       recalculate after corrections, and returns a {@link dev.pacesetter.comp.Statement} draft.</li>
 *   <li>{@code Estimator.estimate} runs the same engine without and with a hypothetical deal.</li>
 * </ol>
 *
 * <h2>The rounding rule</h2>
 * <p>There is exactly one: <b>each statement line is rounded half-even (banker's rounding) to the
 * currency's minor unit</b> (cents for USD, none for JPY) when the line is created, and nowhere
 * else. Everything before that is exact: sums, products, tier slices ({@code quota × percent / 100}
 * is a decimal shift) and split shares keep full {@link java.math.BigDecimal} precision, which is
 * never less than scale 10. Totals are plain sums of rounded lines, so they always equal what the
 * statement shows; a cap is compared with the rounded lines and a multiple-of-target cap is itself
 * rounded by the same rule. Two values are deliberately not statement lines:
 * <ul>
 *   <li>Attainment percent is the only division. It is for display only, and truncated (to scale 10
 *       in line inputs, to two decimals in explanations) so it never shows a threshold as reached
 *       when it was not: tiers, gates and milestones are decided by the exact comparison
 *       {@code revenue × 100 ≥ quota × threshold}.</li>
 *   <li>Split credits are whole minor units, because a rep's credited revenue must add up: shares
 *       are truncated and the left-over minor units go to the largest dropped fractions (ties to the
 *       lower rep id), so the shares sum to the deal exactly.</li>
 * </ul>
 *
 * <h2>Corrections</h2>
 * <p>The ledger never edits an item; a reduction or reversal arrives as a new item linked to its
 * original. The period that paid the original is recalculated with its corrections (same plan
 * version, same engine), each line key is compared with everything paid for it so far, and the
 * difference is a clawback or true-up line on the statement of the period in which the correction
 * arrived, linked to the original line's id.
 *
 * <h2>Percentages</h2>
 * <p>All percentages are percent points: a tier {@code 50 → 100 @ 8} pays 8 % of revenue between 50 %
 * and 100 % of quota; a split of {@code 60} is 60 %.
 */
package dev.pacesetter.comp;
