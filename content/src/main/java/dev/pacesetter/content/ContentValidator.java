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
        System.out.println("content ok: " + activities.types().size() + " activity types (version "
                + activities.version() + ")");
    }
}
