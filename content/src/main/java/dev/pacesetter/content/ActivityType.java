package dev.pacesetter.content;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One kind of sales activity the ledger accepts, as described by the content data.
 *
 * @param code          stable identifier used on the wire and in the ledger, e.g. {@code DEAL_WON}
 * @param metric        the count leaderboard metric it feeds, e.g. {@code deals}
 * @param monetary      whether it carries an amount (and so feeds the revenue metric)
 * @param defaultPoints points credited per activity unless an organisation overrides them
 * @param displayName   display names by language tag; {@code en} is always present
 * @param description   a sentence for people configuring integrations
 */
public record ActivityType(String code,
                           String metric,
                           boolean monetary,
                           int defaultPoints,
                           Map<String, String> displayName,
                           String description) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    private static final Pattern METRIC = Pattern.compile("[a-z][a-z0-9_]{1,29}");

    /** Points are bounded so a typo in the data cannot swamp every leaderboard. */
    public static final int MAX_POINTS = 10_000;

    public ActivityType {
        require(code != null && CODE.matcher(code).matches(),
                "code must be UPPER_SNAKE_CASE, 2-40 characters, was " + code);
        require(metric != null && METRIC.matcher(metric).matches(),
                code + ": metric must be lower_snake_case, was " + metric);
        require(!"points".equals(metric) && !"revenue".equals(metric),
                code + ": metric '" + metric + "' is reserved for the aggregate leaderboards");
        require(defaultPoints >= 0 && defaultPoints <= MAX_POINTS,
                code + ": defaultPoints must be within 0.." + MAX_POINTS + ", was " + defaultPoints);
        require(displayName != null && displayName.get("en") != null && !displayName.get("en").isBlank(),
                code + ": displayName must have an English ('en') entry");
        displayName = Map.copyOf(displayName);
        description = Objects.requireNonNullElse(description, "");
    }

    /** The display name for a locale, falling back to the language, then to English. */
    public String displayName(Locale locale) {
        return displayName.get(Locales.bestTag(displayName.keySet(), locale));
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new ContentException(message);
        }
    }
}
