package dev.pacesetter.identity;

import dev.pacesetter.client.ApiResponse;
import dev.pacesetter.client.api.IdentityApi;
import dev.pacesetter.client.model.NewTeam;
import dev.pacesetter.client.model.NewUser;
import dev.pacesetter.client.model.Role;
import dev.pacesetter.client.model.SalesRole;
import dev.pacesetter.client.model.TeamDetail;
import dev.pacesetter.client.model.User;
import dev.pacesetter.client.model.UserPage;
import dev.pacesetter.client.model.UserUpdate;
import dev.pacesetter.testing.Problems;
import dev.pacesetter.testing.TestOrg;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdentityIT {
    private static TestOrg org;

    @BeforeAll
    static void setUp() {
        org = TestOrg.create(3);
    }

    @Test
    void meAndMyTeam() throws Exception {
        UserView rep = org.reps.getFirst();
        IdentityApi api = new IdentityApi(org.client(rep));
        User me = api.getMe();
        assertEquals(rep.id(), me.getId());
        assertEquals(List.of(Role.REP), me.getRoles());
        assertEquals(SalesRole.AE, me.getSalesRole());
        assertEquals(org.manager.id(), me.getManagerId(), "joining a team puts the rep under its manager");
        TeamDetail team = api.getMyTeam();
        assertEquals(org.team.id(), team.getId());
        assertEquals(org.manager.id(), team.getManager().getId());
        assertEquals(3, team.getMembers().size());
        assertEquals(org.team.id(), new IdentityApi(org.client(org.manager)).getMyTeam().getId());
    }

    @Test
    void managersListTheirReportsAdminsEveryoneRepsNobody() throws Exception {
        TestOrg org = TestOrg.create(3);
        UserPage reports = new IdentityApi(org.client(org.manager)).listUsers(null, 50, null, null);
        assertEquals(org.reps.stream().map(UserView::id).toList(), reports.getItems().stream().map(User::getId).toList());
        UserPage all = new IdentityApi(org.client(org.admin)).listUsers(null, 50, null, null);
        assertEquals(6, all.getItems().size());
        UserPage managers = new IdentityApi(org.client(org.admin)).listUsers(null, 50, null, Role.MANAGER);
        assertEquals(List.of(org.manager.id()), managers.getItems().stream().map(User::getId).toList());
        Problems.expect(403, () -> new IdentityApi(org.client(org.reps.getFirst())).listUsers(null, 50, null, null));
    }

    @Test
    void userPagesFollowTheCursor() throws Exception {
        TestOrg org = TestOrg.create(3);
        IdentityApi admin = new IdentityApi(org.client(org.admin));
        UserPage first = admin.listUsers(null, 4, null, null);
        UserPage second = admin.listUsers(first.getNextCursor(), 4, null, null);
        assertEquals(4, first.getItems().size());
        assertEquals(2, second.getItems().size());
        assertTrue(first.getItems().getLast().getId() < second.getItems().getFirst().getId());
    }

    @Test
    void aRepCannotSeeAnotherRepButTheirManagerCan() throws Exception {
        UserView a = org.reps.get(0);
        UserView b = org.reps.get(1);
        Problems.expect(404, () -> new IdentityApi(org.client(a)).getUser(b.id()));
        assertEquals(b.id(), new IdentityApi(org.client(org.manager)).getUser(b.id()).getId());
    }

    @Test
    void anotherOrganisationsUsersAndTeamsAreNotFound() {
        TestOrg stranger = TestOrg.create(1);
        IdentityApi theirAdmin = new IdentityApi(stranger.client(stranger.admin));
        Problems.expect(404, () -> theirAdmin.getUser(org.reps.getFirst().id()));
        Problems.expect(404, () -> theirAdmin.getTeam(org.team.id()));
        Problems.expect(404, () -> theirAdmin.updateUser(org.reps.getFirst().id(), new UserUpdate().displayName("x")));
    }

    @Test
    void creatingAUserIsValidatedAndSafeToRetry() throws Exception {
        IdentityApi admin = new IdentityApi(org.client(org.admin));
        var invalid = Problems.expect(422, () -> admin.createUser(new NewUser().email("not-an-email").displayName(" ")
                .roles(List.of(Role.REP)).timeZone("Mars/Olympus").teamId(999_999L), null));
        for (String field : List.of("email", "displayName", "timeZone", "teamId")) {
            assertTrue(Problems.names(invalid, field, null), () -> field + " in " + invalid);
        }
        NewUser sam = new NewUser().email("sam." + UUID.randomUUID() + "@example.com").displayName("Sam Lee")
                .roles(List.of(Role.REP)).salesRole(SalesRole.SDR).teamId(org.team.id());
        String key = UUID.randomUUID().toString();
        ApiResponse<User> created = admin.createUserWithHttpInfo(sam, key);
        ApiResponse<User> replayed = admin.createUserWithHttpInfo(sam, key);
        assertEquals(201, created.getStatusCode());
        assertEquals(201, replayed.getStatusCode());
        assertEquals(created.getData().getId(), replayed.getData().getId());
        assertEquals(List.of("true"), replayed.getHeaders().get("idempotent-replayed"));
        Problems.expect(409, () -> admin.createUser(sam, UUID.randomUUID().toString()));     // same e-mail
        Problems.expect(409, () -> admin.createUser(sam.displayName("Other"), key));         // key reused
        Problems.expect(403, () -> new IdentityApi(org.client(org.manager)).createUser(sam, null));
    }

    @Test
    void deactivatingAUserLocksTheirTokenOut() throws Exception {
        IdentityApi admin = new IdentityApi(org.client(org.admin));
        User temp = admin.createUser(new NewUser().email("temp." + UUID.randomUUID() + "@example.com")
                .displayName("Temp").roles(List.of(Role.REP)), null);
        String token = TestOrg.signer().sign(org.org.id(), temp.getId(), EnumSet.of(dev.pacesetter.platform.Role.REP),
                null, Instant.now(), Duration.ofMinutes(5));
        assertEquals(temp.getId(), new IdentityApi(TestOrg.clientWithToken(token)).getMe().getId());
        assertFalse(admin.updateUser(temp.getId(), new UserUpdate().active(false)).getActive());
        Problems.expect(401, () -> new IdentityApi(TestOrg.clientWithToken(token)).getMe());
    }

    @Test
    void reportingLinesCannotLoop() throws Exception {
        IdentityApi admin = new IdentityApi(org.client(org.admin));
        User boss = admin.createUser(new NewUser().email("boss." + UUID.randomUUID() + "@example.com")
                .displayName("Boss").roles(List.of(Role.MANAGER)), null);
        User deputy = admin.createUser(new NewUser().email("deputy." + UUID.randomUUID() + "@example.com")
                .displayName("Deputy").roles(List.of(Role.MANAGER)).managerId(boss.getId()), null);
        var loop = Problems.expect(422, () -> admin.updateUser(boss.getId(), new UserUpdate().managerId(deputy.getId())));
        assertTrue(Problems.names(loop, "managerId", null));
    }

    @Test
    void teamsHaveUniqueNames() throws Exception {
        IdentityApi admin = new IdentityApi(org.client(org.admin));
        String name = "Squad " + UUID.randomUUID();
        assertEquals(name, admin.createTeam(new NewTeam().name(name), null).getName());
        Problems.expect(409, () -> admin.createTeam(new NewTeam().name(name), null));
        assertTrue(admin.listTeams().stream().anyMatch(t -> t.getName().equals(name)));
    }

    @Test
    void badTokensAreUnauthorised() {
        UserView rep = org.reps.getFirst();
        Problems.expect(401, () -> new IdentityApi(TestOrg.clientWithToken(null)).getMe());
        Problems.expect(401, () -> new IdentityApi(TestOrg.clientWithToken("nonsense")).getMe());
        String expired = TestOrg.signer().sign(org.org.id(), rep.id(), EnumSet.of(dev.pacesetter.platform.Role.REP),
                null, Instant.now().minus(Duration.ofHours(2)), Duration.ofHours(1));
        var problem = Problems.expect(401, () -> new IdentityApi(TestOrg.clientWithToken(expired)).getMe());
        assertTrue(problem.path("detail").asText().contains("expired"));
        // a token naming a user of another organisation
        String crossed = TestOrg.signer().sign(org.org.id() + 100_000, rep.id(),
                EnumSet.of(dev.pacesetter.platform.Role.ADMIN), null, Instant.now(), Duration.ofMinutes(5));
        Problems.expect(401, () -> new IdentityApi(TestOrg.clientWithToken(crossed)).getMe());
    }

    @Test
    void anAssistantActsForExactlyOneRepAndCannotWrite() throws Exception {
        UserView rep = org.reps.get(1);
        String token = TestOrg.signer().sign(org.org.id(), org.admin.id(),
                EnumSet.of(dev.pacesetter.platform.Role.ASSISTANT), rep.id(), Instant.now(), Duration.ofMinutes(5));
        IdentityApi assistant = new IdentityApi(TestOrg.clientWithToken(token));
        assertEquals(rep.id(), assistant.getMe().getId());
        Problems.expect(404, () -> assistant.getUser(org.reps.get(2).id()));
        Problems.expect(403, () -> assistant.createTeam(new NewTeam().name("x"), null));
        assertTrue(Map.of().isEmpty());
    }
}
