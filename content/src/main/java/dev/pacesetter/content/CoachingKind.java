package dev.pacesetter.content;

/** The forms a coaching activity takes; a plan mixes them so practice follows explanation. */
public enum CoachingKind {
    /** A short explanation with a method and a talk track, done alone. */
    MICRO_LESSON,
    /** Practice with a peer or the manager playing the buyer, with a scoring rubric. */
    ROLE_PLAY_DRILL,
    /** Reviewing recorded calls against a scorecard, alone or with the manager. */
    CALL_REVIEW,
    /** Joining a colleague's live calls with an observation sheet. */
    SHADOWING,
    /** A self-contained article with reflection questions. */
    READING,
    /** Scenario questions with an answer key, for checking understanding. */
    PRACTICE_QUIZ
}
