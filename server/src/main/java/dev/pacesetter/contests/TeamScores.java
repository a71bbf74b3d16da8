package dev.pacesetter.contests;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Team battle scores from the members' entries. Only members who take part count: a team's average is
 * over its participating members, not its roster. A team reached its score when the last of its
 * members reached theirs (the team score last changed then).
 */
public final class TeamScores {

    /** Team averages are kept in thousandths of the member unit, rounded down. */
    public static final long AVERAGE_SCALE = 1000;

    private TeamScores() {
    }

    /**
     * One entry per team, in team id order.
     *
     * @param aggregation   sum or average
     * @param rosters       team id to member ids; a member may be on one competing team only
     * @param memberEntries the participating members' entries; members on no roster are ignored
     * @return the team entries; a team with no participating member scores zero
     */
    public static List<Entry> of(TeamAggregation aggregation, Map<String, Set<String>> rosters,
                                 Collection<Entry> memberEntries) {
        Checks.present(aggregation, "aggregation");
        Map<String, Entry> byMember = new HashMap<>();
        for (Entry entry : memberEntries) {
            Checks.require(byMember.put(entry.entrantId(), entry) == null, "memberEntries",
                    entry.entrantId() + " appears twice");
        }
        Map<String, String> teamOf = new HashMap<>();
        Map<String, Set<String>> sorted = new TreeMap<>(Checks.present(rosters, "rosters"));
        sorted.forEach((team, members) -> members.forEach(member -> {
            String other = teamOf.putIfAbsent(member, team);
            Checks.require(other == null, "rosters", member + " is on both " + other + " and " + team);
        }));
        return sorted.entrySet().stream()
                .map(team -> teamEntry(aggregation, team.getKey(), team.getValue(), byMember))
                .toList();
    }

    private static Entry teamEntry(TeamAggregation aggregation, String teamId, Set<String> roster,
                                   Map<String, Entry> byMember) {
        long sum = 0;
        int members = 0;
        ReachedAt reached = ReachedAt.FROM_START;
        for (String member : roster) {
            Entry entry = byMember.get(member);
            if (entry != null) {
                sum = Math.addExact(sum, entry.score());
                members++;
                reached = entry.reachedAt().isAfter(reached) ? entry.reachedAt() : reached;
            }
        }
        long score = aggregation == TeamAggregation.SUM || members == 0 ? sum
                : Math.floorDiv(Math.multiplyExact(sum, AVERAGE_SCALE), members);
        return new Entry(teamId, score, reached);
    }
}
