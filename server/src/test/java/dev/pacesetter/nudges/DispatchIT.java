package dev.pacesetter.nudges;

import dev.pacesetter.client.api.NudgesApi;
import dev.pacesetter.client.model.DevicePlatform;
import dev.pacesetter.client.model.DeviceRegistration;
import dev.pacesetter.client.model.InboxItem;
import dev.pacesetter.client.model.NewAnnouncement;
import dev.pacesetter.client.model.NudgeDelivery;
import dev.pacesetter.client.model.NudgePreferences;
import dev.pacesetter.client.model.NudgeState;
import dev.pacesetter.client.model.QuietHours;
import dev.pacesetter.content.NudgeKind;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.notifications.DeliveryResult;
import dev.pacesetter.notifications.PushMessage;
import dev.pacesetter.testing.TestOrg;
import jakarta.enterprise.inject.spi.CDI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dispatcher against the real database, with a fake push sender: quiet hours, the daily cap,
 * collapsing, token removal and exactly-once delivery under concurrent dispatch loops.
 */
class DispatchIT {
    private static final FakePushSender PUSH = new FakePushSender();

    @BeforeAll
    static void fakePush() {
        TestOrg.create(0);
        CDI.current().select(PushGateway.class).get().use(PUSH);
    }

    @AfterAll
    static void realPush() {
        CDI.current().select(PushGateway.class).get().use(null);
    }

    private static NudgesApi api(TestOrg org, UserView user) {
        return new NudgesApi(org.client(user));
    }

    private static String device(TestOrg org, UserView user) throws Exception {
        String token = "tok-" + UUID.randomUUID();
        api(org, user).registerDevice(new DeviceRegistration().token(token).platform(DevicePlatform.ANDROID));
        return token;
    }

    private static int dispatch(Instant at) {
        return CDI.current().select(NudgeDispatcher.class).get().dispatchDue(at);
    }

    private static List<NudgeDelivery> deliveries(TestOrg org, UserView user) throws Exception {
        return api(org, org.admin).listNudgeDeliveries(null, 200, user.id(), null).getItems();
    }


