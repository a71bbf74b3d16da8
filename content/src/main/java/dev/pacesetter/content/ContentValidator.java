package dev.pacesetter.content;

/**
 * Loads every piece of content the way the server will, so that broken data fails the build.
 * Run by the build at {@code process-classes}; exits non-zero (by throwing) on the first problem.
 */
public final class ContentValidator {

    private ContentValidator() {
    }

    public static void main(String[] args) {
        ActivityCatalog activities = ActivityCatalog.load();
        SkillModel skills = SkillModel.load(activities);
        CoachingLibrary coaching = CoachingLibrary.load(skills);
        long computable = skills.signals().stream().filter(skills::computableFromLedger).count();
        System.out.println("content ok: " + activities.types().size() + " activity types (v" + activities.version()
                + "); " + skills.skills().size() + " skills, " + skills.signals().size() + " signals, " + computable
                + " computable now (v" + skills.version() + "); " + coaching.activities().size()
                + " coaching activities (v" + coaching.version() + ")");
    }
}
