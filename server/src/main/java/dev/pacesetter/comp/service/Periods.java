package dev.pacesetter.comp.service;

import dev.pacesetter.comp.CompPeriod;
import dev.pacesetter.comp.PeriodKind;
import dev.pacesetter.platform.ProblemException;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Period labels on the wire ({@code 2026-11}, {@code 2026-Q4}) and period bounds in an organisation's zone. */
final class Periods {
    private static final Pattern LABEL = Pattern.compile("(\\d{4})-(?:(0[1-9]|1[0-2])|Q([1-4]))");

    private Periods() {
    }

    static CompPeriod parse(String label) {
        Matcher m = label == null ? null : LABEL.matcher(label);
        if (m == null || !m.matches()) {
            throw ProblemException.badRequest("period", "must be a month like 2026-11 or a quarter like 2026-Q4");
        }
        int year = Integer.parseInt(m.group(1));
        return m.group(2) != null ? CompPeriod.month(year, Integer.parseInt(m.group(2)))
                : CompPeriod.quarter(year, Integer.parseInt(m.group(3)));
    }

    static CompPeriod of(String kind, LocalDate start) {
        return new CompPeriod(PeriodKind.valueOf(kind), start);
    }

    static Instant start(CompPeriod period, ZoneId zone) {
        return period.start().atStartOfDay(zone).toInstant();
    }

    static Instant end(CompPeriod period, ZoneId zone) {
        return period.end().atStartOfDay(zone).toInstant();
    }
}
