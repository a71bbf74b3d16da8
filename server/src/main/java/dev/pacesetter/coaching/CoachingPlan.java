package dev.pacesetter.coaching;

import dev.pacesetter.content.SalesRole;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A coaching plan with its lifecycle: an immutable value; each step of {@code PlanLifecycle} and
 * {@code ItemLifecycle} returns a new one. The compact constructor holds the invariants, so a plan
 * loaded from storage in an impossible state is refused as early as one built by mistake.
 *
 * @param planId     the plan's id
 * @param repId      whose plan it is
 * @param managerId  who assigned it and checks in; not the rep
 * @param role       the rep's role when it was generated
 * @param state      where it is
 * @param pausedFrom the state to resume to; present exactly while PAUSED
 * @param items      activities and check-ins in sequence order
 * @param startedAt  when work started; present from IN_PROGRESS on
 * @param endedAt    when it was completed or abandoned
 */
public record CoachingPlan(long planId, long repId, long managerId, SalesRole role, PlanState state,
                           Optional<PlanState> pausedFrom, List<TrackedItem> items, Optional<Instant> startedAt,
                           Optional<Instant> endedAt) {

    public CoachingPlan {
        Checks.present(role, "role");
        Checks.present(state, "state");
        Checks.present(pausedFrom, "pausedFrom");
        items = Checks.list(items, "items");
        Checks.present(startedAt, "startedAt");
        Checks.present(endedAt, "endedAt");
        Checks.require(repId != managerId, "managerId", "a rep cannot be their own coach");
        Checks.require(pausedFrom.isPresent() == (state == PlanState.PAUSED)
                && pausedFrom.map(s -> s == PlanState.ASSIGNED || s == PlanState.IN_PROGRESS).orElse(true),
                "pausedFrom", "is ASSIGNED or IN_PROGRESS exactly while PAUSED");
        Set<Integer> sequences = new HashSet<>();
        items.forEach(i -> Checks.require(sequences.add(i.sequence()), "items", "sequence " + i.sequence() + " twice"));
        boolean started = state == PlanState.IN_PROGRESS || state == PlanState.COMPLETED
                || pausedFrom.orElse(state) == PlanState.IN_PROGRESS;
        Checks.require(!started || startedAt.isPresent(), "startedAt", "is required once the plan is in progress");
        Checks.require(endedAt.isPresent() == state.terminal(), "endedAt", "is present exactly when the plan has ended");
        Checks.require(state != PlanState.COMPLETED || items.stream().filter(i -> i.item().isActivity())
                .allMatch(i -> i.state() == ItemState.VERIFIED), "items", "a COMPLETED plan has every activity VERIFIED");
    }

    /** A new plan in DRAFT, every item TODO. */
    public static CoachingPlan draft(long planId, long managerId, GeneratedPlan generated) {
        return new CoachingPlan(planId, generated.repId(), managerId, generated.role(), PlanState.DRAFT,
                Optional.empty(), generated.items().stream().map(TrackedItem::todo).toList(), Optional.empty(),
                Optional.empty());
    }

    /** The item with this sequence number. */
    public TrackedItem item(int sequence) {
        return items.stream().filter(i -> i.sequence() == sequence).findFirst()
                .orElseThrow(() -> new CoachingRuleException("items[" + sequence + "]",
                        "plan " + planId + " has no item " + sequence));
    }

    /** See {@code PlanProgress}: effort-weighted share of verified activities, 0..100. */
    public int progressPercent() {
        return PlanProgress.percent(items);
    }

    /** The skills the plan's activities were picked for, in plan order. */
    public List<String> targetedSkills() {
        Set<String> skills = new LinkedHashSet<>();
        items.stream().filter(i -> i.item().isActivity()).forEach(i -> skills.add(i.item().skillIds().getFirst()));
        return List.copyOf(skills);
    }

    CoachingPlan with(PlanState newState, Optional<PlanState> newPausedFrom, Optional<Instant> newStartedAt,
                      Optional<Instant> newEndedAt) {
        return new CoachingPlan(planId, repId, managerId, role, newState, newPausedFrom, items, newStartedAt, newEndedAt);
    }

    CoachingPlan withItems(List<TrackedItem> newItems) {
        return new CoachingPlan(planId, repId, managerId, role, state, pausedFrom, newItems, startedAt, endedAt);
    }

    PlanEvent event(PlanEvent.Type type, int itemSequence, Instant at, String detail) {
        return new PlanEvent(planId, repId, managerId, type, itemSequence, at, detail);
    }
}
