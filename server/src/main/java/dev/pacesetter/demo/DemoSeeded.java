package dev.pacesetter.demo;

/**
 * Fired once, right after the demo organisation and its activity history were seeded, so each
 * feature can add its own demo data (contests, plans, coaching, nudges) by observing it.
 *
 * @param orgId     the demo organisation
 * @param adminId   its admin, to act as
 * @param integrationId its CRM integration user
 */
public record DemoSeeded(long orgId, long adminId, long integrationId) {
}
