package dev.pacesetter.contests.service;

import dev.pacesetter.activity.LedgerEntry;
import dev.pacesetter.contests.Activity;
import dev.pacesetter.contests.ActivityWindow;
import dev.pacesetter.contests.ContestPeriod;
import dev.pacesetter.contests.Metric;
import dev.pacesetter.contests.ScoreTally;
import dev.pacesetter.contests.Aggregation;
import dev.pacesetter.contests.ContestDefinition;
import dev.pacesetter.contests.ContestKind;
import dev.pacesetter.contests.Format;
import dev.pacesetter.contests.Participation;
import dev.pacesetter.contests.Schedule;
import dev.pacesetter.contests.Scoring;
import dev.pacesetter.contests.TieRule;
import dev.pacesetter.contests.Title;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Ledger corrections become the rules' reversals and amendments: the recounted revenue equals what
 * the ledger's deltas say. Each row is a deal of 100.00 followed by corrections; `R` reverses, `A<n>`
 * amends to n. Late corrections (`*`) arrive after the grace period and change nothing.
 */
class LedgerActivitiesTest {
    private static final Instant START = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant END = Instant.parse("2026-12-01T00:00:00Z");
    private static final ContestDefinition REVENUE = new ContestDefinition(new Title("Revenue", null),
            Metric.dealAmount(Aggregation.SUM_AMOUNT, Currency.getInstance("USD")),
            new Format(new ContestKind.LeaderboardRace(1), Scoring.RAW, TieRule.STANDARD_COMPETITION, List.of()),
            Participation.byRole("REP"),
            new Schedule(new ContestPeriod(START, END), ZoneId.of("UTC"), Duration.ofDays(1)));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "'',          10000",
            "'R',         0",
            "'A250',      25000",
            "'A250 A40',  4000",
            "'A250 R',    0",
            "'R*',        10000",
            "'A250*',     10000",
            "'A250 A40*', 25000"})
    void correctionsRecountToTheLedgersTruth(String corrections, long cents) {
        List<LedgerEntry> entries = new ArrayList<>();
        Instant dealAt = START.plus(Duration.ofDays(3));
        entries.add(entry(1, 1, null, null, "100.00", dealAt, dealAt));
        long position = 2;
        for (String c : corrections.isBlank() ? new String[0] : corrections.trim().split(" ")) {
            boolean late = c.endsWith("*");
            String code = late ? c.substring(0, c.length() - 1) : c;
            Instant received = late ? END.plus(Duration.ofDays(2)) : dealAt.plus(Duration.ofHours(position));
            entries.add(code.equals("R")
                    ? entry(position, position, 1L, "REVERSAL", "100.00", dealAt, received)
                    : entry(position, position, 1L, "AMENDMENT", code.substring(1) + ".00", dealAt, received));
            position++;
        }
        List<Activity> activities = LedgerActivities.convert(entries);
        ActivityWindow window = ActivityWindow.of(REVENUE.schedule());
        assertEquals(cents, ScoreTally.of(REVENUE, window).entry("7", activities, OptionalLong.empty()).score());
    }

    private static LedgerEntry entry(long id, long position, Long corrects, String correction, String amount,
                                     Instant credited, Instant received) {
        return new LedgerEntry(id, 1, position, "crm", "x" + id, "DEAL_WON", 7, received, received, credited,
                new BigDecimal(amount), "USD", null, null, corrects, correction, 0, BigDecimal.ZERO, 50);
    }
}
