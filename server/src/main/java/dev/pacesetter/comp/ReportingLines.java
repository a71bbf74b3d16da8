package dev.pacesetter.comp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Who manages whom, for roll-up crediting. Roll-up is transitive: a second-line manager is credited
 * with every deal below them.
 *
 * @param managerOf rep id to the id of their manager; reps without a manager are absent
 */
public record ReportingLines(Map<String, String> managerOf) {

    /** Nobody has a manager: no roll-up. */
    public static final ReportingLines NONE = new ReportingLines(Map.of());

    /** Rejects self-management and cycles. */
    public ReportingLines {
        Checks.present(managerOf, "managerOf");
        managerOf = Map.copyOf(managerOf);
        for (String rep : managerOf.keySet()) {
            String current = rep;
            for (int steps = 0; managerOf.containsKey(current); steps++) {
                current = managerOf.get(current);
                Checks.require(!current.equals(rep) && steps <= managerOf.size(), "managerOf",
                        "reporting lines from '" + rep + "' form a cycle");
            }
        }
    }

    /** The managers above a rep, nearest first. */
    public List<String> managersAbove(String repId) {
        List<String> chain = new ArrayList<>();
        for (String manager = managerOf.get(repId); manager != null; manager = managerOf.get(manager)) {
            chain.add(manager);
        }
        return chain;
    }
}
