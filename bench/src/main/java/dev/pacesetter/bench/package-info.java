/**
 * Load generator for Pacesetter's hot paths: batch ingest and live leaderboard reads, plus the
 * trivial HTTP server used as the floor every HTTP figure is compared with. Driven by
 * {@code bench/run.sh}; see {@code bench/RESULTS.md}.
 */
package dev.pacesetter.bench;
