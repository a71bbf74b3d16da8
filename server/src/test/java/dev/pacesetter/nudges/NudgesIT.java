package dev.pacesetter.nudges;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pacesetter.client.api.NudgesApi;
import dev.pacesetter.client.model.Announcement;
import dev.pacesetter.client.model.CategoryPreference;
import dev.pacesetter.client.model.Device;
import dev.pacesetter.client.model.DevicePlatform;
import dev.pacesetter.client.model.DeviceRegistration;
import dev.pacesetter.client.model.InboxItem;
import dev.pacesetter.client.model.InboxPage;
import dev.pacesetter.client.model.NewAnnouncement;
import dev.pacesetter.client.model.NudgeCategory;
import dev.pacesetter.client.model.NudgeDelivery;
import dev.pacesetter.client.model.NudgePreferences;
import dev.pacesetter.client.model.NudgeState;
import dev.pacesetter.client.model.QuietHours;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.platform.Role;
import dev.pacesetter.testing.Problems;
import dev.pacesetter.testing.TestOrg;
import jakarta.enterprise.inject.spi.CDI;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Devices, preferences, the inbox and announcements through the generated client. */
class NudgesIT {

    private static NudgesApi api(TestOrg org, UserView user) {
        return new NudgesApi(org.client(user));
    }


    @Test
    void aDeviceIsRegisteredOncePerTokenListedAndRemovedOnlyByItsOwner() throws Exception {
        TestOrg org = TestOrg.create(2);
        NudgesApi rep = api(org, org.reps.get(0));
        String token = "tok-" + UUID.randomUUID();
        Device first = rep.registerDevice(new DeviceRegistration().token(token).platform(DevicePlatform.ANDROID)
                .appVersion("3.1.0").locale("en-US"));
        Device again = rep.registerDevice(new DeviceRegistration().token(token).platform(DevicePlatform.ANDROID)
                .appVersion("3.2.0"));
        assertEquals(first.getId(), again.getId());
        assertEquals("3.2.0", again.getAppVersion());
        assertEquals(token.substring(token.length() - 4), again.getTokenSuffix());
        rep.registerDevice(new DeviceRegistration().token("tok-" + UUID.randomUUID()).platform(DevicePlatform.IOS));
        assertEquals(2, rep.listMyDevices().size());

        Problems.expect(404, () -> api(org, org.reps.get(1)).unregisterDevice(first.getId()));
        TestOrg other = TestOrg.create(1);
        Problems.expect(404, () -> api(other, other.reps.get(0)).unregisterDevice(first.getId()));

        rep.unregisterDevice(first.getId());
        assertEquals(1, rep.listMyDevices().size());
        Problems.expect(404, () -> rep.unregisterDevice(first.getId()));
    }

    @Test
    void devicesUnseenFor270DaysArePruned() throws Exception {
        TestOrg org = TestOrg.create(1);
        NudgesApi rep = api(org, org.reps.get(0));
        rep.registerDevice(new DeviceRegistration().token("tok-" + UUID.randomUUID()).platform(DevicePlatform.IOS));
        DeviceService devices = CDI.current().select(DeviceService.class).get();
        // Pruning "in the future" removes every device of the test database; no test keeps one across tests.
        devices.prune(Instant.now().plus(DeviceService.UNSEEN_LIMIT).minus(java.time.Duration.ofHours(1)));
        assertEquals(1, rep.listMyDevices().size(), "seen 270 days minus an hour ago: kept");
        devices.prune(Instant.now().plus(DeviceService.UNSEEN_LIMIT).plus(java.time.Duration.ofHours(1)));
        assertTrue(rep.listMyDevices().isEmpty(), "unseen for over 270 days: pruned");
    }

    @Test
    void aBadRegistrationNamesEveryBadField() {
        TestOrg org = TestOrg.create(1);
        JsonNode problem = Problems.expect(422, () -> api(org, org.reps.get(0))
                .registerDevice(new DeviceRegistration().token(" ").locale("")));
        assertTrue(Problems.names(problem, "token", null), problem::toString);
        assertTrue(Problems.names(problem, "platform", null), problem::toString);
        assertTrue(Problems.names(problem, "locale", null), problem::toString);
    }

    @Test
    void integrationsCannotRegisterDevicesOrReadAnInbox() {
        TestOrg org = TestOrg.create(1);
        NudgesApi crm = api(org, org.integration);
        Problems.expect(403, () -> crm.registerDevice(new DeviceRegistration().token("t").platform(DevicePlatform.WEB)));
        Problems.expect(403, () -> crm.getMyInbox(null, null, null));
    }

