/**
 * Coaching and messaging content as data, with loaders that validate it at build time:
 * <ul>
 *   <li>{@link dev.pacesetter.content.ActivityCatalog} — the activity types the ledger accepts;</li>
 *   <li>{@link dev.pacesetter.content.SkillModel} — skills weighted per
 *       {@link dev.pacesetter.content.SalesRole}, and the KPI signals from the ledger that inform them;</li>
 *   <li>{@link dev.pacesetter.content.CoachingLibrary} — coaching activities by skill and level, with
 *       Markdown bodies;</li>
 *   <li>{@link dev.pacesetter.content.NudgeTemplates} — push-notification texts per
 *       {@link dev.pacesetter.content.NudgeKind} and language, and their strict renderer.</li>
 * </ul>
 * Data lives under {@code src/main/resources/content/}. Every problem is a
 * {@link dev.pacesetter.content.ContentException} naming the file, the item and the reason. Nothing
 * here depends on the server; the build runs {@link dev.pacesetter.content.ContentValidator}.
 */
package dev.pacesetter.content;
