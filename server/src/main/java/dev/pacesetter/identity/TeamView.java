package dev.pacesetter.identity;

/** A team as other features see it. */
public record TeamView(long id, long orgId, String name, Long managerId, int memberCount) {
}
