package dev.pacesetter.comp.service;

import dev.pacesetter.api.model.NewTeam;
import dev.pacesetter.api.model.NewUser;
import dev.pacesetter.api.model.Role;
import dev.pacesetter.api.model.SalesRole;
import dev.pacesetter.identity.IdentityAdmin;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.testing.TestOrg;
import jakarta.enterprise.inject.spi.CDI;

import java.util.List;
import java.util.UUID;

/** Extra people in a test organisation: a manager of another team, with or without reps. */
final class CompUsers {

    private CompUsers() {
    }

    /** A manager of a new team in {@code org}, with {@code reps} reps of their own (returned after the manager). */
    static List<UserView> otherTeam(TestOrg org, int reps) {
        IdentityAdmin admin = CDI.current().select(IdentityAdmin.class).get();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UserView manager = admin.createUser(org.org.id(), user("mgr-" + tag, Role.MANAGER, null));
        var team = admin.createTeam(org.org.id(), new NewTeam().name("Other " + tag).managerId(manager.id()));
        List<UserView> out = new java.util.ArrayList<>(List.of(manager));
        for (int i = 0; i < reps; i++) {
            out.add(admin.createUser(org.org.id(), user("rep-" + tag + "-" + i, Role.REP, SalesRole.AE).teamId(team.id())));
        }
        return out;
    }

    private static NewUser user(String login, Role role, SalesRole salesRole) {
        return new NewUser().email(login + "@example.com").displayName(login).roles(List.of(role))
                .salesRole(salesRole).timeZone("America/New_York").locale("en-US");
    }
}
