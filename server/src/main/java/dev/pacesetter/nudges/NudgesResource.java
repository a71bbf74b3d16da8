package dev.pacesetter.nudges;

import dev.pacesetter.api.NudgesApi;
import dev.pacesetter.api.model.Announcement;
import dev.pacesetter.api.model.CategoryPreference;
import dev.pacesetter.api.model.Device;
import dev.pacesetter.api.model.DevicePlatform;
import dev.pacesetter.api.model.DeviceRegistration;
import dev.pacesetter.api.model.InboxItem;
import dev.pacesetter.api.model.InboxPage;
import dev.pacesetter.api.model.NewAnnouncement;
import dev.pacesetter.api.model.NudgeDelivery;
import dev.pacesetter.api.model.NudgeDeliveryPage;
import dev.pacesetter.api.model.NudgePreferences;
import dev.pacesetter.api.model.ReadAllResult;
import dev.pacesetter.api.model.UnreadCount;
import dev.pacesetter.identity.IdentityService;
import dev.pacesetter.platform.AuthFilter;
import dev.pacesetter.platform.Caller;
import dev.pacesetter.platform.Cursors;
import dev.pacesetter.platform.Idempotency;
import dev.pacesetter.platform.ProblemException;
import dev.pacesetter.platform.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import java.net.URI;
import java.util.List;

/**
 * Devices, preferences, the inbox, announcements and (admins) delivery state.
 * {@code curl -H "Authorization: Bearer $TOKEN" localhost:8080/v1/me/inbox?limit=20}
 */
@RequestScoped
public class NudgesResource implements NudgesApi {

    @Context
    SecurityContext security;

    @Inject
    DeviceService devices;

    @Inject
    PreferenceStore preferences;

    @Inject
    InboxService inbox;

    @Inject
    NudgeOutbox outbox;

    @Inject
    AnnouncementService announcements;

    @Inject
    Idempotency idempotency;

    @Inject
    IdentityService identity;

    @Override
    public Response listMyDevices() {
        Caller caller = owner();
        return Response.ok(devices.of(caller.orgId(), caller.userId()).stream().map(NudgesResource::device).toList())
                .build();
    }

    @Override
    public Response registerDevice(DeviceRegistration body) {
        Caller caller = owner();
        DeviceService.Registration r = NudgeRequests.registration(body);
        return Response.ok(device(devices.register(caller.orgId(), caller.userId(), r))).build();
    }

    @Override
    public Response unregisterDevice(Long deviceId) {
        Caller caller = owner();
        devices.unregister(caller.orgId(), caller.userId(), deviceId);
        return Response.noContent().build();
    }

    @Override
    public Response getMyNudgePreferences() {
        Caller caller = reader();
        return Response.ok(NudgeRequests.toApi(preferences.effective(caller.orgId(), caller.subjectId()))).build();
    }

    @Override
    public Response putMyNudgePreferences(NudgePreferences body) {
        Caller caller = owner();
        Preferences current = preferences.effective(caller.orgId(), caller.userId());
        Preferences wanted = NudgeRequests.preferences(body, current.zone(), Preferences.Source.USER);
        preferences.save(caller.orgId(), caller.userId(), wanted, body.getTimeZone() != null);
        return Response.ok(NudgeRequests.toApi(preferences.effective(caller.orgId(), caller.userId()))).build();
    }

    @Override
    public Response getOrganisationNudgeDefaults() {
        Caller caller = AuthFilter.caller(security);
        caller.require(Role.ADMIN);
        return Response.ok(NudgeRequests.toApi(preferences.organisationDefaults(caller.orgId()))).build();
    }

    @Override
    public Response putOrganisationNudgeDefaults(NudgePreferences body) {
        Caller caller = AuthFilter.caller(security);
        caller.require(Role.ADMIN);
        Preferences wanted = NudgeRequests.preferences(body, identity.organisation(caller.orgId()).zone(),
                Preferences.Source.ORGANISATION);
        preferences.save(caller.orgId(), PreferencesRow.ORGANISATION, wanted, body.getTimeZone() != null);
        return Response.ok(NudgeRequests.toApi(preferences.organisationDefaults(caller.orgId()))).build();
    }

