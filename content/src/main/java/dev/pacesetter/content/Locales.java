package dev.pacesetter.content;

import java.util.Locale;
import java.util.Set;

/** Picks the best available language tag for a user's locale: exact tag, then language, then English. */
final class Locales {

    static final String FALLBACK = "en";

    private Locales() {
    }

    static String bestTag(Set<String> available, Locale locale) {
        if (locale != null) {
            String exact = locale.toLanguageTag();
            if (available.contains(exact)) {
                return exact;
            }
            if (available.contains(locale.getLanguage())) {
                return locale.getLanguage();
            }
        }
        return FALLBACK;
    }

    /** Whether a tag is in the canonical BCP 47 form {@link Locale#toLanguageTag()} produces, e.g. de-CH. */
    static boolean isCanonical(String tag) {
        return tag != null && !tag.isBlank() && !"und".equals(tag)
                && Locale.forLanguageTag(tag).toLanguageTag().equals(tag);
    }
}
