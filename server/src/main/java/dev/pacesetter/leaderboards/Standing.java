package dev.pacesetter.leaderboards;

/** One ranked member: rank under standard competition ranking, and the raw integer score. */
record Standing(long rank, long userId, long score) {
}
