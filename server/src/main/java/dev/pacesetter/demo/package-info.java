/**
 * The demo organisation the embedded default starts with: three teams, their managers, thirty reps
 * across SDR/AE/AM roles and sixty days of plausible activity, ingested through the real ledger.
 */
package dev.pacesetter.demo;
