package dev.pacesetter.contests.service;

import dev.pacesetter.api.model.ContestAudience;
import dev.pacesetter.api.model.ContestMetric;
import dev.pacesetter.api.model.ContestPrize;
import dev.pacesetter.api.model.ContestRecurrence;
import dev.pacesetter.api.model.ContestTarget;
import dev.pacesetter.api.model.NewContest;
import dev.pacesetter.contests.ActivityKind;
import dev.pacesetter.contests.Aggregation;
import dev.pacesetter.contests.ContestDefinition;
import dev.pacesetter.contests.ContestKind;
import dev.pacesetter.contests.ContestPeriod;
import dev.pacesetter.contests.ContestRuleException;
import dev.pacesetter.contests.Format;
import dev.pacesetter.contests.Metric;
import dev.pacesetter.contests.Money;
import dev.pacesetter.contests.Participation;
import dev.pacesetter.contests.Prize;
import dev.pacesetter.contests.Recurrence;
import dev.pacesetter.contests.Schedule;
import dev.pacesetter.contests.Scoring;
import dev.pacesetter.contests.Targets;
import dev.pacesetter.contests.TeamAggregation;
import dev.pacesetter.contests.TieRule;
import dev.pacesetter.contests.Title;
import dev.pacesetter.platform.ProblemException;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The wire form of a contest ({@link NewContest}) to the pure {@link ContestDefinition}. Every
 * refusal, ours or the rules', becomes a 422 naming the request's field.
 */
final class DefinitionMapper {

    private DefinitionMapper() {
    }

    /**
     * @param in       the request, with {@code challengerId} already filled in for a head-to-head
     * @param zone     the organisation's time zone
     * @param currency the organisation's currency, for prize values and filters given without one
     */
    static ContestDefinition toDefinition(NewContest in, ZoneId zone, Currency currency) {
        required(in.getName(), "name");
        required(in.getKind(), "kind");
        required(in.getMetric(), "metric");
        required(in.getAudience(), "audience");
        required(in.getStartsAt(), "startsAt");
        required(in.getEndsAt(), "endsAt");
        try {
            ContestKind kind = kind(in);
            Metric metric = metric(in.getMetric(), currency);
            TieRule tieRule = in.getTieRule() == null ? TieRule.STANDARD_COMPETITION : TieRule.valueOf(in.getTieRule().name());
            Scoring scoring = in.getScoring() == null ? Scoring.RAW : Scoring.valueOf(in.getScoring().name());
            Format format = new Format(kind, scoring, tieRule, prizes(in, kind, currency));
            targets(in, metric, scoring);
            Participation participation = new Participation(audience(in.getAudience()),
                    Boolean.TRUE.equals(in.getOptIn()), kind.entrant());
            if (!in.getEndsAt().isAfter(in.getStartsAt())) {
                throw ProblemException.invalid("endsAt", "must be after startsAt");
            }
            if (recurrence(in).isPresent() && kind instanceof ContestKind.HeadToHead) {
                throw ProblemException.invalid("recurrence", "a HEAD_TO_HEAD does not recur");
            }
            int grace = in.getGraceMinutes() == null ? 0 : in.getGraceMinutes();
            Schedule schedule = new Schedule(new ContestPeriod(in.getStartsAt().toInstant(), in.getEndsAt().toInstant()),
                    zone, Duration.ofMinutes(grace));
            return new ContestDefinition(new Title(in.getName(), in.getDescription()), metric, format, participation,
                    schedule);
        } catch (ContestRuleException e) {
            throw ProblemException.invalid(field(e.field()), e.reason());
        }
    }

