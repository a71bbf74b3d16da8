package dev.pacesetter.coaching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Blends a skill's evidence into one proficiency with a full {@link Explanation} (formula there,
 * weights and recency in {@link BlendPolicy}). Unusable evidence — a KPI without a placement, a rating
 * dated after the assessment day or older than the policy allows — is listed with the reason and
 * carries no weight. With no usable evidence at all the skill is unknown.
 */
final class ProficiencyBlender {

    private ProficiencyBlender() {
    }

    /** One piece of evidence before weighing; {@code influence} splits the KPI weight between signals. */
    private record Candidate(EvidenceSource source, String label, OptionalInt level, LocalDate on,
                             double influence, String note) {
    }

    /** A candidate with its weights; {@code reason} says why it is not used, or is null. */
    private record Weighed(Candidate candidate, String reason, double base, double decay) {
        double weight() {
            return base * decay;
        }
    }

    static SkillProficiency blend(SkillEvidence evidence, BlendPolicy policy, LocalDate asOf) {
        List<Weighed> weighed = weigh(candidates(evidence), policy, asOf);
        double total = weighed.stream().mapToDouble(Weighed::weight).sum();
        List<Explanation.Input> inputs = new ArrayList<>();
        double sum = 0;
        for (Weighed w : weighed) {
            Candidate c = w.candidate();
            double share = total > 0 ? w.weight() / total : 0;
            double contribution = share > 0 ? c.level().getAsInt() * share : 0;
            sum += contribution;
            String note = w.reason() != null ? w.reason() : share > 0 ? c.note() : "carries no weight in the blend policy";
            inputs.add(new Explanation.Input(c.source(), c.label(), c.level(), c.on(), w.base(),
                    share > 0 ? w.decay() : 0, share, contribution, note));
        }
        inputs.sort(Comparator.comparing((Explanation.Input in) -> !in.used())
                .thenComparing(Comparator.comparingDouble(Explanation.Input::share).reversed()));
        if (total == 0) {
            return new SkillProficiency(evidence.skillId(), Optional.empty(),
                    new Explanation(inputs, unknownSummary(evidence, inputs)));
        }
        BigDecimal level = round(sum);
        return new SkillProficiency(evidence.skillId(), Optional.of(level),
                new Explanation(inputs, knownSummary(level, inputs)));
    }

    /**
     * Base weight = the source's policy weight (for a KPI, times its influence over the influence of
     * the usable KPIs); decay = ½^(age / half-life). Unusable candidates weigh nothing.
     */
    private static List<Weighed> weigh(List<Candidate> candidates, BlendPolicy policy, LocalDate asOf) {
        List<String> reasons = candidates.stream().map(c -> unusable(c, policy, asOf)).toList();
        double kpiInfluence = 0;
        for (int i = 0; i < candidates.size(); i++) {
            if (reasons.get(i) == null && candidates.get(i).source() == EvidenceSource.KPI) {
                kpiInfluence += candidates.get(i).influence();
            }
        }
        List<Weighed> out = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (reasons.get(i) != null) {
                out.add(new Weighed(c, reasons.get(i), 0, 0));
                continue;
            }
            double split = c.source() == EvidenceSource.KPI ? c.influence() / kpiInfluence : 1.0;
            out.add(new Weighed(c, null, policy.weightOf(c.source()) * split,
                    policy.decay(ChronoUnit.DAYS.between(c.on(), asOf))));
        }
        return out;
    }

    /** One decimal, half up; the 9-digit step first keeps 2.65 from becoming 2.6 through binary noise. */
    static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(9, RoundingMode.HALF_UP).setScale(1, RoundingMode.HALF_UP);
    }

    private static List<Candidate> candidates(SkillEvidence e) {
        List<Candidate> out = new ArrayList<>();
        e.manager().ifPresent(r -> out.add(rating(EvidenceSource.MANAGER_RATING, "manager rating", r)));
        for (KpiEvidence k : e.kpi()) {
            OptionalInt level = k.placement().map(p -> OptionalInt.of(p.level())).orElse(OptionalInt.empty());
            out.add(new Candidate(EvidenceSource.KPI, k.label(), level, k.observedOn(), k.influence(), k.note()));
        }
        e.self().ifPresent(r -> out.add(rating(EvidenceSource.SELF_RATING, "self-rating", r)));
        return out;
    }

    private static Candidate rating(EvidenceSource source, String label, Rating r) {
        return new Candidate(source, label, OptionalInt.of(r.level()), r.ratedOn(), 1.0,
                "rated " + r.level() + " on " + r.ratedOn());
    }

    /** Why a candidate cannot be used, or null when it can. */
    private static String unusable(Candidate c, BlendPolicy policy, LocalDate asOf) {
        if (c.level().isEmpty()) {
            return c.note();
        }
        long age = ChronoUnit.DAYS.between(c.on(), asOf);
        if (age < 0) {
            return "dated " + c.on() + ", after the assessment day " + asOf;
        }
        if (age > policy.maxAgeDays()) {
            return "from " + c.on() + ", older than " + policy.maxAgeDays() + " days";
        }
        return null;
    }

    private static String knownSummary(BigDecimal level, List<Explanation.Input> inputs) {
        return level + " from " + inputs.stream().filter(Explanation.Input::used)
                .map(in -> in.label() + " " + in.level().getAsInt() + " (" + Numbers.percent(in.share()) + ")")
                .collect(Collectors.joining(", "));
    }

    private static String unknownSummary(SkillEvidence e, List<Explanation.Input> inputs) {
        List<String> parts = new ArrayList<>();
        if (e.manager().isEmpty()) {
            parts.add("no manager rating");
        }
        if (e.self().isEmpty()) {
            parts.add("no self-rating");
        }
        if (e.kpi().isEmpty()) {
            parts.add("no KPI signal informs it for this role");
        }
        inputs.forEach(in -> parts.add(in.label() + ": " + in.note()));
        return "unknown: " + String.join("; ", parts);
    }

}