    @Test
    void quietHoursDeferTheWholeNudgeUntilTheyEnd() throws Exception {
        TestOrg org = TestOrg.create(1);
        UserView rep = org.reps.getFirst();
        String token = device(org, rep);
        Instant now = Instant.now();
        LocalTime start = LocalTime.ofInstant(now.minus(Duration.ofHours(1)), ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
        LocalTime end = LocalTime.ofInstant(now.plus(Duration.ofHours(1)), ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
        api(org, rep).putMyNudgePreferences(new NudgePreferences().timeZone("UTC")
                .quietHours(new QuietHours().start(start.toString()).end(end.toString())));
        api(org, org.manager).createAnnouncement(new NewAnnouncement().headline("Late").message("Night news"), null);
        Outboxes.settle(org);

        Instant until = ((dev.pacesetter.notifications.QuietHours.DeferUntil) new dev.pacesetter.notifications.QuietHours(
                ZoneOffset.UTC, start, end).decide(Instant.now())).until();
        NudgeDelivery deferred = deliveries(org, rep).getFirst();
        assertEquals(NudgeState.DEFERRED, deferred.getState());
        assertEquals(until, deferred.getNextAttemptAt().toInstant());
        assertTrue(api(org, rep).getMyInbox(null, null, null).getItems().isEmpty(), "nothing before quiet hours end");
        assertTrue(PUSH.to(token).isEmpty());

        dispatch(until.plusSeconds(1));
        assertEquals(NudgeState.SENT, deliveries(org, rep).getFirst().getState());
        assertEquals(1, api(org, rep).getMyInbox(null, null, null).getItems().size());
        assertEquals(1, PUSH.to(token).size());
    }

    @Test
    void overTheDailyCapANudgeReachesTheInboxButIsNotPushed() throws Exception {
        TestOrg org = TestOrg.create(1);
        UserView rep = org.reps.getFirst();
        String token = device(org, rep);
        api(org, rep).putMyNudgePreferences(new NudgePreferences().dailyPushCap(1));
        NudgesApi manager = api(org, org.manager);
        manager.createAnnouncement(new NewAnnouncement().headline("One").message("First"), null);
        manager.createAnnouncement(new NewAnnouncement().headline("Two").message("Second"), null);
        Outboxes.settle(org);

        List<NudgeDelivery> rows = deliveries(org, rep);
        assertEquals(List.of(NudgeState.SUPPRESSED, NudgeState.SENT), rows.stream().map(NudgeDelivery::getState).toList());
        assertEquals("daily push cap reached", rows.getFirst().getReason());
        assertEquals(2, api(org, rep).getMyInbox(null, null, null).getItems().size());
        assertEquals(List.of("Manager: One"), PUSH.to(token).stream().map(PushMessage::title).toList());
    }

    @Test
    void aBurstOfRankChangesCollapsesIntoTheLatest() throws Exception {
        TestOrg org = TestOrg.create(1);
        UserView rep = org.reps.getFirst();
        String token = device(org, rep);
        NudgeOutbox outbox = CDI.current().select(NudgeOutbox.class).get();
        for (int rank = 3; rank <= 5; rank++) {
            outbox.enqueue(new NudgeOutbox.Nudge(org.org.id(), rep.id(), NudgeKind.OVERTAKEN,
                    Map.of("rivalName", "Rival " + rank, "contestName", "Revenue this month", "rank",
                            Integer.toString(rank), "gap", "$10.00", "contestId", "revenue"),
                    "overtaken:revenue", null));
        }
        List<NudgeDelivery> rows = deliveries(org, rep);
        assertEquals(List.of(NudgeState.QUEUED, NudgeState.SUPPRESSED, NudgeState.SUPPRESSED),
                rows.stream().map(NudgeDelivery::getState).toList());

        dispatch(Instant.now().plus(NudgeOutbox.COLLAPSE_HOLD).plusSeconds(5));
        assertEquals(NudgeState.SENT, deliveries(org, rep).getFirst().getState());
        List<InboxItem> inbox = api(org, rep).getMyInbox(null, null, null).getItems();
        assertEquals(1, inbox.size());
        assertEquals("Rival 5 just passed you", inbox.getFirst().getTitle());
        assertEquals(List.of("Rival 5 just passed you"), PUSH.to(token).stream().map(PushMessage::title).toList());
        assertEquals(Duration.ofHours(2), PUSH.to(token).getFirst().ttl(), "rank news expires when it goes stale");
    }

    @Test
    void anUnregisteredTokenIsRemovedAndTheOtherDeviceStillGetsThePush() throws Exception {
        TestOrg org = TestOrg.create(1);
        UserView rep = org.reps.getFirst();
        String good = device(org, rep);
        String gone = device(org, rep);
        PUSH.answer(gone, new DeliveryResult.Unregistered());
        api(org, org.manager).createAnnouncement(new NewAnnouncement().headline("Hey").message("You"), null);
        Outboxes.settle(org);

        NudgeDelivery row = deliveries(org, rep).getFirst();
        assertEquals(NudgeState.SENT, row.getState());
        assertEquals(1, row.getDevicesPushed());
        assertEquals(1, PUSH.to(good).size());
        assertEquals(1, PUSH.to(gone).size());
        assertEquals(List.of(good.substring(good.length() - 4)),
                api(org, rep).listMyDevices().stream().map(d -> d.getTokenSuffix()).toList());
    }

    @Test
    void racingDispatchLoopsDeliverEveryNudgeExactlyOnce() throws Exception {
        TestOrg org = TestOrg.create(5);
        List<String> tokens = new ArrayList<>();
        for (UserView rep : org.reps) {
            tokens.add(device(org, rep));
        }
        NudgesApi manager = api(org, org.manager);
        int announcements = 6;
        for (int i = 0; i < announcements; i++) {
            manager.createAnnouncement(new NewAnnouncement().headline("Race " + i).message("Go"), null);
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> loops = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                loops.add(pool.submit(() -> {
                    start.await();
                    return dispatch(Instant.now());
                }));
            }
            start.countDown();
            for (Future<Integer> loop : loops) {
                loop.get();
            }
        } finally {
            pool.shutdown();
        }
        Outboxes.settle(org);

        for (int r = 0; r < org.reps.size(); r++) {
            UserView rep = org.reps.get(r);
            List<NudgeDelivery> rows = deliveries(org, rep);
            assertEquals(announcements, rows.size());
            assertTrue(rows.stream().allMatch(d -> d.getState() == NudgeState.SENT), rows::toString);
            assertEquals(announcements, api(org, rep).getMyInbox(null, null, null).getItems().size());
            List<String> pushed = PUSH.to(tokens.get(r)).stream().map(PushMessage::title).sorted().toList();
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < announcements; i++) {
                expected.add("Manager: Race " + i);
            }
            assertEquals(expected, pushed, "each announcement pushed once to " + rep.displayName());
        }
    }

    @Test
    void aTransientPushFailureIsRetriedLaterWithTheInboxItemWrittenOnce() throws Exception {
        TestOrg org = TestOrg.create(1);
        UserView rep = org.reps.getFirst();
        String token = device(org, rep);
        PUSH.answer(token, new DeliveryResult.Retryable("UNAVAILABLE", java.util.Optional.empty()));
        api(org, org.manager).createAnnouncement(new NewAnnouncement().headline("Retry").message("Me"), null);
        Outboxes.settle(org);

        NudgeDelivery waiting = deliveries(org, rep).getFirst();
        assertEquals(NudgeState.DEFERRED, waiting.getState());
        assertEquals(1, waiting.getAttempts());
        assertEquals("push retry: UNAVAILABLE", waiting.getReason());
        assertEquals(1, api(org, rep).getMyInbox(null, null, null).getItems().size(), "the inbox does not wait");

        PUSH.answer(token, new DeliveryResult.Delivered("ok"));
        dispatch(waiting.getNextAttemptAt().toInstant().plusSeconds(1));
        NudgeDelivery sent = deliveries(org, rep).getFirst();
        assertEquals(NudgeState.SENT, sent.getState());
        assertEquals(2, sent.getAttempts());
        assertEquals(1, api(org, rep).getMyInbox(null, null, null).getItems().size(), "still one inbox item");
        assertEquals(2, PUSH.to(token).size());
    }
}
