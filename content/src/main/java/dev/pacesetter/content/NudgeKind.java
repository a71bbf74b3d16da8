package dev.pacesetter.content;

/** Every push notification the platform sends; each has templates in {@code nudge-templates.json}. */
public enum NudgeKind {
    /** A contest the rep takes part in has started. */
    CONTEST_STARTED,
    /** A contest the rep takes part in ends within hours. */
    CONTEST_ENDING_SOON,
    /** A contest has been finalised; the rep's final rank. */
    CONTEST_ENDED_RESULT,
    /** Someone moved past the rep on a leaderboard. */
    OVERTAKEN,
    /** The rep moved into a prize-winning position. */
    PRIZE_POSITION_ENTERED,
    /** The rep is close to a contest target. */
    CLOSE_TO_TARGET,
    /** A deal qualified for a SPIFF; awaiting approval. */
    SPIFF_EARNED,
    /** A manager approved a SPIFF payout. */
    SPIFF_APPROVED,
    /** A SPIFF reward has been paid. */
    SPIFF_PAID,
    /** The rep is close to qualifying for a SPIFF. */
    CLOSE_TO_SPIFF,
    /** The rep is close to the next commission tier. */
    CLOSE_TO_NEXT_TIER,
    /** A commission statement is ready. */
    STATEMENT_READY,
    /** A compensation inquiry has been answered. */
    INQUIRY_ANSWERED,
    /** A manager assigned a coaching plan. */
    COACHING_PLAN_ASSIGNED,
    /** A coaching item is due tomorrow. */
    COACHING_ITEM_DUE_TOMORROW,
    /** A coaching item is past its due date. */
    COACHING_ITEM_OVERDUE,
    /** A manager verified a completed coaching item. */
    COACHING_ITEM_VERIFIED,
    /** A manager sent a coaching item back with feedback. */
    COACHING_ITEM_SENT_BACK,
    /** A manager's announcement to the team. */
    MANAGER_ANNOUNCEMENT,
    /** The morning summary of the rep's day. */
    MORNING_DIGEST
}
