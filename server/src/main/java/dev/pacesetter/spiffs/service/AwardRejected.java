package dev.pacesetter.spiffs.service;

/** Fired when an award was rejected, so (after commit) its program is recomputed and the budget it held moves on. */
record AwardRejected(long programId) {
}
