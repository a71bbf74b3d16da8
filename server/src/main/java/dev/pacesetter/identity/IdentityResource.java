package dev.pacesetter.identity;

import dev.pacesetter.api.IdentityApi;
import dev.pacesetter.api.model.NewTeam;
import dev.pacesetter.api.model.NewUser;
import dev.pacesetter.api.model.Role;
import dev.pacesetter.api.model.SalesRole;
import dev.pacesetter.api.model.Team;
import dev.pacesetter.api.model.TeamDetail;
import dev.pacesetter.api.model.User;
import dev.pacesetter.api.model.UserPage;
import dev.pacesetter.api.model.UserUpdate;
import dev.pacesetter.platform.AuthFilter;
import dev.pacesetter.platform.Caller;
import dev.pacesetter.platform.Cursors;
import dev.pacesetter.platform.Idempotency;
import dev.pacesetter.platform.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import java.net.URI;
import java.util.List;

/** {@code GET /v1/me}, users and teams. {@code curl -H "Authorization: Bearer $TOKEN" localhost:8080/v1/me} */
@RequestScoped
public class IdentityResource implements IdentityApi {

    @Context
    SecurityContext security;

    @Inject
    IdentityService identity;

    @Inject
    IdentityAdmin admin;

    @Inject
    UserDirectory directory;

    @Inject
    Idempotency idempotency;

    @Override
    public Response getMe() {
        Caller caller = AuthFilter.caller(security);
        return Response.ok(toApi(identity.user(caller.orgId(), caller.subjectId()))).build();
    }

    @Override
    public Response getMyTeam() {
        Caller caller = AuthFilter.caller(security);
        TeamView team = identity.teamOf(caller.orgId(), caller.subjectId())
                .orElseThrow(() -> ProblemException.notFound("Your team"));
        return Response.ok(detail(caller.orgId(), team)).build();
    }

    @Override
    public Response listUsers(String cursor, Integer limit, Long teamId, Role role) {
        Caller caller = AuthFilter.caller(security);
        caller.require(dev.pacesetter.platform.Role.ADMIN, dev.pacesetter.platform.Role.MANAGER);
        int size = Cursors.limit(limit);
        long after = Cursors.afterId(cursor);
        List<UserView> page = directory.list(caller, after, size + 1, teamId,
                role == null ? null : dev.pacesetter.platform.Role.valueOf(role.name()));
        UserPage out = new UserPage().items(page.stream().limit(size).map(IdentityResource::toApi).toList());
        if (page.size() > size) {
            out.nextCursor(Cursors.ofId(page.get(size - 1).id()));
        }
        return Response.ok(out).build();
    }

    @Override
    public Response createUser(NewUser newUser, String idempotencyKey) {
        Caller caller = AuthFilter.caller(security);
        caller.require(dev.pacesetter.platform.Role.ADMIN);
        requireBody(newUser);
        return idempotency.once(caller, idempotencyKey, newUser, () -> {
            UserView user = admin.createUser(caller.orgId(), newUser);
            return new Idempotency.Created(201, toApi(user), URI.create("/v1/users/" + user.id()));
        });
    }

    @Override
    public Response getUser(Long userId) {
        Caller caller = AuthFilter.caller(security);
        return Response.ok(toApi(identity.visibleUser(caller, userId))).build();
    }

    @Override
    public Response updateUser(Long userId, UserUpdate userUpdate) {
        Caller caller = AuthFilter.caller(security);
        caller.require(dev.pacesetter.platform.Role.ADMIN);
        requireBody(userUpdate);
        return Response.ok(toApi(admin.updateUser(caller.orgId(), userId, userUpdate))).build();
    }

    @Override
    public Response listTeams() {
        Caller caller = AuthFilter.caller(security);
        return Response.ok(identity.teams(caller.orgId()).stream().map(IdentityResource::toApi).toList()).build();
    }

    @Override
    public Response createTeam(NewTeam newTeam, String idempotencyKey) {
        Caller caller = AuthFilter.caller(security);
        caller.require(dev.pacesetter.platform.Role.ADMIN);
        requireBody(newTeam);
        return idempotency.once(caller, idempotencyKey, newTeam, () -> {
            TeamView team = admin.createTeam(caller.orgId(), newTeam);
            return new Idempotency.Created(201, toApi(team), URI.create("/v1/teams/" + team.id()));
        });
    }

    @Override
    public Response getTeam(Long teamId) {
        Caller caller = AuthFilter.caller(security);
        return Response.ok(detail(caller.orgId(), identity.team(caller.orgId(), teamId))).build();
    }

    private TeamDetail detail(long orgId, TeamView team) {
        TeamDetail detail = new TeamDetail().id(team.id()).name(team.name())
                .members(identity.teamMembers(orgId, team.id()).stream().map(IdentityResource::toApi).toList());
        if (team.managerId() != null) {
            detail.manager(toApi(identity.user(orgId, team.managerId())));
        }
        return detail;
    }

    static void requireBody(Object body) {
        if (body == null) {
            throw ProblemException.badRequest("body", "a JSON body is required");
        }
    }

    static User toApi(UserView u) {
        return new User().id(u.id()).email(u.email()).displayName(u.displayName())
                .roles(u.roles().stream().sorted().map(r -> Role.fromValue(r.name())).toList())
                .salesRole(u.salesRole() == null ? null : SalesRole.fromValue(u.salesRole()))
                .teamId(u.teamId()).managerId(u.managerId()).timeZone(u.timeZone()).locale(u.locale())
                .active(u.active());
    }

    static Team toApi(TeamView t) {
        return new Team().id(t.id()).name(t.name()).managerId(t.managerId()).memberCount(t.memberCount());
    }
}
