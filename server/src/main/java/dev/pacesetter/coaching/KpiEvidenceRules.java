package dev.pacesetter.coaching;

import dev.pacesetter.content.KpiSignal;
import dev.pacesetter.content.SignalUnit;
import dev.pacesetter.content.SkillInfluence;
import dev.pacesetter.content.SkillModel;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a rep's signal readings into KPI evidence for one skill: for every signal of the rep's role
 * that informs the skill, its placement among peers (in the direction that skill reads it) or the
 * reason there is none. Observation days are UTC dates of the readings' instant.
 */
final class KpiEvidenceRules {

    private KpiEvidenceRules() {
    }

    static List<KpiEvidence> forSkill(SkillModel model, RepSignals rep, PeerGroups peers, String skillId) {
        Checks.require(peers.role() == rep.role(), "peers", "are for " + peers.role() + ", the rep is " + rep.role());
        LocalDate on = LocalDate.ofInstant(rep.asOf(), ZoneOffset.UTC);
        List<KpiEvidence> out = new ArrayList<>();
        for (KpiSignal signal : model.signalsFor(rep.role())) {
            for (SkillInfluence influence : signal.informs()) {
                if (influence.skill().equals(skillId)) {
                    out.add(evidence(signal, influence, rep, peers, on));
                }
            }
        }
        return out;
    }

    private static KpiEvidence evidence(KpiSignal signal, SkillInfluence influence, RepSignals rep, PeerGroups peers,
                                        LocalDate on) {
        SignalReading reading = rep.reading(signal.id())
                .orElse(new SignalReading.NotAvailable(signal.id(), "not read for this rep"));
        Optional<PeerPlacement> placement = Optional.empty();
        String note;
        switch (reading) {
            case SignalReading.NotAvailable na -> note = "not available: " + na.reason();
            case SignalReading.Insufficient in -> note = "insufficient: " + in.eventCount() + " events, "
                    + in.minEvents() + " needed";
            case SignalReading.Measured m -> {
                Optional<PeerDistribution> group = peers.forSignal(signal.id());
                int size = group.map(PeerDistribution::size).orElse(0);
                placement = group.flatMap(g -> g.place(m.value(), influence.direction()));
                note = placement.map(p -> format(m.value(), signal.unit()) + ", " + ordinal(p.percentile())
                                + " percentile of " + p.peers() + " " + rep.role() + " peers")
                        .orElse(format(m.value(), signal.unit()) + ", but only " + size + " " + rep.role()
                                + " peers have a value; " + PeerDistribution.MIN_PEERS + " are needed");
            }
        }
        return new KpiEvidence(signal.id(), signal.name(), influence.weight(), placement, note, on);
    }

    static String format(double value, SignalUnit unit) {
        return switch (unit) {
            case PERCENT -> Numbers.oneDecimal(value) + " %";
            case MONEY -> Numbers.grouped(value);
            case DAYS -> Numbers.oneDecimal(value) + " days";
            case HOURS -> Numbers.oneDecimal(value) + " hours";
            case PER_WEEK -> Numbers.oneDecimal(value) + " a week";
        };
    }

    /** 35.0 -> "35th", 21.4 -> "21st": percentiles shown as whole ordinals, rounded half up. */
    static String ordinal(double percentile) {
        int n = (int) Math.floor(percentile + 0.5);
        String suffix = (n % 100 >= 11 && n % 100 <= 13) ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
