package dev.pacesetter.content;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Loads every piece of content the way the server will, so that broken data fails the build.
 * Run by the build at {@code process-classes}; exits non-zero (by throwing) on the first problem,
 * and prints a one-line summary when all is well.
 */
public final class ContentValidator {

    private ContentValidator() {
    }

    public static void main(String[] args) {
        ActivityCatalog activities = ActivityCatalog.load();
        SkillModel skills = SkillModel.load(activities);
        CoachingLibrary coaching = CoachingLibrary.load(skills);
        NudgeTemplates nudges = NudgeTemplates.load();
        long computable = skills.signals().stream().filter(skills::computableFromLedger).count();
        Map<String, Long> languages = new TreeMap<>();
        Arrays.stream(NudgeKind.values()).flatMap(k -> nudges.languages(k).stream())
                .forEach(tag -> languages.merge(tag, 1L, Long::sum));
        System.out.println("content ok: " + activities.types().size() + " activity types (v" + activities.version()
                + "); " + skills.skills().size() + " skills, " + skills.signals().size() + " signals, " + computable
                + " computable now (v" + skills.version() + "); " + coaching.activities().size()
                + " coaching activities (v" + coaching.version() + "); " + NudgeKind.values().length
                + " nudge kinds, texts per language " + languages + " (v" + nudges.version() + ")");
    }
}
