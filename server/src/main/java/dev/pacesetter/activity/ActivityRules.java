package dev.pacesetter.activity;

import dev.pacesetter.api.model.ActivityInput;
import dev.pacesetter.content.ActivityCatalog;
import dev.pacesetter.content.ActivityType;
import dev.pacesetter.platform.FieldProblem;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Pure validation of one incoming activity: everything that can be decided without the database.
 * Either a {@link Candidate} or the list of problems, each naming its field.
 */
final class ActivityRules {
    private static final Pattern SOURCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");
    /** Clocks drift; an event a few minutes "in the future" is a skewed clock, an hour is a bug. */
    static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999.9999");
    /**
     * Types whose meaning is per deal (or lead): coaching signals match them to other facts by deal id
     * (win rate over closed deals, slip rate, lead response time), so without it they are useless.
     */
    static final java.util.Set<String> DEAL_ID_REQUIRED =
            java.util.Set.of("DEAL_LOST", "LEAD_ASSIGNED", "CLOSE_DATE_PUSHED", "RENEWAL_LOST");

    private ActivityRules() {
    }

    /** A validated, normalised activity that still needs its references checked. */
    record Candidate(String source, String externalId, ActivityType type, long userId, Instant occurredAt,
                     BigDecimal amount, String currency, String product, String dealId,
                     String correctsSource, String correctsExternalId, Correction correction,
                     boolean newLogo, List<SplitShare> splits) {

        boolean isCorrection() {
            return correction != null;
        }

        /** What identifies the content for idempotency: a resend must match it exactly. */
        String fingerprint() {
            return String.join("|", source, externalId, type.code(), Long.toString(userId),
                    occurredAt.toString(), amount == null ? "" : amount.stripTrailingZeros().toPlainString(),
                    nullToEmpty(currency), nullToEmpty(product), nullToEmpty(dealId), nullToEmpty(correctsSource),
                    nullToEmpty(correctsExternalId), correction == null ? "" : correction.name())
                    // Appended only when present, so content stored before deals had them hashes as before.
                    + (newLogo ? "|newLogo" : "") + (splits.isEmpty() ? "" : "|splits=" + SplitShare.encode(splits));
        }
    }

    /** The outcome of validating one item: a candidate, or why not. */
    record Checked(Candidate candidate, List<FieldProblem> problems) {
        boolean ok() {
            return problems.isEmpty();
        }
    }

    static Checked check(ActivityInput in, ActivityCatalog catalog, Currency orgCurrency, Instant now) {
        List<FieldProblem> p = new ArrayList<>();
        if (in == null) {
            return new Checked(null, List.of(new FieldProblem("body", "an activity object is required", null)));
        }
        text("source", in.getSource(), 64, p);
        if (in.getSource() != null && !in.getSource().isBlank() && !SOURCE.matcher(in.getSource()).matches()) {
            p.add(problem("source", "may contain letters, digits and . _ : - only"));
        }
        text("externalId", in.getExternalId(), 128, p);
        Optional<ActivityType> type = catalog.find(in.getType());
        if (in.getType() == null) {
            p.add(problem("type", "is required"));
        } else if (type.isEmpty()) {
            p.add(problem("type", "is not a known activity type (see /v1/activity-types)"));
        }
        if (in.getUserId() == null) {
            p.add(problem("userId", "is required"));
        }
        Instant occurred = in.getOccurredAt() == null ? null : in.getOccurredAt().toInstant();
        if (occurred == null) {
            p.add(problem("occurredAt", "is required"));
        } else if (occurred.isAfter(now.plus(FUTURE_TOLERANCE))) {
            p.add(problem("occurredAt", "is in the future"));
        } else if (occurred.isBefore(EARLIEST)) {
            p.add(problem("occurredAt", "is before 2000-01-01"));
        }
        optionalText("product", in.getProduct(), 100, p);
        optionalText("dealId", in.getDealId(), 128, p);
        Correction correction = in.getCorrection() == null ? null : Correction.valueOf(in.getCorrection().name());
        if (type.isPresent() && correction == null && DEAL_ID_REQUIRED.contains(type.get().code())
                && (in.getDealId() == null || in.getDealId().isBlank())) {
            p.add(problem("dealId", "is required for " + type.get().code()));
        }
        checkCorrection(in, correction, p);
        BigDecimal amount = type.isPresent() ? checkMoney(in, type.get(), correction, orgCurrency, p) : null;
        List<SplitShare> splits = type.isPresent()
                ? DealRules.check(in, type.get().code(), correction != null, p) : List.of();
        if (!p.isEmpty()) {
            return new Checked(null, List.copyOf(p));
        }
        return new Checked(new Candidate(in.getSource(), in.getExternalId(), type.get(), in.getUserId(), occurred,
                amount, amount == null ? null : orgCurrency.getCurrencyCode(), blankToNull(in.getProduct()),
                blankToNull(in.getDealId()),
                in.getCorrects() == null ? null : in.getCorrects().getSource(),
                in.getCorrects() == null ? null : in.getCorrects().getExternalId(), correction,
                Boolean.TRUE.equals(in.getNewLogo()), splits), List.of());
    }

