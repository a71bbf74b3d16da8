package dev.pacesetter.content;

/**
 * A nudge ready to deliver: text in one language, with every placeholder filled.
 *
 * @param kind     what happened
 * @param category the preference group it belongs to
 * @param language the language tag of the template used, e.g. {@code de} for a {@code de-AT} user
 * @param title    the notification title
 * @param body     the notification body
 * @param deepLink where tapping it leads in the app, e.g. {@code pacesetter://contests/42}
 */
public record RenderedNudge(NudgeKind kind,
                            NudgeCategory category,
                            String language,
                            String title,
                            String body,
                            String deepLink) {
}
