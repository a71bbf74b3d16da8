package dev.pacesetter.coaching;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One KPI signal as evidence for one skill: its peer placement if it has one, or why not.
 *
 * @param signalId   the signal
 * @param label      the signal's display name
 * @param influence  the signal's weight for this skill ({@code SkillInfluence.weight}), in (0, 1]
 * @param placement  the placement among peers; empty when the signal was not measured or the peer
 *                   group was too small
 * @param note       what a person reads: the value and percentile, or the reason there is none
 * @param observedOn the day the signal's window ended
 */
public record KpiEvidence(String signalId, String label, double influence, Optional<PeerPlacement> placement,
                          String note, LocalDate observedOn) {

    public KpiEvidence {
        Checks.text(signalId, "signalId");
        Checks.text(label, "label");
        Checks.require(influence > 0 && influence <= 1, "influence", "must be within (0, 1], was " + influence);
        Checks.present(placement, "placement");
        Checks.text(note, "note");
        Checks.present(observedOn, "observedOn");
    }
}