    private static void checkCorrection(ActivityInput in, Correction correction, List<FieldProblem> p) {
        if (correction != null && in.getCorrects() == null) {
            p.add(problem("corrects", "is required when correction is given"));
        } else if (correction == null && in.getCorrects() != null) {
            p.add(problem("correction", "is required when corrects is given (REVERSAL or AMENDMENT)"));
        } else if (in.getCorrects() != null) {
            text("corrects.source", in.getCorrects().getSource(), 64, p);
            text("corrects.externalId", in.getCorrects().getExternalId(), 128, p);
            if (in.getCorrects().getSource() != null && in.getCorrects().getSource().equals(in.getSource())
                    && in.getCorrects().getExternalId() != null
                    && in.getCorrects().getExternalId().equals(in.getExternalId())) {
                p.add(problem("corrects", "cannot name the activity itself"));
            }
        }
    }

    private static BigDecimal checkMoney(ActivityInput in, ActivityType type, Correction correction,
                                         Currency orgCurrency, List<FieldProblem> p) {
        boolean amountExpected = type.monetary() && correction != Correction.REVERSAL;
        if (correction == Correction.AMENDMENT && !type.monetary()) {
            p.add(problem("correction", "AMENDMENT changes an amount; " + type.code() + " has none (use REVERSAL)"));
            return null;
        }
        if (!amountExpected) {
            if (in.getAmount() != null) {
                p.add(problem("amount", correction == Correction.REVERSAL
                        ? "must be absent on a REVERSAL (it undoes the whole original)"
                        : "must be absent for " + type.code()));
            }
            if (in.getCurrency() != null && correction != Correction.REVERSAL) {
                p.add(problem("currency", "must be absent for " + type.code()));
            }
            return null;
        }
        BigDecimal amount = null;
        if (in.getAmount() == null || in.getAmount().isBlank()) {
            p.add(problem("amount", "is required for " + type.code()));
        } else {
            try {
                amount = new BigDecimal(in.getAmount().trim());
                if (amount.signum() <= 0) {
                    p.add(problem("amount", "must be greater than zero"));
                } else if (amount.scale() > 4 || amount.compareTo(MAX_AMOUNT) > 0) {
                    p.add(problem("amount", "must have at most 13 digits before and 4 after the decimal point"));
                }
            } catch (NumberFormatException e) {
                p.add(problem("amount", "is not a decimal number such as 1250.00"));
            }
        }
        if (in.getCurrency() == null) {
            p.add(problem("currency", "is required for " + type.code()));
        } else if (!in.getCurrency().equals(orgCurrency.getCurrencyCode())) {
            p.add(problem("currency", "must be the organisation's currency, " + orgCurrency.getCurrencyCode()));
        }
        return amount;
    }

    private static void text(String field, String value, int max, List<FieldProblem> p) {
        if (value == null || value.isBlank()) {
            p.add(problem(field, "is required"));
        } else if (value.length() > max) {
            p.add(problem(field, "must be at most " + max + " characters"));
        }
    }

    private static void optionalText(String field, String value, int max, List<FieldProblem> p) {
        if (value != null && value.length() > max) {
            p.add(problem(field, "must be at most " + max + " characters"));
        }
    }

    private static FieldProblem problem(String field, String reason) {
        return new FieldProblem(field, reason, null);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
