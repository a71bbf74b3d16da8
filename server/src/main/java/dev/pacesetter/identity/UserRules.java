package dev.pacesetter.identity;

import dev.pacesetter.platform.FieldProblem;
import dev.pacesetter.platform.Role;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Pure checks on user fields; each returns the problems found, empty when the value is fine. */
final class UserRules {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    static final Set<String> SALES_ROLES = Set.of("SDR", "AE", "AM");

    private UserRules() {
    }

    static void email(String email, List<FieldProblem> out) {
        if (email == null || email.isBlank()) {
            out.add(new FieldProblem("email", "is required", null));
        } else if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            out.add(new FieldProblem("email", "is not an e-mail address", null));
        }
    }

    static void displayName(String name, boolean required, List<FieldProblem> out) {
        if (name == null) {
            if (required) {
                out.add(new FieldProblem("displayName", "is required", null));
            }
        } else if (name.isBlank() || name.length() > 120) {
            out.add(new FieldProblem("displayName", "must be 1 to 120 characters", null));
        }
    }

    static void roles(List<Role> roles, boolean required, List<FieldProblem> out) {
        if (roles == null) {
            if (required) {
                out.add(new FieldProblem("roles", "is required", null));
            }
        } else if (roles.isEmpty() || roles.contains(null)) {
            out.add(new FieldProblem("roles", "must list at least one role", null));
        } else if (roles.contains(Role.ASSISTANT)) {
            out.add(new FieldProblem("roles", "ASSISTANT is a token role for the chat-bot, not a user role", null));
        }
    }

    static void timeZone(String zone, List<FieldProblem> out) {
        if (zone == null) {
            return;
        }
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            out.add(new FieldProblem("timeZone", "is not an IANA time zone such as Europe/Berlin", null));
        }
    }

    static void locale(String tag, List<FieldProblem> out) {
        if (tag == null) {
            return;
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            if (locale.getLanguage().isEmpty()) {
                out.add(new FieldProblem("locale", "must name a language, e.g. en-US", null));
            }
        } catch (IllformedLocaleException e) {
            out.add(new FieldProblem("locale", "is not a BCP 47 language tag such as en-US", null));
        }
    }
}
