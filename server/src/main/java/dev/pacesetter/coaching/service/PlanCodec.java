package dev.pacesetter.coaching.service;

import dev.pacesetter.coaching.CoachingPlan;
import dev.pacesetter.coaching.ItemState;
import dev.pacesetter.coaching.PlanItem;
import dev.pacesetter.coaching.PlanState;
import dev.pacesetter.coaching.TrackedItem;
import dev.pacesetter.content.SalesRole;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Between the coaching tables and the pure {@link CoachingPlan}: load a plan as the rules see it, and
 * write back what a step changed. The rules' invariants run on every load, so a row in an impossible
 * state fails loudly instead of being acted on.
 */
final class PlanCodec {

    /** What the rules record as an item's evidence when the rep gave neither a note nor a link. */
    static final String NO_EVIDENCE = "marked done";

    private PlanCodec() {
    }

    static CoachingPlan plan(PlanRow row, List<PlanItemRow> items) {
        return new CoachingPlan(row.id, row.repId, row.managerId, SalesRole.valueOf(row.salesRole),
                PlanState.valueOf(row.state), Optional.ofNullable(row.pausedFrom).map(PlanState::valueOf),
                items.stream().map(PlanCodec::item).toList(), Optional.ofNullable(row.startedAt).map(PlanCodec::instant),
                Optional.ofNullable(row.endedAt).map(PlanCodec::instant));
    }

    static TrackedItem item(PlanItemRow r) {
        PlanItem item = new PlanItem(r.seq, r.week, PlanItem.Kind.valueOf(r.kind), Optional.ofNullable(r.activityId),
                r.title, Arrays.asList(r.skillIds.split(",")), r.level, r.minutes, r.dueOn, r.why, r.overCapacity);
        ItemState state = ItemState.valueOf(r.state);
        return new TrackedItem(item, state, state == ItemState.TODO ? Optional.empty() : Optional.of(evidence(r)),
                Optional.ofNullable(r.sentBackReason), Optional.ofNullable(r.doneAt).map(PlanCodec::instant),
                Optional.ofNullable(r.verifiedAt).map(PlanCodec::instant));
    }

    /** The rules keep one evidence text; the rep gives a note, a link, both or neither. */
    static String evidence(PlanItemRow r) {
        return evidence(r.evidenceNote, r.evidenceLink);
    }

    static String evidence(String note, String link) {
        boolean hasNote = note != null && !note.isBlank();
        boolean hasLink = link != null && !link.isBlank();
        if (hasNote && hasLink) {
            return note + " (" + link + ")";
        }
        return hasNote ? note : hasLink ? link : NO_EVIDENCE;
    }

    /** New rows for a plan's items (a generated plan, or a draft after an edit). */
    static List<PlanItemRow> newRows(long orgId, CoachingPlan plan) {
        List<PlanItemRow> rows = new ArrayList<>();
        for (TrackedItem t : plan.items()) {
            PlanItem p = t.item();
            PlanItemRow r = new PlanItemRow();
            r.orgId = orgId;
            r.seq = p.sequence();
            r.week = p.week();
            r.kind = p.kind().name();
            r.activityId = p.activityId().orElse(null);
            r.title = p.title();
            r.skillIds = String.join(",", p.skillIds());
            r.level = p.level();
            r.minutes = p.minutes();
            r.dueOn = p.dueOn();
            r.why = p.why();
            r.overCapacity = p.overCapacity();
            r.state = t.state().name();
            rows.add(r);
        }
        return rows;
    }

    /** Writes a step's result onto the loaded rows (items matched by sequence; a step never renumbers). */
    static void apply(CoachingPlan after, PlanRow row, List<PlanItemRow> items) {
        row.state = after.state().name();
        row.pausedFrom = after.pausedFrom().map(Enum::name).orElse(null);
        row.startedAt = after.startedAt().map(PlanCodec::at).orElse(null);
        row.endedAt = after.endedAt().map(PlanCodec::at).orElse(null);
        Map<Integer, PlanItemRow> bySeq = new HashMap<>();
        items.forEach(i -> bySeq.put(i.seq, i));
        for (TrackedItem t : after.items()) {
            PlanItemRow r = bySeq.get(t.sequence());
            r.state = t.state().name();
            r.sentBackReason = t.sentBackReason().orElse(null);
            r.doneAt = t.doneAt().map(PlanCodec::at).orElse(null);
            r.verifiedAt = t.verifiedAt().map(PlanCodec::at).orElse(null);
        }
    }

    static Instant instant(OffsetDateTime at) {
        return at.toInstant();
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