    @Test
    void preferencesStartAsDefaultsAndAPutReplacesThem() throws Exception {
        TestOrg org = TestOrg.create(1);
        NudgesApi rep = api(org, org.reps.get(0));
        NudgePreferences defaults = rep.getMyNudgePreferences();
        assertEquals(NudgePreferences.SourceEnum.DEFAULT, defaults.getSource());
        assertEquals("America/New_York", defaults.getTimeZone());
        assertEquals(Preferences.DEFAULT_DAILY_PUSH_CAP, defaults.getDailyPushCap());
        assertTrue(defaults.getCategories().stream().allMatch(c -> c.getPush() && c.getInbox()));
        assertNull(defaults.getQuietHours());

        NudgePreferences stored = rep.putMyNudgePreferences(new NudgePreferences()
                .categories(List.of(new CategoryPreference().category(NudgeCategory.DIGESTS).push(false).inbox(true)))
                .quietHours(new QuietHours().start("22:00").end("07:00")).timeZone("Europe/Berlin").dailyPushCap(3));
        assertEquals(NudgePreferences.SourceEnum.USER, stored.getSource());
        assertEquals("Europe/Berlin", stored.getTimeZone());
        assertEquals(3, stored.getDailyPushCap());
        assertEquals("22:00", stored.getQuietHours().getStart());
        CategoryPreference digests = stored.getCategories().stream()
                .filter(c -> c.getCategory() == NudgeCategory.DIGESTS).findFirst().orElseThrow();
        assertFalse(digests.getPush());
        assertTrue(digests.getInbox());
        assertEquals(stored, rep.getMyNudgePreferences());
    }

    @Test
    void organisationDefaultsApplyToUsersWithoutTheirOwn() throws Exception {
        TestOrg org = TestOrg.create(2);
        NudgesApi admin = api(org, org.admin);
        Problems.expect(403, () -> api(org, org.manager).putOrganisationNudgeDefaults(new NudgePreferences()));
        NudgePreferences defaults = admin.putOrganisationNudgeDefaults(new NudgePreferences()
                .quietHours(new QuietHours().start("21:00").end("07:30")).dailyPushCap(4));
        assertEquals(NudgePreferences.SourceEnum.ORGANISATION, defaults.getSource());
        assertEquals(defaults, admin.getOrganisationNudgeDefaults());

        NudgesApi follower = api(org, org.reps.get(0));
        assertEquals(NudgePreferences.SourceEnum.ORGANISATION, follower.getMyNudgePreferences().getSource());
        assertEquals(4, follower.getMyNudgePreferences().getDailyPushCap());
        assertEquals("21:00", follower.getMyNudgePreferences().getQuietHours().getStart());

        NudgesApi own = api(org, org.reps.get(1));
        own.putMyNudgePreferences(new NudgePreferences().dailyPushCap(2));
        assertEquals(NudgePreferences.SourceEnum.USER, own.getMyNudgePreferences().getSource());
        assertNull(own.getMyNudgePreferences().getQuietHours());

        TestOrg other = TestOrg.create(1);
        assertEquals(NudgePreferences.SourceEnum.DEFAULT,
                api(other, other.reps.get(0)).getMyNudgePreferences().getSource());
    }

    @Test
    void invalidPreferencesNameEachField() {
        TestOrg org = TestOrg.create(1);
        JsonNode problem = Problems.expect(422, () -> api(org, org.reps.get(0)).putMyNudgePreferences(
                new NudgePreferences().quietHours(new QuietHours().start("25:00").end("7")).timeZone("Mars/Base")
                        .dailyPushCap(101)));
        assertTrue(Problems.names(problem, "quietHours.start", null), problem::toString);
        assertTrue(Problems.names(problem, "quietHours.end", null), problem::toString);
        assertTrue(Problems.names(problem, "timeZone", null), problem::toString);
        assertTrue(Problems.names(problem, "dailyPushCap", null), problem::toString);
    }

