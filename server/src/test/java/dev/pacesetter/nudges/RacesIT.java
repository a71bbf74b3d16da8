package dev.pacesetter.nudges;

import dev.pacesetter.client.ApiException;
import dev.pacesetter.client.api.NudgesApi;
import dev.pacesetter.client.model.Device;
import dev.pacesetter.client.model.DevicePlatform;
import dev.pacesetter.client.model.DeviceRegistration;
import dev.pacesetter.client.model.NudgeDelivery;
import dev.pacesetter.client.model.NudgePreferences;
import dev.pacesetter.client.model.NudgeState;
import dev.pacesetter.content.NudgeKind;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.notifications.DeliveryResult;
import dev.pacesetter.notifications.PushMessage;
import dev.pacesetter.notifications.PushSender;
import dev.pacesetter.testing.TestOrg;
import jakarta.enterprise.inject.spi.CDI;
import dev.pacesetter.testing.TestServer;
import jakarta.enterprise.inject.literal.NamedLiteral;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Races the issue names: two dispatchers at one user's last push of the day; parallel registrations of one token. */
class RacesIT {

    /**
     * Holds every push until a second one arrives (or a few seconds pass), so two dispatchers that both
     * decided to push are inside the sender at the same time.
     */
    private static final class MeetingPushSender implements PushSender {
        final String token;
        final List<PushMessage> sent = new CopyOnWriteArrayList<>();
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch both = new CountDownLatch(2);

        MeetingPushSender(String token) {
            this.token = token;
        }

