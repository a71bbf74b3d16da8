package dev.pacesetter.content;

/**
 * One step of the 1..5 proficiency scale that skill targets and coaching activities use.
 *
 * @param level       1 (lowest) to 5
 * @param name        a short label, e.g. {@code Proficient}
 * @param description what a person at this level does, in terms a manager can observe
 */
public record SkillLevel(int level, String name, String description) {

    public static final int MIN = 1;
    public static final int MAX = 5;

    public SkillLevel {
        Checks.range(level, MIN, MAX, "level");
        Checks.text(name, "level " + level + ": name", 40);
        Checks.text(description, "level " + level + ": description", 400);
    }
}
