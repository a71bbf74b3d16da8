package dev.pacesetter.coaching;

import dev.pacesetter.content.SalesRole;
import dev.pacesetter.content.Skill;
import dev.pacesetter.content.SkillModel;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole assessment for one rep or a group: KPI evidence against peers, the blend per skill, and
 * the gaps. Peers are everyone of the same role among the reps given.
 *
 * <pre>{@code
 * List<RepGaps> gaps = new SkillAssessor(model, BlendPolicy.DEFAULT).assessAll(orgReps, today);
 * }</pre>
 */
final class SkillAssessor {

    private final SkillModel model;
    private final BlendPolicy policy;

    SkillAssessor(SkillModel model, BlendPolicy policy) {
        this.model = Checks.present(model, "model");
        this.policy = Checks.present(policy, "policy");
    }

    /** Assesses every rep, each against the peers of their role in the same collection. */
    List<RepGaps> assessAll(Collection<RepAssessment> reps, LocalDate asOf) {
        Map<SalesRole, PeerGroups> peers = peerGroups(reps.stream().map(RepAssessment::signals).toList());
        return reps.stream().map(r -> assess(r, peers.get(r.signals().role()), asOf)).toList();
    }

    /** Peer distributions for every role present. */
    static Map<SalesRole, PeerGroups> peerGroups(Collection<RepSignals> signals) {
        Map<SalesRole, PeerGroups> out = new EnumMap<>(SalesRole.class);
        for (SalesRole role : SalesRole.values()) {
            out.put(role, PeerGroups.of(role, signals));
        }
        return out;
    }

    RepGaps assess(RepAssessment rep, PeerGroups peers, LocalDate asOf) {
        SalesRole role = rep.signals().role();
        Map<String, SkillProficiency> proficiencies = new HashMap<>();
        for (Skill skill : model.skillsFor(role)) {
            SkillEvidence evidence = new SkillEvidence(skill.id(),
                    Optional.ofNullable(rep.managerRatings().get(skill.id())),
                    Optional.ofNullable(rep.selfRatings().get(skill.id())),
                    KpiEvidenceRules.forSkill(model, rep.signals(), peers, skill.id()));
            proficiencies.put(skill.id(), ProficiencyBlender.blend(evidence, policy, asOf));
        }
        return GapRules.analyse(model, rep.repId(), role, proficiencies);
    }
}
