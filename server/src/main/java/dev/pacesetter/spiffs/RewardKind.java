package dev.pacesetter.spiffs;

/** How a SPIFF pays. */
public enum RewardKind {
    /** A fixed amount for every {@code unitsPerReward} qualifying activities. */
    FIXED_PER_UNIT,
    /** A percentage of each qualifying deal's amount (net of amendments). */
    PERCENT_OF_AMOUNT,
    /** A fixed prize for each of the first N reps to reach {@code unitsPerReward} qualifying activities. */
    FIXED_PRIZE_FIRST_N
}