    @Override
    public Response getMyInbox(String cursor, Integer limit, Boolean unreadOnly) {
        Caller caller = reader();
        int size = Cursors.limit(limit);
        List<InboxRow> rows = inbox.page(caller.orgId(), caller.subjectId(), Cursors.beforeId(cursor), size,
                Boolean.TRUE.equals(unreadOnly));
        InboxPage page = new InboxPage().items(rows.stream().map(NudgesResource::item).toList())
                .unread(inbox.unread(caller.orgId(), caller.subjectId()));
        if (rows.size() == size) {
            page.nextCursor(Cursors.ofId(rows.getLast().id));
        }
        return Response.ok(page).build();
    }

    @Override
    public Response getMyUnreadCount() {
        Caller caller = reader();
        return Response.ok(new UnreadCount().unread(inbox.unread(caller.orgId(), caller.subjectId()))).build();
    }

    @Override
    public Response markInboxItemRead(Long itemId) {
        Caller caller = owner();
        return Response.ok(item(inbox.markRead(caller.orgId(), caller.userId(), itemId))).build();
    }

    @Override
    public Response markInboxAllRead() {
        Caller caller = owner();
        return Response.ok(new ReadAllResult().marked((long) inbox.markAllRead(caller.orgId(), caller.userId())))
                .build();
    }

    @Override
    public Response listNudgeDeliveries(String cursor, Integer limit, Long userId,
                                        dev.pacesetter.api.model.NudgeState state) {
        Caller caller = AuthFilter.caller(security);
        caller.require(Role.ADMIN);
        int size = Cursors.limit(limit);
        List<OutboxRow> rows = outbox.deliveries(caller.orgId(), userId,
                state == null ? null : NudgeState.valueOf(state.name()), Cursors.beforeId(cursor), size);
        NudgeDeliveryPage page = new NudgeDeliveryPage().items(rows.stream().map(NudgesResource::delivery).toList());
        if (rows.size() == size) {
            page.nextCursor(Cursors.ofId(rows.getLast().id));
        }
        return Response.ok(page).build();
    }

    @Override
    public Response createAnnouncement(NewAnnouncement body, String idempotencyKey) {
        Caller caller = AuthFilter.caller(security);
        caller.require(Role.MANAGER);
        NudgeRequests.check(body);
        return idempotency.once(caller, idempotencyKey, body, () -> {
            AnnouncementRow row = announcements.announce(caller, body.getHeadline().strip(), body.getMessage().strip());
            Announcement out = new Announcement().id(row.id).headline(row.headline).message(row.message)
                    .recipients(row.recipients).createdAt(row.createdAt);
            return new Idempotency.Created(201, out, URI.create("/v1/announcements/" + row.id));
        });
    }

    /** People acting for themselves: reps, managers, admins (not integrations or the assistant). */
    private Caller owner() {
        Caller caller = AuthFilter.caller(security);
        caller.require(Role.REP, Role.MANAGER, Role.ADMIN);
        if (caller.actingFor() != null) {
            throw ProblemException.forbidden("The assistant may only read.");
        }
        return caller;
    }

    /** Owners, and the assistant reading its one rep's inbox and preferences. */
    private Caller reader() {
        Caller caller = AuthFilter.caller(security);
        caller.require(Role.REP, Role.MANAGER, Role.ADMIN, Role.ASSISTANT);
        return caller;
    }

    private static Device device(DeviceRow d) {
        String token = d.token;
        return new Device().id(d.id).platform(DevicePlatform.fromValue(d.platform)).appVersion(d.appVersion)
                .locale(d.locale).tokenSuffix(token.substring(Math.max(0, token.length() - 4)))
                .createdAt(d.createdAt).lastSeenAt(d.lastSeenAt);
    }

    private static InboxItem item(InboxRow r) {
        return new InboxItem().id(r.id).kind(r.kind)
                .category(dev.pacesetter.api.model.NudgeCategory.fromValue(r.category)).title(r.title).body(r.body)
                .deepLink(r.deepLink).createdAt(r.createdAt).readAt(r.readAt);
    }

    private static NudgeDelivery delivery(OutboxRow o) {
        return new NudgeDelivery().id(o.id).userId(o.userId).kind(o.kind)
                .state(dev.pacesetter.api.model.NudgeState.fromValue(o.state)).reason(o.reason).attempts(o.attempts)
                .devicesPushed(o.devicesPushed).collapseKey(o.collapseKey).inboxItemId(o.inboxItemId)
                .createdAt(o.createdAt).nextAttemptAt(o.nextAttemptAt).finishedAt(o.finishedAt);
    }
}
