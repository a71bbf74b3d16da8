package dev.pacesetter.coaching;

import dev.pacesetter.content.SalesRole;
import dev.pacesetter.content.Skill;
import dev.pacesetter.content.SkillModel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A team's skills at a glance: one row per rep (by rep id), one column per skill that matters to any
 * role on the team (in the skill model's order), and a summary per column. Pure aggregation of
 * {@link RepGaps}; a mixed team shows {@link Status#NOT_FOR_ROLE} where a skill is not the rep's.
 *
 * @param skillIds the columns
 * @param rows     one per rep, cells aligned with {@code skillIds}
 * @param columns  one summary per skill, aligned with {@code skillIds}
 */
public record TeamHeatmap(List<String> skillIds, List<Row> rows, List<Column> columns) {

    public TeamHeatmap {
        skillIds = Checks.list(skillIds, "skillIds");
        rows = Checks.list(rows, "rows");
        columns = Checks.list(columns, "columns");
    }

    /** What a cell shows. */
    public enum Status { GAP, AT_OR_ABOVE_TARGET, UNKNOWN, NOT_FOR_ROLE }

    /** One rep's row. */
    public record Row(long repId, SalesRole role, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** One rep × skill: the proficiency and the gap when known. */
    public record Cell(String skillId, Status status, Optional<BigDecimal> proficiency, Optional<BigDecimal> gap) {
    }

    /**
     * One skill across the team.
     *
     * @param assessedFor reps whose role the skill matters to
     * @param withGap     of those, reps known to be below target
     * @param unknown     of those, reps with no usable evidence
     * @param meanShortfall mean of {@code max(0, gap)} over the reps with a known proficiency, two
     *                    decimals; empty when nobody is known
     */
    public record Column(String skillId, int assessedFor, int withGap, int unknown, Optional<BigDecimal> meanShortfall) {
    }

    static TeamHeatmap of(SkillModel model, Collection<RepGaps> reps) {
        List<RepGaps> sorted = reps.stream().sorted(Comparator.comparingLong(RepGaps::repId)).toList();
        List<String> skills = model.skills().stream().map(Skill::id)
                .filter(id -> sorted.stream().anyMatch(r -> model.skill(id).orElseThrow().relevantFor(r.role())))
                .toList();
        List<Row> rows = new ArrayList<>();
        for (RepGaps rep : sorted) {
            Map<String, SkillStanding> bySkill = new HashMap<>();
            rep.standings().forEach(s -> bySkill.put(s.skillId(), s));
            rows.add(new Row(rep.repId(), rep.role(), skills.stream().map(id -> cell(id, bySkill.get(id))).toList()));
        }
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < skills.size(); i++) {
            int col = i;
            columns.add(column(skills.get(i), rows.stream().map(r -> r.cells().get(col)).toList()));
        }
        return new TeamHeatmap(skills, rows, columns);
    }

    private static Cell cell(String skillId, SkillStanding s) {
        if (s == null) {
            return new Cell(skillId, Status.NOT_FOR_ROLE, Optional.empty(), Optional.empty());
        }
        Status status = !s.proficiency().known() ? Status.UNKNOWN
                : s.hasGap() ? Status.GAP : Status.AT_OR_ABOVE_TARGET;
        return new Cell(skillId, status, s.proficiency().level(), s.gap());
    }

    private static Column column(String skillId, List<Cell> cells) {
        int assessed = 0;
        int withGap = 0;
        int unknown = 0;
        int known = 0;
        BigDecimal shortfall = BigDecimal.ZERO;
        for (Cell c : cells) {
            if (c.status() == Status.NOT_FOR_ROLE) {
                continue;
            }
            assessed++;
            if (c.status() == Status.UNKNOWN) {
                unknown++;
                continue;
            }
            known++;
            withGap += c.status() == Status.GAP ? 1 : 0;
            shortfall = shortfall.add(c.gap().orElseThrow().max(BigDecimal.ZERO));
        }
        Optional<BigDecimal> mean = known == 0 ? Optional.empty()
                : Optional.of(shortfall.divide(BigDecimal.valueOf(known), 2, RoundingMode.HALF_UP));
        return new Column(skillId, assessed, withGap, unknown, mean);
    }
}