    @Test
    void anAnnouncementReachesEveryTeamMembersInboxOnce() throws Exception {
        TestOrg org = TestOrg.create(3);
        NudgesApi manager = api(org, org.manager);
        Announcement sent = manager.createAnnouncement(
                new NewAnnouncement().headline("Q4 push").message("Double points on demos this week."), "ann-1");
        assertEquals(3, sent.getRecipients());
        Announcement replay = manager.createAnnouncement(
                new NewAnnouncement().headline("Q4 push").message("Double points on demos this week."), "ann-1");
        assertEquals(sent.getId(), replay.getId());
        Outboxes.settle(org);
        for (UserView rep : org.reps) {
            InboxPage inbox = api(org, rep).getMyInbox(null, null, null);
            assertEquals(1, inbox.getItems().size(), "one item for " + rep.displayName());
            InboxItem item = inbox.getItems().getFirst();
            assertEquals("Manager: Q4 push", item.getTitle());
            assertEquals("Double points on demos this week.", item.getBody());
            assertEquals("pacesetter://inbox/" + sent.getId(), item.getDeepLink());
            assertEquals(NudgeCategory.ANNOUNCEMENTS, item.getCategory());
            assertEquals(1L, inbox.getUnread());
        }
        List<NudgeDelivery> rows = api(org, org.admin).listNudgeDeliveries(null, null, null, NudgeState.SENT)
                .getItems();
        assertEquals(3, rows.size());
        assertTrue(rows.stream().allMatch(r -> "MANAGER_ANNOUNCEMENT".equals(r.getKind())
                && r.getInboxItemId() != null));
    }

    @Test
    void onlyManagersAnnounceAndOnlyAdminsSeeDeliveries() {
        TestOrg org = TestOrg.create(1);
        Problems.expect(403, () -> api(org, org.reps.get(0))
                .createAnnouncement(new NewAnnouncement().headline("h").message("m"), null));
        JsonNode problem = Problems.expect(422, () -> api(org, org.manager)
                .createAnnouncement(new NewAnnouncement().headline(" ").message("x".repeat(1001)), null));
        assertTrue(Problems.names(problem, "headline", null), problem::toString);
        assertTrue(Problems.names(problem, "message", null), problem::toString);
        Problems.expect(403, () -> api(org, org.manager).listNudgeDeliveries(null, null, null, null));
    }

    @Test
    void theInboxPagesNewestFirstAndTracksReadState() throws Exception {
        TestOrg org = TestOrg.create(1);
        NudgesApi manager = api(org, org.manager);
        for (int i = 0; i < 5; i++) {
            manager.createAnnouncement(new NewAnnouncement().headline("News " + i).message("Item " + i), null);
        }
        Outboxes.settle(org);
        NudgesApi rep = api(org, org.reps.get(0));
        List<String> titles = new ArrayList<>();
        String cursor = null;
        do {
            InboxPage page = rep.getMyInbox(cursor, 2, false);
            assertTrue(page.getItems().size() <= 2);
            page.getItems().forEach(i -> titles.add(i.getTitle()));
            cursor = page.getNextCursor();
        } while (cursor != null);
        assertEquals(List.of("Manager: News 4", "Manager: News 3", "Manager: News 2", "Manager: News 1",
                "Manager: News 0"), titles);

        InboxItem newest = rep.getMyInbox(null, 1, false).getItems().getFirst();
        InboxItem read = rep.markInboxItemRead(newest.getId());
        assertNotNull(read.getReadAt());
        assertEquals(read.getReadAt(), rep.markInboxItemRead(newest.getId()).getReadAt());
        assertEquals(4L, rep.getMyUnreadCount().getUnread());
        assertEquals(4, rep.getMyInbox(null, null, true).getItems().size());
        Problems.expect(404, () -> api(org, org.manager).markInboxItemRead(newest.getId()));

        assertEquals(4L, rep.markInboxAllRead().getMarked());
        assertEquals(0L, rep.getMyUnreadCount().getUnread());
        assertEquals(0L, rep.markInboxAllRead().getMarked());
        Problems.expect(400, () -> rep.getMyInbox("not-a-cursor", null, null));
    }

    @Test
    void theAssistantReadsItsRepsInboxButCannotChangeIt() throws Exception {
        TestOrg org = TestOrg.create(1);
        UserView rep = org.reps.get(0);
        api(org, org.manager).createAnnouncement(new NewAnnouncement().headline("Hi").message("Team"), null);
        Outboxes.settle(org);
        String token = TestOrg.signer().sign(org.org.id(), org.admin.id(), Set.of(Role.ASSISTANT), rep.id(),
                Instant.now(), java.time.Duration.ofMinutes(5));
        NudgesApi assistant = new NudgesApi(TestOrg.clientWithToken(token));
        assertEquals(1, assistant.getMyInbox(null, null, null).getItems().size());
        Problems.expect(403, () -> assistant.markInboxAllRead());
    }
}