    /**
     * The participants' own targets of a PERCENT_OF_TARGET contest (see {@link Targets} for the rule),
     * null for RAW. Refuses targets on a RAW contest, a missing or non-positive target, and a user twice.
     */
    static Targets targets(NewContest in, Metric metric, Scoring scoring) {
        List<ContestTarget> given = in.getTargets() == null ? List.of() : in.getTargets();
        if (scoring == Scoring.RAW) {
            if (in.getTarget() != null || !given.isEmpty()) {
                throw ProblemException.invalid(in.getTarget() != null ? "target" : "targets",
                        "only a PERCENT_OF_TARGET contest has targets");
            }
            return null;
        }
        Map<String, BigDecimal> overrides = new HashMap<>();
        for (int i = 0; i < given.size(); i++) {
            ContestTarget t = given.get(i);
            required(t.getUserId(), "targets[" + i + "].userId");
            BigDecimal value = decimal(t.getTarget(), "targets[" + i + "].target", true);
            if (value.signum() <= 0) {
                throw ProblemException.invalid("targets[" + i + "].target", "must be above zero");
            }
            if (overrides.put(String.valueOf(t.getUserId()), value) != null) {
                throw ProblemException.invalid("targets[" + i + "].userId", "user " + t.getUserId() + " is listed twice");
            }
        }
        try {
            return Targets.of(metric, decimal(in.getTarget(), "target", true), overrides);
        } catch (ContestRuleException e) {
            throw ProblemException.invalid(field(e.field()), e.reason());
        }
    }

    /** How a recurring contest repeats; empty for a one-off. */
    static Optional<Recurrence> recurrence(NewContest in) {
        ContestRecurrence r = in.getRecurrence();
        if (r == null) {
            return Optional.empty();
        }
        required(r.getEvery(), "recurrence.every");
        try {
            return Optional.of(switch (r.getEvery()) {
                case DAY -> new Recurrence.Daily();
                case WEEK -> {
                    required(r.getDay(), "recurrence.day");
                    yield new Recurrence.Weekly(DayOfWeek.valueOf(r.getDay().name()));
                }
                case MONTH -> {
                    required(r.getDayOfMonth(), "recurrence.dayOfMonth");
                    yield new Recurrence.Monthly(r.getDayOfMonth());
                }
                case CRON -> {
                    required(r.getCron(), "recurrence.cron");
                    yield new Recurrence.Cron(r.getCron());
                }
            });
        } catch (ContestRuleException e) {
            throw ProblemException.invalid(field(e.field()), e.reason());
        }
    }

    private static ContestKind kind(NewContest in) {
        int winners = in.getWinners() == null ? 1 : in.getWinners();
        return switch (in.getKind()) {
            case LEADERBOARD_RACE -> new ContestKind.LeaderboardRace(winners);
            case RACE_TO_TARGET -> new ContestKind.RaceToTarget(decimal(in.getGoal(), "goal", true), winners,
                    Boolean.TRUE.equals(in.getEndWhenPrizesTaken()));
            case THRESHOLD -> new ContestKind.Threshold(decimal(in.getGoal(), "goal", true));
            case HEAD_TO_HEAD -> {
                required(in.getOpponentId(), "opponentId");
                yield new ContestKind.HeadToHead(String.valueOf(in.getChallengerId()), String.valueOf(in.getOpponentId()));
            }
            case TEAM_BATTLE -> new ContestKind.TeamBattle(in.getTeamAggregation() == null ? TeamAggregation.SUM
                    : TeamAggregation.valueOf(in.getTeamAggregation().name()), winners);
        };
    }

    private static Metric metric(ContestMetric in, Currency orgCurrency) {
        required(in.getAggregation(), "metric.aggregation");
        if (in.getActivityTypes() == null || in.getActivityTypes().isEmpty()) {
            throw ProblemException.invalid("metric.activityTypes", "must name at least one activity type");
        }
        Set<ActivityKind> kinds = EnumSet.noneOf(ActivityKind.class);
        for (String type : in.getActivityTypes()) {
            try {
                kinds.add(ActivityKind.valueOf(type));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw ProblemException.invalid("metric.activityTypes", "'" + type + "' is not an activity type");
            }
        }
        Optional<Currency> currency = Optional.ofNullable(in.getCurrency()).map(DefinitionMapper::currency);
        Optional<Money> minimum = Optional.ofNullable(in.getMinimumDealAmount()).map(a -> money(a,
                currency.orElse(orgCurrency), "metric.minimumDealAmount"));
        return new Metric(kinds, Aggregation.valueOf(in.getAggregation().name()), currency,
                Optional.ofNullable(in.getProduct()), minimum);
    }

