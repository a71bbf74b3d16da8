package dev.pacesetter.coaching;

import dev.pacesetter.content.SalesRole;
import dev.pacesetter.content.SkillModel;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds RepGaps from a compact profile such as {@code "discovery=2.4 closing=2.2"}. */
final class Standings {

    static final SkillModel MODEL = SkillModel.load();

    private Standings() {
    }

    /** Skills named in the profile get that proficiency (with a one-line explanation); the rest are unknown. */
    static RepGaps of(long repId, SalesRole role, String profile) {
        Map<String, SkillProficiency> p = new HashMap<>();
        for (String part : profile.isBlank() ? new String[0] : profile.trim().split(" +")) {
            String[] kv = part.split("=");
            p.put(kv[0], known(kv[0], kv[1]));
        }
        return GapRules.analyse(MODEL, repId, role, p);
    }

    static SkillProficiency known(String skillId, String level) {
        return new SkillProficiency(skillId, Optional.of(new BigDecimal(level)),
                new Explanation(List.of(), level + " from manager rating " + level.charAt(0) + " (100%)"));
    }
}
