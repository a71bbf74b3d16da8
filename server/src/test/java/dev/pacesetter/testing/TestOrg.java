package dev.pacesetter.testing;

import dev.pacesetter.api.model.NewTeam;
import dev.pacesetter.api.model.NewUser;
import dev.pacesetter.api.model.Role;
import dev.pacesetter.api.model.SalesRole;
import dev.pacesetter.client.ApiClient;
import dev.pacesetter.identity.IdentityAdmin;
import dev.pacesetter.identity.OrgView;
import dev.pacesetter.identity.TeamView;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.platform.JwtSigner;
import jakarta.enterprise.inject.spi.CDI;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fresh organisation per test class (or test): an admin, an integration, a manager with a team of
 * reps, and clients of the generated API acting as each. Tests share one server and one database,
 * and stay independent because every organisation is new.
 */
public final class TestOrg {
    private static final AtomicInteger SEQ = new AtomicInteger();

    public final OrgView org;
    public final UserView admin;
    public final UserView integration;
    public final UserView manager;
    public final TeamView team;
    public final List<UserView> reps;

    private TestOrg(OrgView org, UserView admin, UserView integration, UserView manager, TeamView team,
                    List<UserView> reps) {
        this.org = org;
        this.admin = admin;
        this.integration = integration;
        this.manager = manager;
        this.team = team;
        this.reps = List.copyOf(reps);
    }

    /** An organisation in New York time with USD and {@code repCount} reps in one team. */
    public static TestOrg create(int repCount) {
        return create(repCount, ZoneId.of("America/New_York"));
    }

    public static TestOrg create(int repCount, ZoneId zone) {
        TestServer.get();
        IdentityAdmin admin = CDI.current().select(IdentityAdmin.class).get();
        String slug = "t" + SEQ.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
        OrgView org = admin.createOrganisation(slug, "Test org " + slug, zone, Currency.getInstance("USD"));
        UserView root = admin.createUser(org.id(), user("admin", Role.ADMIN, null));
        UserView crm = admin.createUser(org.id(), user("crm", Role.INTEGRATION, null));
        UserView manager = admin.createUser(org.id(), user("manager", Role.MANAGER, null));
        TeamView team = admin.createTeam(org.id(), new NewTeam().name("Team " + slug).managerId(manager.id()));
        List<UserView> reps = new ArrayList<>();
        for (int i = 0; i < repCount; i++) {
            reps.add(admin.createUser(org.id(), user("rep" + i, Role.REP, SalesRole.AE).teamId(team.id())));
        }
        return new TestOrg(org, root, crm, manager, team, reps);
    }

    private static NewUser user(String login, Role role, SalesRole salesRole) {
        return new NewUser().email(login + "@example.com").displayName(capitalise(login)).roles(List.of(role))
                .salesRole(salesRole).timeZone("America/New_York").locale("en-US");
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** A token for a user of this organisation with the given roles. */
    public String token(UserView user, Collection<dev.pacesetter.platform.Role> roles) {
        return signer().sign(org.id(), user.id(), roles, null, Instant.now(), Duration.ofHours(1));
    }

    public String token(UserView user) {
        return token(user, user.roles());
    }

    public static JwtSigner signer() {
        return new JwtSigner(TestServer.get().keys().getPrivate(), TestServer.ISSUER, TestServer.AUDIENCE);
    }

    /** A client of the generated API authenticated as {@code user}. */
    public ApiClient client(UserView user) {
        return clientWithToken(token(user));
    }

    public static ApiClient clientWithToken(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(TestServer.get().baseUri());
        client.setReadTimeout(Duration.ofSeconds(30));
        if (token != null) {
            client.setRequestInterceptor(b -> b.header("Authorization", "Bearer " + token));
        }
        return client;
    }

    public static URI uri(String path) {
        return URI.create(TestServer.get().baseUri() + path);
    }
}
