/**
 * SPIFFs: short incentive programs paid on top of commission, as pure rules. Plain Java over
 * records; no Helidon, JPA, Jedis or Jakarta types. The service folds the ledger into
 * {@link dev.pacesetter.spiffs.SpiffActivity}s and asks {@link dev.pacesetter.spiffs.AwardRules}
 * which awards the program owes.
 *
 * <h2>Awarding order and the budget</h2>
 * <ul>
 *   <li>Qualifying activities are taken in <b>qualifying order</b>: the instant the activity occurred,
 *       then its ledger position (the order the ledger accepted it). Never user id order.</li>
 *   <li>The budget is consumed in that order. An award larger than what is left is <b>reduced to the
 *       remainder</b> (and says so in its explanation); once the budget is exhausted nothing more is
 *       awarded. So the total awarded never exceeds the budget and equals it once it runs out.</li>
 *   <li>Awards are recomputed from the ledger as a whole, so the same ledger always gives the same
 *       awards. A reversed activity, or one amended below the minimum amount, stops qualifying; its
 *       award is clawed back ({@link dev.pacesetter.spiffs.Reconciliation}) and the budget it held is
 *       free again for the next activity in qualifying order. A late activity that occurred earlier
 *       can, while the budget is contended, displace a later one the same way.</li>
 *   <li>Money is {@link dev.pacesetter.comp.Money}; a percentage award is rounded half-even to the
 *       minor unit once, at the award line, like a statement line.</li>
 * </ul>
 */
package dev.pacesetter.spiffs;