        @Override
        public List<DeliveryResult> send(List<PushMessage> messages) {
            sent.addAll(messages);
            // Only pushes to the rep under test meet; other tests' rows due meanwhile pass straight through.
            if (messages.stream().anyMatch(m -> m.deviceToken().equals(token))) {
                entered.countDown();
                both.countDown();
                try {
                    both.await(3, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return messages.stream().<DeliveryResult>map(m -> new DeliveryResult.Delivered("m")).toList();
        }
    }

    @AfterEach
    void realPush() {
        CDI.current().select(PushGateway.class).get().use(null);
    }

    @Test
    void twoDispatchersCannotBothTakeTheLastPushOfTheDay() throws Exception {
        TestOrg org = TestOrg.create(1);
        UserView rep = org.reps.getFirst();
        NudgesApi api = new NudgesApi(org.client(rep));
        String token = "tok-" + UUID.randomUUID();
        api.registerDevice(new DeviceRegistration().token(token).platform(DevicePlatform.IOS));
        api.putMyNudgePreferences(new NudgePreferences().dailyPushCap(1));
        MeetingPushSender push = new MeetingPushSender(token);
        CDI.current().select(PushGateway.class).get().use(push);
        // Distinct collapse keys: nothing collapses, and both rows wait out the hold, so the background
        // dispatch loop leaves them to the two dispatchers below.
        NudgeOutbox outbox = CDI.current().select(NudgeOutbox.class).get();
        for (String rival : List.of("Bo", "Cy")) {
            outbox.enqueue(new NudgeOutbox.Nudge(org.org.id(), rep.id(), NudgeKind.OVERTAKEN,
                    Map.of("rivalName", rival, "contestName", "Calls", "rank", "2", "gap", "1", "contestId", "1"),
                    "race:" + rival + ":" + UUID.randomUUID().toString().substring(0, 8), null));
        }
        Instant due = Instant.now().plus(NudgeOutbox.COLLAPSE_HOLD).plusSeconds(5);
        NudgeDispatcher dispatcher = CDI.current().select(NudgeDispatcher.class).get();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = pool.submit(() -> dispatcher.dispatchDue(due, 1));
            assertTrue(push.entered.await(30, TimeUnit.SECONDS), "the first dispatcher pushes");
            Future<Integer> second = pool.submit(() -> dispatcher.dispatchDue(due, 1));
            // Each also handles whatever else is due by then (other tests' rows): only this rep's are judged.
            first.get();
            second.get();
        } finally {
            pool.shutdown();
        }

        assertEquals(1, push.sent.stream().filter(m -> m.deviceToken().equals(token)).count(),
                "a cap of one means one push, whoever dispatches");
        List<NudgeDelivery> rows = new NudgesApi(org.client(org.admin)).listNudgeDeliveries(null, 10, rep.id(), null)
                .getItems();
        assertEquals(List.of(NudgeState.SENT, NudgeState.SUPPRESSED),
                rows.stream().map(NudgeDelivery::getState).sorted().toList());
        assertEquals(1, rows.stream().filter(r -> "daily push cap reached".equals(r.getReason())).count());
        assertEquals(2, api.getMyInbox(null, null, null).getItems().size(), "the inbox is never capped");
    }

    @Test
    void parallelRegistrationsOfOneNewTokenAllSucceedAndMakeOneDevice() throws Exception {
        TestOrg org = TestOrg.create(1);
        UserView rep = org.reps.getFirst();
        String token = "tok-" + UUID.randomUUID();
        // Four, not more: under EclipseLink's sequence preallocation each new row's request can briefly
        // need a second pool connection, and many parallel inserts can drain the test pool (see report).
        int parallel = 4;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        List<Future<Device>> results = new ArrayList<>();
        try {
            for (int i = 0; i < parallel; i++) {
                NudgesApi api = new NudgesApi(org.client(rep));
                Callable<Device> register = () -> {
                    go.await();
                    return api.registerDevice(new DeviceRegistration().token(token).platform(DevicePlatform.ANDROID));
                };
                results.add(pool.submit(register));
            }
            go.countDown();
            List<Long> ids = new ArrayList<>();
            for (Future<Device> f : results) {
                try {
                    ids.add(f.get().getId());
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new AssertionError("a registration failed: "
                            + (e.getCause() instanceof ApiException api ? api.getCode() + " " + api.getResponseBody()
                            : e.getCause()), e.getCause());
                }
            }
            assertEquals(1, ids.stream().distinct().count(), "every request answers with the one device");
        } finally {
            pool.shutdown();
        }
        assertEquals(1, new NudgesApi(org.client(rep)).listMyDevices().size());
    }

    /**
     * The race made certain: another transaction inserts the same new token and holds it uncommitted,
     * so the registration's insert waits on the unique token and then fails when that one commits;
     * it must run again and take the row over, not answer 500.
     */
    @Test
    void aRegistrationThatLosesTheInsertRaceTakesTheWinnersRowOver() throws Exception {
        Assumptions.assumeTrue(TestServer.get().realServices(), "waits on PostgreSQL's lock view");
        TestOrg org = TestOrg.create(2);
        UserView first = org.reps.get(0);
        UserView second = org.reps.get(1);
        String token = "tok-" + UUID.randomUUID();
        DataSource db = CDI.current().select(DataSource.class, NamedLiteral.of("pacesetter")).get();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection winner = db.getConnection(); Connection watcher = db.getConnection()) {
            winner.setAutoCommit(false);
            try (PreparedStatement insert = winner.prepareStatement("INSERT INTO nudge_device (id, org_id, user_id, "
                    + "token, platform, created_at, last_seen_at) VALUES (nextval('nudge_device_seq'), ?, ?, ?, "
                    + "'IOS', now(), now())")) {
                insert.setLong(1, org.org.id());
                insert.setLong(2, first.id());
                insert.setString(3, token);
                insert.executeUpdate();
            }
            Future<Device> loser = pool.submit(() -> new NudgesApi(org.client(second))
                    .registerDevice(new DeviceRegistration().token(token).platform(DevicePlatform.ANDROID)));
            awaitLockWait(watcher, loser);
            winner.commit();
            Device device = loser.get(30, TimeUnit.SECONDS);
            assertEquals(DevicePlatform.ANDROID, device.getPlatform());
        } finally {
            pool.shutdown();
        }
        assertEquals(1, new NudgesApi(org.client(second)).listMyDevices().size(), "the token moved to the second rep");
        assertEquals(0, new NudgesApi(org.client(first)).listMyDevices().size());
    }

    /** Waits (bounded) until some session waits on a lock: the registration's insert behind the winner's. */
    private static void awaitLockWait(Connection watcher, Future<?> request) throws Exception {
        for (int i = 0; i < 600 && !request.isDone(); i++) {
            try (PreparedStatement q = watcher.prepareStatement("SELECT count(*) FROM pg_stat_activity "
                    + "WHERE wait_event_type = 'Lock' AND query ILIKE 'insert%nudge_device%'");
                 ResultSet rs = q.executeQuery()) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the registration never waited on the uncommitted token (done: "
                + request.isDone() + ")");
    }
}
