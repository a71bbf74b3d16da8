package dev.pacesetter.nudges;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pacesetter.client.api.IdentityApi;
import dev.pacesetter.client.api.NudgesApi;
import dev.pacesetter.client.model.DevicePlatform;
import dev.pacesetter.client.model.DeviceRegistration;
import dev.pacesetter.client.model.NudgeDelivery;
import dev.pacesetter.client.model.NudgeState;
import dev.pacesetter.client.model.UserUpdate;
import dev.pacesetter.content.NudgeKind;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.notifications.FcmPushSender;
import dev.pacesetter.notifications.LocalFcm;
import dev.pacesetter.notifications.RetryPolicy;
import dev.pacesetter.notifications.RetryingPushSender;
import dev.pacesetter.testing.TestOrg;
import jakarta.enterprise.inject.spi.CDI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole way out: a nudge enqueued, dispatched by the server's own loop, pushed by the REAL
 * {@link FcmPushSender} (Firebase Admin SDK, {@code sendEach}) with the server's retries, to a fake
 * FCM HTTP v1 endpoint on loopback that records the JSON.
 */
class FcmDeliveryIT {
    private static FakeFcmEndpoint fcm;
    private static FcmPushSender sender;

    @BeforeAll
    static void realSdkAgainstTheFake() throws Exception {
        TestOrg.create(0);
        fcm = new FakeFcmEndpoint();
        sender = LocalFcm.sender(fcm.uri(), "pacesetter-test");
        // Short waits: the retry is what is under test, not its timing.
        CDI.current().select(PushGateway.class).get()
                .use(new RetryingPushSender(sender, new RetryPolicy(Duration.ofMillis(50), Duration.ofMillis(200), 3)));
    }

    @AfterAll
    static void pushOff() {
        CDI.current().select(PushGateway.class).get().use(null);
        sender.close();
        fcm.close();
    }

    private static String device(TestOrg org, UserView user, DevicePlatform platform) throws Exception {
        String token = "fcm-" + UUID.randomUUID();
        new NudgesApi(org.client(user)).registerDevice(new DeviceRegistration().token(token).platform(platform));
        return token;
    }

    private static long contestStarted(TestOrg org, UserView user) {
        return CDI.current().select(NudgeOutbox.class).get().enqueue(NudgeOutbox.Nudge.of(org.org.id(), user.id(),
                NudgeKind.CONTEST_STARTED, Map.of("contestName", "Oktober-Sprint", "metricName", "Calls",
                        "endsAt", "2026-11-30 18:00", "contestId", "42")));
    }

    private static NudgeDelivery delivery(TestOrg org, long outboxId) throws Exception {
        return new NudgesApi(org.client(org.admin)).listNudgeDeliveries(null, 200, null, null).getItems().stream()
                .filter(d -> d.getId() == outboxId).findFirst().orElseThrow();
    }

    @Test
    void theFakeReceivesAnFcmV1MessageRenderedInTheUsersLocale() throws Exception {
        TestOrg org = TestOrg.create(1);
        UserView rep = org.reps.getFirst();
        new IdentityApi(org.client(org.admin)).updateUser(rep.id(), new UserUpdate().locale("de-DE"));
        String token = device(org, rep, DevicePlatform.ANDROID);

        long id = contestStarted(org, rep);
        Outboxes.settle(org);

        List<FakeFcmEndpoint.Received> got = fcm.to(token);
        assertEquals(1, got.size());
        assertEquals("pacesetter-test", got.getFirst().project());
        assertEquals("Bearer " + LocalFcm.ACCESS_TOKEN, got.getFirst().authorization());
        JsonNode m = got.getFirst().message();
        assertEquals("Oktober-Sprint läuft", m.path("notification").path("title").asText());
        assertTrue(m.path("notification").path("body").asText().startsWith("Es geht los: Calls zählt bis 2026-11-30 18:00"),
                m.toString());
        assertEquals("pacesetter://contests/42", m.path("data").path("deep_link").asText());
        assertEquals(Long.toString(id), m.path("data").path("nudgeId").asText());
        assertEquals("CONTEST_STARTED", m.path("data").path("kind").asText());
        assertEquals("n" + id, m.path("android").path("collapse_key").asText());
        assertEquals("86400s", m.path("android").path("ttl").asText(), "contest news goes stale in a day");
        assertEquals("CONTESTS", m.path("android").path("notification").path("click_action").asText());
        assertEquals("n" + id, m.path("apns").path("headers").path("apns-collapse-id").asText());
        assertEquals("alert", m.path("apns").path("headers").path("apns-push-type").asText());
        assertEquals("CONTESTS", m.path("apns").path("payload").path("aps").path("category").asText());
        assertEquals(NudgeState.SENT, delivery(org, id).getState());
        assertEquals(1, delivery(org, id).getDevicesPushed());
    }

    @Test
    void anUnregisteredTokenIsRemovedAndARetryableErrorIsRetried() throws Exception {
        TestOrg org = TestOrg.create(1);
        UserView rep = org.reps.getFirst();
        String gone = device(org, rep, DevicePlatform.IOS);
        String flaky = device(org, rep, DevicePlatform.ANDROID);
        fcm.script(gone, FakeFcmEndpoint.Answer.fcmError(404, "NOT_FOUND", "UNREGISTERED"));
        // 429 is ours to retry (the SDK retries only 503): the second try succeeds.
        fcm.script(flaky, FakeFcmEndpoint.Answer.fcmError(429, "RESOURCE_EXHAUSTED", "QUOTA_EXCEEDED"));

        long id = contestStarted(org, rep);
        Outboxes.settle(org);

        assertEquals(1, fcm.to(gone).size(), "an unregistered token is not retried");
        assertEquals(2, fcm.to(flaky).size(), "a quota error is retried, then delivered");
        List<String> left = new NudgesApi(org.client(rep)).listMyDevices().stream()
                .map(d -> d.getPlatform().getValue()).toList();
        assertEquals(List.of("ANDROID"), left, "the unregistered iOS token is gone");
        NudgeDelivery d = delivery(org, id);
        assertEquals(NudgeState.SENT, d.getState());
        assertEquals(1, d.getDevicesPushed());
    }
}