    private static Participation.Audience audience(ContestAudience in) {
        int given = (nonEmpty(in.getRoles()) ? 1 : 0) + (nonEmpty(in.getTeamIds()) ? 1 : 0)
                + (nonEmpty(in.getUserIds()) ? 1 : 0);
        if (given != 1) {
            throw ProblemException.invalid("audience", "name exactly one of roles, teamIds or userIds");
        }
        if (nonEmpty(in.getRoles())) {
            return new Participation.ByRole(Set.copyOf(in.getRoles()));
        }
        if (nonEmpty(in.getTeamIds())) {
            return new Participation.ByTeam(strings(in.getTeamIds()));
        }
        return new Participation.Listed(strings(in.getUserIds()));
    }

    private static List<Prize> prizes(NewContest in, ContestKind kind, Currency orgCurrency) {
        List<Prize> out = new ArrayList<>();
        List<ContestPrize> prizes = in.getPrizes() == null ? List.of() : in.getPrizes();
        for (int i = 0; i < prizes.size(); i++) {
            ContestPrize p = prizes.get(i);
            String field = "prizes[" + i + "]";
            Optional<Money> cash = Optional.ofNullable(p.getCashValue()).map(v -> money(v,
                    p.getCurrency() == null ? orgCurrency : currency(p.getCurrency()), field + ".cashValue"));
            Prize.Condition condition;
            if (kind instanceof ContestKind.RaceToTarget) {
                required(p.getPosition(), field + ".position");
                condition = new Prize.FirstToTarget(p.getPosition());
            } else if (kind instanceof ContestKind.Threshold) {
                condition = new Prize.Threshold(decimal(p.getGoal(), field + ".goal", true));
            } else {
                required(p.getRank(), field + ".rank");
                condition = new Prize.Rank(p.getRank());
            }
            try {
                out.add(new Prize(condition, p.getDescription(), cash));
            } catch (ContestRuleException e) {
                throw ProblemException.invalid(field + "." + e.field().replace("prize.", ""), e.reason());
            }
        }
        return out;
    }

    private static Currency currency(String code) {
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.invalid("currency", "'" + code + "' is not an ISO 4217 code");
        }
    }

    private static Money money(String amount, Currency currency, String field) {
        try {
            return Money.of(amount, currency.getCurrencyCode());
        } catch (ContestRuleException e) {
            throw ProblemException.invalid(field, e.reason());
        }
    }

    private static BigDecimal decimal(String value, String field, boolean required) {
        if (value == null) {
            if (required) {
                throw ProblemException.invalid(field, "is required");
            }
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(field, "'" + value + "' is not a decimal number");
        }
    }

    private static void required(Object value, String field) {
        if (value == null) {
            throw ProblemException.invalid(field, "is required");
        }
    }

    private static boolean nonEmpty(List<?> list) {
        return list != null && !list.isEmpty();
    }

    private static Set<String> strings(List<Long> ids) {
        Set<String> out = new TreeSet<>();
        ids.forEach(id -> out.add(String.valueOf(id)));
        return out;
    }

    /** The rules name their own fields; the client knows the request's. */
    static String field(String rulesField) {
        if (rulesField.startsWith("kind.")) {
            return switch (rulesField) {
                case "kind.opponent" -> "opponentId";
                case "kind.challenger" -> "challengerId";
                default -> rulesField.substring("kind.".length());
            };
        }
        if (rulesField.startsWith("participation.")) {
            return "audience";
        }
        if (rulesField.startsWith("schedule.")) {
            return rulesField.equals("schedule.grace") ? "graceMinutes" : "endsAt";
        }
        return rulesField;
    }
}
