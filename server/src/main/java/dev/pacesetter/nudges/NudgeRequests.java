package dev.pacesetter.nudges;

import dev.pacesetter.api.model.CategoryPreference;
import dev.pacesetter.api.model.DeviceRegistration;
import dev.pacesetter.api.model.NewAnnouncement;
import dev.pacesetter.api.model.NudgePreferences;
import dev.pacesetter.api.model.QuietHours;
import dev.pacesetter.content.NudgeCategory;
import dev.pacesetter.platform.FieldProblem;
import dev.pacesetter.platform.ProblemException;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Validation of request bodies (422 naming every bad field) and mapping to and from the API model. */
final class NudgeRequests {

    private NudgeRequests() {
    }

    static DeviceService.Registration registration(DeviceRegistration body) {
        List<FieldProblem> errors = new ArrayList<>();
        if (body == null) {
            throw ProblemException.badRequest("body", "is required");
        }
        if (body.getToken() == null || body.getToken().isBlank()) {
            errors.add(new FieldProblem("token", "is required", null));
        } else if (body.getToken().length() > 512) {
            errors.add(new FieldProblem("token", "must be at most 512 characters", null));
        }
        if (body.getPlatform() == null) {
            errors.add(new FieldProblem("platform", "is required", null));
        }
        if (body.getAppVersion() != null && body.getAppVersion().length() > 40) {
            errors.add(new FieldProblem("appVersion", "must be at most 40 characters", null));
        }
        if (body.getLocale() != null && (body.getLocale().length() > 35 || body.getLocale().isBlank())) {
            errors.add(new FieldProblem("locale", "must be a language tag such as en-US", null));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        return new DeviceService.Registration(body.getToken().strip(), body.getPlatform().name(), body.getAppVersion(),
                body.getLocale());
    }

    static void check(NewAnnouncement body) {
        if (body == null) {
            throw ProblemException.badRequest("body", "is required");
        }
        List<FieldProblem> errors = new ArrayList<>();
        text(errors, "headline", body.getHeadline(), 80);
        text(errors, "message", body.getMessage(), 1000);
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
    }

    private static void text(List<FieldProblem> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldProblem(field, "is required", null));
        } else if (value.strip().length() > max) {
            errors.add(new FieldProblem(field, "must be at most " + max + " characters", null));
        }
    }

    /** The preferences a PUT asks for; absent categories are on, absent cap is the default. */
    static Preferences preferences(NudgePreferences body, ZoneId currentZone, Preferences.Source source) {
        if (body == null) {
            throw ProblemException.badRequest("body", "is required");
        }
        List<FieldProblem> errors = new ArrayList<>();
        ZoneId zone = currentZone;
        if (body.getTimeZone() != null) {
            try {
                zone = ZoneId.of(body.getTimeZone());
            } catch (DateTimeException e) {
                errors.add(new FieldProblem("timeZone", "is not a time zone id such as Europe/Berlin", null));
            }
        }
        Set<NudgeCategory> pushOff = EnumSet.noneOf(NudgeCategory.class);
        Set<NudgeCategory> inboxOff = EnumSet.noneOf(NudgeCategory.class);
        Set<NudgeCategory> seen = EnumSet.noneOf(NudgeCategory.class);
        List<CategoryPreference> categories = body.getCategories() == null ? List.of() : body.getCategories();
        for (int i = 0; i < categories.size(); i++) {
            CategoryPreference c = categories.get(i);
            if (c == null || c.getCategory() == null || c.getPush() == null || c.getInbox() == null) {
                errors.add(new FieldProblem("categories[" + i + "]", "needs category, push and inbox", null));
                continue;
            }
            NudgeCategory category = NudgeCategory.valueOf(c.getCategory().name());
            if (!seen.add(category)) {
                errors.add(new FieldProblem("categories[" + i + "].category", "is listed twice", null));
            }
            if (!c.getPush()) {
                pushOff.add(category);
            }
            if (!c.getInbox()) {
                inboxOff.add(category);
            }
        }
        int cap = Preferences.DEFAULT_DAILY_PUSH_CAP;
        if (body.getDailyPushCap() != null) {
            cap = body.getDailyPushCap();
            if (cap < 0 || cap > Preferences.MAX_DAILY_PUSH_CAP) {
                errors.add(new FieldProblem("dailyPushCap", "must be between 0 and " + Preferences.MAX_DAILY_PUSH_CAP,
                        null));
            }
        }
        LocalTime start = null;
        LocalTime end = null;
        QuietHours quiet = body.getQuietHours();
        if (quiet != null) {
            start = time(errors, "quietHours.start", quiet.getStart());
            end = time(errors, "quietHours.end", quiet.getEnd());
            if (start != null && start.equals(end)) {
                errors.add(new FieldProblem("quietHours.end", "must differ from start", null));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        Optional<dev.pacesetter.notifications.QuietHours> hours = quiet == null ? Optional.empty()
                : Optional.of(new dev.pacesetter.notifications.QuietHours(zone, start, end));
        return new Preferences(pushOff, inboxOff, hours, zone, cap, source);
    }

    private static LocalTime time(List<FieldProblem> errors, String field, String value) {
        if (value == null) {
            errors.add(new FieldProblem(field, "is required", null));
            return null;
        }
        try {
            if (value.length() != 5) {
                throw new DateTimeParseException("HH:mm", value, 0);
            }
            return LocalTime.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new FieldProblem(field, "must be a time HH:mm such as 22:00", null));
            return null;
        }
    }

    static NudgePreferences toApi(Preferences p) {
        List<CategoryPreference> categories = new ArrayList<>();
        for (NudgeCategory c : NudgeCategory.values()) {
            categories.add(new CategoryPreference()
                    .category(dev.pacesetter.api.model.NudgeCategory.fromValue(c.name()))
                    .push(!p.pushOff().contains(c)).inbox(!p.inboxOff().contains(c)));
        }
        NudgePreferences out = new NudgePreferences().categories(categories).timeZone(p.zone().getId())
                .dailyPushCap(p.dailyPushCap()).source(NudgePreferences.SourceEnum.fromValue(p.source().name()));
        p.quietHours().ifPresent(q -> out.quietHours(new QuietHours().start(q.start().toString())
                .end(q.end().toString())));
        return out;
    }
}
