package dev.pacesetter.contests;

/**
 * What a contest is called and what it says about itself.
 *
 * @param name        a short name shown on leaderboards, 1-80 characters
 * @param description a longer text for the contest page, up to 2000 characters; may be empty
 */
public record Title(String name, String description) {

    static final int MAX_NAME = 80;
    static final int MAX_DESCRIPTION = 2000;

    /** Strips and validates both texts. */
    public Title {
        name = Checks.text(name, "name", MAX_NAME);
        description = description == null ? "" : description.strip();
        Checks.require(description.length() <= MAX_DESCRIPTION, "description",
                "must be at most " + MAX_DESCRIPTION + " characters, was " + description.length());
    }
}
