package dev.pacesetter.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.gson.JsonObject;
import dev.pacesetter.notifications.DeliveryResult.Delivered;
import dev.pacesetter.notifications.DeliveryResult.Failed;
import dev.pacesetter.notifications.DeliveryResult.InvalidPayload;
import dev.pacesetter.notifications.DeliveryResult.Retryable;
import dev.pacesetter.notifications.DeliveryResult.Unregistered;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The real Firebase SDK against a fake FCM endpoint on loopback. */
class FcmPushSenderTest {

    // 2025-06-10 08:00:00 UTC, epoch second 1749542400.
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-10T08:00:00Z"), ZoneOffset.UTC);
    private static final URI LINK = URI.create("pacesetter://contests/42");

    private FakeFcm fcm;
    private FcmPushSender sender;

    @BeforeEach
    void start() throws IOException {
        fcm = new FakeFcm();
        sender = senderFor(fcm);
    }

    @AfterEach
    void stop() {
        sender.close();
        fcm.close();
    }

    static FcmPushSender senderFor(FakeFcm fcm) {
        GoogleCredentials fixed = GoogleCredentials.create(
                new AccessToken("x", Date.from(Instant.parse("2100-01-01T00:00:00Z"))));
        return FcmPushSender.create(fixed, "demo", fcm.transport(), CLOCK);
    }

    @Test
    void deliversAndReturnsFcmsMessageId() {
        List<DeliveryResult> results = sender.send(List.of(message("tok-ok").build()));

        assertEquals(List.of(new Delivered("projects/demo/messages/tok-ok")), results);
        FakeFcm.SendRequest request = fcm.sends().getFirst();
        assertEquals("demo", request.project());
        assertEquals("Bearer x", request.authorization());
        assertEquals("tok-ok", request.token());
        assertEquals(List.of("fcm.googleapis.com"), fcm.originalHosts().stream().distinct().toList());
    }

    @Test
    void sendsNotificationDataAndAndroidAndApnsOptions() {
        PushMessage message = message("tok-full")
                .data("rank", "3")
                .category("OVERTAKEN")
                .collapseKey("overtaken:42")
                .priority(PushMessage.Priority.HIGH)
                .ttl(Duration.ofHours(1))
                .sound("cheer.caf")
                .badge(3)
                .build();

        sender.send(List.of(message));

        JsonObject sent = fcm.sends().getFirst().message();
        assertEquals("You were overtaken", path(sent, "notification", "title"));
        assertEquals("Dana passed you in Q3 Blitz", path(sent, "notification", "body"));
        assertEquals("3", path(sent, "data", "rank"));
        assertEquals("pacesetter://contests/42", path(sent, "data", "deep_link"));

        assertEquals("high", path(sent, "android", "priority"));
        assertEquals("3600s", path(sent, "android", "ttl"));
        assertEquals("overtaken:42", path(sent, "android", "collapse_key"));
        assertEquals("cheer.caf", path(sent, "android", "notification", "sound"));
        assertEquals("OVERTAKEN", path(sent, "android", "notification", "click_action"));

        assertEquals("10", path(sent, "apns", "headers", "apns-priority"));
        assertEquals("1749546000", path(sent, "apns", "headers", "apns-expiration"));   // 09:00 UTC
        assertEquals("overtaken:42", path(sent, "apns", "headers", "apns-collapse-id"));
        assertEquals("alert", path(sent, "apns", "headers", "apns-push-type"));
        assertEquals("cheer.caf", path(sent, "apns", "payload", "aps", "sound"));
        assertEquals("3", path(sent, "apns", "payload", "aps", "badge"));
        assertEquals("OVERTAKEN", path(sent, "apns", "payload", "aps", "category"));
    }

