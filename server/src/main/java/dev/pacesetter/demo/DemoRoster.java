package dev.pacesetter.demo;

import dev.pacesetter.identity.IdentityService;

import java.util.List;

/** Who works at the demo organisation. */
final class DemoRoster {

    private DemoRoster() {
    }

    record RepSpec(String login, String name, String salesRole, double skill) {
    }

    record TeamSpec(String name, String managerLogin, String managerName, List<RepSpec> reps) {
    }

    static final List<TeamSpec> TEAMS = List.of(
            new TeamSpec("Enterprise East", "maya.chen", "Maya Chen", List.of(
                    new RepSpec("ava.reed", "Ava Reed", "AE", 1.15),
                    new RepSpec("liam.ortiz", "Liam Ortiz", "AE", 0.95),
                    new RepSpec("noah.kim", "Noah Kim", "AE", 1.35),
                    new RepSpec("emma.walsh", "Emma Walsh", "AE", 0.7),
                    new RepSpec("lucas.meyer", "Lucas Meyer", "AE", 1.0),
                    new RepSpec("mia.patel", "Mia Patel", "AE", 1.1),
                    new RepSpec("ethan.brooks", "Ethan Brooks", "SDR", 1.2),
                    new RepSpec("zoe.nguyen", "Zoe Nguyen", "SDR", 0.85),
                    new RepSpec("owen.price", "Owen Price", "SDR", 1.0),
                    new RepSpec("ruby.hayes", "Ruby Hayes", "SDR", 0.65))),
            new TeamSpec("Mid-Market West", "jordan.blake", "Jordan Blake", List.of(
                    new RepSpec("isla.moreno", "Isla Moreno", "AE", 1.25),
                    new RepSpec("leo.fischer", "Leo Fischer", "AE", 0.9),
                    new RepSpec("chloe.adams", "Chloe Adams", "AE", 1.05),
                    new RepSpec("mason.reyes", "Mason Reyes", "AE", 0.75),
                    new RepSpec("ella.foster", "Ella Foster", "SDR", 1.3),
                    new RepSpec("jack.turner", "Jack Turner", "SDR", 0.95),
                    new RepSpec("lily.sato", "Lily Sato", "SDR", 1.05),
                    new RepSpec("henry.cole", "Henry Cole", "SDR", 0.8),
                    new RepSpec("grace.lind", "Grace Lind", "AM", 1.1),
                    new RepSpec("sam.okafor", "Sam Okafor", "AM", 0.9))),
            new TeamSpec("Account Management", "priya.raman", "Priya Raman", List.of(
                    new RepSpec("olivia.grant", "Olivia Grant", "AM", 1.2),
                    new RepSpec("james.ward", "James Ward", "AM", 1.0),
                    new RepSpec("sofia.rossi", "Sofia Rossi", "AM", 0.85),
                    new RepSpec("ben.carter", "Ben Carter", "AM", 1.3),
                    new RepSpec("nora.quinn", "Nora Quinn", "AM", 0.7),
                    new RepSpec("adam.lowe", "Adam Lowe", "AM", 1.05),
                    new RepSpec("hana.ito", "Hana Ito", "AM", 0.95),
                    new RepSpec("finn.doyle", "Finn Doyle", "AM", 1.15),
                    new RepSpec("aria.silva", "Aria Silva", "SDR", 1.0),
                    new RepSpec("theo.marsh", "Theo Marsh", "SDR", 0.9))));

    static long find(IdentityService identity, long orgId, String email) {
        return identity.userIdByEmail(orgId, email)
                .orElseThrow(() -> new IllegalStateException("demo user " + email + " is missing"));
    }
}
