package dev.pacesetter.content;

/** Groups of nudges a person can switch on or off together in their preferences. */
public enum NudgeCategory {
    CONTESTS,
    RANK_CHANGES,
    SPIFFS_AND_EARNINGS,
    COACHING,
    DIGESTS,
    ANNOUNCEMENTS
}