    @Test
    void normalPriorityAndZeroTtlMeanNowOrNeverWithoutWakingTheDevice() {
        sender.send(List.of(message("tok-normal").priority(PushMessage.Priority.NORMAL).ttl(Duration.ZERO).build()));

        JsonObject sent = fcm.sends().getFirst().message();
        assertEquals("normal", path(sent, "android", "priority"));
        assertEquals("0s", path(sent, "android", "ttl"));
        assertEquals("5", path(sent, "apns", "headers", "apns-priority"));
        assertEquals("0", path(sent, "apns", "headers", "apns-expiration"));
        assertFalse(sent.getAsJsonObject("android").has("collapse_key"));
        assertFalse(sent.getAsJsonObject("apns").getAsJsonObject("headers").has("apns-collapse-id"));
        assertFalse(sent.getAsJsonObject("apns").getAsJsonObject("payload").getAsJsonObject("aps").has("badge"));
    }

    @ParameterizedTest(name = "{0} {1}/{2}, Retry-After {3} -> {4}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
        # http | platform status    | FCM error code         | Retry-After                   | expected
        404    | NOT_FOUND          | UNREGISTERED           | none                          | Unregistered
        400    | INVALID_ARGUMENT   | INVALID_ARGUMENT       | none                          | InvalidPayload
        403    | PERMISSION_DENIED  | SENDER_ID_MISMATCH     | none                          | Failed
        429    | RESOURCE_EXHAUSTED | QUOTA_EXCEEDED         | 30                            | Retryable PT30S
        429    | RESOURCE_EXHAUSTED | QUOTA_EXCEEDED         | Tue, 10 Jun 2025 08:02:00 GMT | Retryable PT2M
        429    | RESOURCE_EXHAUSTED | QUOTA_EXCEEDED         | none                          | Retryable
        500    | INTERNAL           | INTERNAL               | none                          | Retryable
        503    | UNAVAILABLE        | UNAVAILABLE            | 120                           | Retryable PT2M
        """)
    void mapsFcmErrorCodesToDeliveryResults(int http, String platformStatus, String errorCode,
            String retryAfter, String expected) {
        // A Retry-After over the SDK's 60 s cap stops its own 503 retries, so each token is sent once.
        Map<String, String> headers = retryAfter == null ? Map.of() : Map.of("Retry-After", retryAfter);
        fcm.respond("tok", FakeFcm.fcmError(http, platformStatus, errorCode, headers));

        DeliveryResult result = sender.send(List.of(message("tok").build())).getFirst();

        assertEquals(expected, describe(result), reason(result));
        assertEquals(1, fcm.sendsFor("tok"));
        if (!(result instanceof Unregistered)) {
            assertTrue(reason(result).contains(errorCode), reason(result));
        }
    }

    @Test
    void aServerErrorWithoutFcmDetailIsStillRetryable() {
        fcm.respond("tok", new FakeFcm.Response(502, Map.of(), "<html>Bad Gateway</html>"));

        assertEquals("Retryable", describe(sender.send(List.of(message("tok").build())).getFirst()));
    }

    @Test
    void aBareNotFoundDoesNotDeleteTheToken() {
        // A wrong project id also answers 404; only FCM's UNREGISTERED detail means the token is gone.
        fcm.respond("tok", new FakeFcm.Response(404, Map.of(),
                "{\"error\": {\"code\": 404, \"message\": \"not found\", \"status\": \"NOT_FOUND\"}}"));

        assertEquals("Failed", describe(sender.send(List.of(message("tok").build())).getFirst()));
    }

    @Test
    void aMixedBatchKeepsEachResultInItsMessagesPlace() {
        fcm.respond("tok-gone", FakeFcm.fcmError(404, "NOT_FOUND", "UNREGISTERED", Map.of()));
        fcm.respond("tok-quota", FakeFcm.fcmError(429, "RESOURCE_EXHAUSTED", "QUOTA_EXCEEDED",
                Map.of("Retry-After", "7")));
        fcm.respond("tok-bad", FakeFcm.fcmError(400, "INVALID_ARGUMENT", "INVALID_ARGUMENT", Map.of()));
        List<String> tokens = List.of("tok-1", "tok-gone", "tok-2", "tok-quota", "tok-bad", "tok-3");

        List<DeliveryResult> results = sender.send(tokens.stream().map(t -> message(t).build()).toList());

        assertEquals(List.of("Delivered tok-1", "Unregistered", "Delivered tok-2", "Retryable PT7S",
                "InvalidPayload", "Delivered tok-3"), results.stream().map(FcmPushSenderTest::describe).toList());
    }

    @Test
    void moreThan500MessagesAreSentInChunksAndKeepTheirOrder() {
        // sendEach refuses more than 500 messages: 501 can only go out as 500 and 1.
        List<PushMessage> messages = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            messages.add(message("tok-%03d".formatted(i)).build());
        }
        List<Integer> edges = List.of(0, 499, 500);
        for (int edge : edges) {
            fcm.respond("tok-%03d".formatted(edge), FakeFcm.fcmError(404, "NOT_FOUND", "UNREGISTERED", Map.of()));
        }

        List<DeliveryResult> results = sender.send(messages);

        assertEquals(501, results.size());
        assertEquals(501, fcm.sends().size());
        for (int i = 0; i < results.size(); i++) {
            String expected = edges.contains(i) ? "Unregistered" : "Delivered tok-%03d".formatted(i);
            assertEquals(expected, describe(results.get(i)), "message " + i);
        }
    }

    @Test
    void aBatchCallCutShortLeavesEveryMessageOfTheChunkRetryable() {
        // A 401 makes the SDK refresh its token; the fixed test token cannot be refreshed, and the
        // unchecked error aborts the whole sendEach call, which is the case being tested here.
        fcm.respond("tok-401", FakeFcm.fcmError(401, "UNAUTHENTICATED", "THIRD_PARTY_AUTH_ERROR", Map.of()));

        List<DeliveryResult> results = sender.send(List.of(
                message("tok-1").build(), message("tok-401").build(), message("tok-2").build()));

        assertEquals(List.of("Retryable", "Retryable", "Retryable"),
                results.stream().map(FcmPushSenderTest::describe).toList());
        assertTrue(reason(results.getFirst()).contains("outcome unknown"), reason(results.getFirst()));
    }

    @Test
    void anEmptyBatchSendsNothing() {
        assertEquals(List.of(), sender.send(List.of()));
        assertEquals(List.of(), fcm.sends());
    }

    @Test
    void twoSendersCanRunSideBySideAndAClosedOneRefusesToSend() throws IOException {
        try (FakeFcm other = new FakeFcm(); FcmPushSender second = senderFor(other)) {
            assertInstanceOf(Delivered.class, second.send(List.of(message("tok-a").build())).getFirst());
            assertInstanceOf(Delivered.class, sender.send(List.of(message("tok-b").build())).getFirst());
            second.close();
            assertThrows(IllegalStateException.class, () -> second.send(List.of(message("tok-c").build())));
        }
        assertEquals(1, fcm.sends().size());
    }

    private static PushMessage.Builder message(String token) {
        return PushMessage.to(token).title("You were overtaken").body("Dana passed you in Q3 Blitz").deepLink(LINK);
    }

    private static String path(JsonObject json, String... keys) {
        JsonObject current = json;
        for (int i = 0; i < keys.length - 1; i++) {
            current = current.getAsJsonObject(keys[i]);
        }
        return current.get(keys[keys.length - 1]).getAsString();
    }

    static String describe(DeliveryResult result) {
        return switch (result) {
            case Delivered d -> "Delivered " + d.messageId().substring(d.messageId().lastIndexOf('/') + 1);
            case Unregistered u -> "Unregistered";
            case InvalidPayload p -> "InvalidPayload";
            case Failed f -> "Failed";
            case Retryable r -> r.retryAfter().map(d -> "Retryable " + d).orElse("Retryable");
        };
    }

    private static String reason(DeliveryResult result) {
        return switch (result) {
            case InvalidPayload p -> p.reason();
            case Failed f -> f.reason();
            case Retryable r -> r.reason();
            default -> "";
        };
    }
}
