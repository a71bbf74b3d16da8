package dev.pacesetter.spiffs;

/**
 * A rep as eligibility sees them, as the directory says now.
 *
 * @param userId    the user
 * @param salesRole SDR, AE, AM, or null for none
 * @param teamId    their team, or null
 */
public record Rep(long userId, String salesRole, Long teamId) {
}
