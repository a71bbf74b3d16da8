package dev.pacesetter.content;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/**
 * One activity in the coaching library that a plan can assign.
 *
 * @param id            stable lower-kebab-case id, e.g. {@code objections-price-drill}
 * @param title         display title
 * @param kind          the form it takes
 * @param skills        ids of the skills it builds, most relevant first
 * @param level         the level it is pitched at, 1..5: the level a person should reach by doing it
 * @param effortMinutes expected effort, 5..240 minutes
 * @param summary       one or two sentences for plan and list views
 * @param body          the full instructions, in Markdown
 */
public record CoachingActivity(String id,
                               String title,
                               CoachingKind kind,
                               List<String> skills,
                               int level,
                               int effortMinutes,
                               String summary,
                               String body) {

    public static final int MIN_EFFORT_MINUTES = 5;
    public static final int MAX_EFFORT_MINUTES = 240;
    /** A body shorter than this is a stub, not instructions a manager would assign. */
    static final int MIN_BODY_LENGTH = 400;

    public CoachingActivity {
        Checks.id(id, "activity id");
        String where = "activity '" + id + "'";
        Checks.text(title, where + ": title", 80);
        Checks.require(kind != null, where + ": kind is required");
        Checks.require(skills != null && !skills.isEmpty(), where + ": must build at least one skill");
        for (String skill : skills) {
            Checks.id(skill, where + ": skill");
        }
        Checks.require(new HashSet<>(skills).size() == skills.size(), where + ": lists a skill twice");
        Checks.range(level, SkillLevel.MIN, SkillLevel.MAX, where + ": level");
        Checks.range(effortMinutes, MIN_EFFORT_MINUTES, MAX_EFFORT_MINUTES, where + ": effortMinutes");
        Checks.text(summary, where + ": summary", 280);
        Checks.require(body != null && body.strip().length() >= MIN_BODY_LENGTH,
                where + ": body must be at least " + MIN_BODY_LENGTH + " characters; looks like a stub");
        String lower = body.toLowerCase(Locale.ROOT);
        Checks.require(!lower.contains("todo") && !lower.contains("lorem ipsum") && !lower.contains("tbd"),
                where + ": body contains a placeholder (TODO, TBD or lorem ipsum)");
        skills = List.copyOf(skills);
    }

    /** Whether doing this activity builds the skill. */
    public boolean builds(String skillId) {
        return skills.contains(skillId);
    }
}
