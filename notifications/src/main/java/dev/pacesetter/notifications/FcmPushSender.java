package dev.pacesetter.notifications;

import com.google.api.client.http.HttpTransport;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.firebase.FirebaseApp;
import com.google.firebase.FirebaseOptions;
import com.google.firebase.IncomingHttpResponse;
import com.google.firebase.messaging.AndroidConfig;
import com.google.firebase.messaging.AndroidNotification;
import com.google.firebase.messaging.ApnsConfig;
import com.google.firebase.messaging.Aps;
import com.google.firebase.messaging.BatchResponse;
import com.google.firebase.messaging.FirebaseMessaging;
import com.google.firebase.messaging.FirebaseMessagingException;
import com.google.firebase.messaging.Message;
import com.google.firebase.messaging.MessagingErrorCode;
import com.google.firebase.messaging.Notification;
import com.google.firebase.messaging.SendResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends push messages through Firebase Cloud Messaging (HTTP v1), to Android directly and to iOS
 * through APNs. The only class in Pacesetter that touches the Firebase SDK.
 *
 * <p>Each instance owns a uniquely named {@code FirebaseApp}; {@link #close()} deletes it. The SDK
 * itself retries HTTP 503 only; other transient failures come back as
 * {@link DeliveryResult.Retryable} for {@link RetryingPushSender} or the caller to handle.
 * <pre>{@code
 * try (FcmPushSender fcm = FcmPushSender.fromServiceAccountFile(Path.of("/etc/pacesetter/fcm.json"))) {
 *     List<DeliveryResult> results = fcm.send(messages);
 * }
 * }</pre>
 */
public final class FcmPushSender implements PushSender, AutoCloseable {

    /** {@code sendEach} accepts at most this many messages per call. */
    static final int MAX_BATCH = 500;

    private static final int CONNECT_TIMEOUT_MILLIS = 10_000;
    private static final int READ_WRITE_TIMEOUT_MILLIS = 30_000;

    private final FirebaseApp app;
    private final FirebaseMessaging messaging;
    private final Clock clock;
    private final AtomicBoolean closed = new AtomicBoolean();

    private FcmPushSender(GoogleCredentials credentials, String projectId, HttpTransport transport,
            Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        FirebaseOptions.Builder options = FirebaseOptions.builder()
                .setCredentials(credentials)
                .setProjectId(projectId)
                // The SDK default is to wait forever; a stuck connection must not stall dispatch.
                .setConnectTimeout(CONNECT_TIMEOUT_MILLIS)
                .setReadTimeout(READ_WRITE_TIMEOUT_MILLIS)
                .setWriteTimeout(READ_WRITE_TIMEOUT_MILLIS);
        if (transport != null) {
            options.setHttpTransport(transport);
        }
        this.app = FirebaseApp.initializeApp(options.build(), "pacesetter-push-" + UUID.randomUUID());
        this.messaging = FirebaseMessaging.getInstance(app);
    }

    /**
     * Creates a sender from a service-account key file.
     *
     * @param serviceAccountFile the JSON key downloaded from the Firebase console
     * @return a sender for the key's project
     * @throws IOException if the file cannot be read or is not a service-account key
     */
    public static FcmPushSender fromServiceAccountFile(Path serviceAccountFile) throws IOException {
        return create(ServiceAccount.fromFile(serviceAccountFile, null), null, Clock.systemUTC());
    }

    /**
     * Creates a sender from a service-account key given as JSON text.
     *
     * @param serviceAccountJson the JSON key, e.g. from configuration
     * @return a sender for the key's project
     * @throws IOException if the text is not a service-account key
     */
    public static FcmPushSender fromServiceAccountJson(String serviceAccountJson) throws IOException {
        return create(ServiceAccount.fromJson(serviceAccountJson, null), null, Clock.systemUTC());
    }

    /** From a parsed account; tests pass a transport that carries token and FCM calls to a fake. */
    static FcmPushSender create(ServiceAccount account, HttpTransport transport, Clock clock) {
        return new FcmPushSender(account.credentials(), account.projectId(), transport, clock);
    }

    /** Test hook: fixed credentials (no token exchange) and a transport to a fake FCM. */
    static FcmPushSender create(GoogleCredentials credentials, String projectId,
            HttpTransport transport, Clock clock) {
        return new FcmPushSender(credentials, projectId, transport, clock);
    }

    @Override
    public List<DeliveryResult> send(List<PushMessage> messages) {
        if (closed.get()) {
            throw new IllegalStateException("FcmPushSender is closed");
        }
        List<DeliveryResult> results = new ArrayList<>(messages.size());
        for (int from = 0; from < messages.size(); from += MAX_BATCH) {
            int to = Math.min(from + MAX_BATCH, messages.size());
            results.addAll(sendChunk(messages.subList(from, to)));
        }
        return List.copyOf(results);
    }

    /** Deletes the underlying {@code FirebaseApp}; later calls do nothing. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            app.delete();
        }
    }

    private List<DeliveryResult> sendChunk(List<PushMessage> chunk) {
        DeliveryResult[] results = new DeliveryResult[chunk.size()];
        List<Message> outgoing = new ArrayList<>(chunk.size());
        List<Integer> positions = new ArrayList<>(chunk.size());
        for (int i = 0; i < chunk.size(); i++) {
            try {
                outgoing.add(toFcm(chunk.get(i)));
                positions.add(i);
            } catch (IllegalArgumentException e) {
                // The SDK's own checks are stricter in places than ours; fail this message only.
                results[i] = new DeliveryResult.InvalidPayload(String.valueOf(e.getMessage()));
            }
        }
        if (!outgoing.isEmpty()) {
            List<DeliveryResult> sent = sendEach(outgoing);
            for (int j = 0; j < sent.size(); j++) {
                results[positions.get(j)] = sent.get(j);
            }
        }
        return Arrays.asList(results);
    }

    private List<DeliveryResult> sendEach(List<Message> outgoing) {
        try {
            BatchResponse batch = messaging.sendEach(outgoing);
            return batch.getResponses().stream().map(this::toResult).toList();
        } catch (FirebaseMessagingException e) {
            // sendEach throws only when the whole call is cut short (interrupted, or an unchecked
            // error in one send). Some messages may have gone out; a retry risks a duplicate push,
            // which beats losing the nudge.
            DeliveryResult retry = new DeliveryResult.Retryable(
                    "FCM batch call cut short, outcome unknown: " + e.getMessage(), Optional.empty());
            return outgoing.stream().map(message -> retry).toList();
        }
    }

    // setToken is deprecated since SDK 9.10 in favour of Firebase Installation ids (setFid); the
    // apps register FCM registration tokens, which FCM v1 still accepts. Moving to FIDs needs an
    // app-side change first.
    @SuppressWarnings("deprecation")
    private Message toFcm(PushMessage message) {
        return Message.builder()
                .setToken(message.deviceToken())
                .setNotification(Notification.builder()
                        .setTitle(message.title())
                        .setBody(message.body())
                        .build())
                .putAllData(message.wireData())
                .setAndroidConfig(android(message))
                .setApnsConfig(apns(message))
                .build();
    }

    private static AndroidConfig android(PushMessage message) {
        AndroidNotification.Builder notification = AndroidNotification.builder();
        message.sound().ifPresent(notification::setSound);
        // FCM documents click_action as the Android counterpart of the APNs category.
        message.category().ifPresent(notification::setClickAction);
        AndroidConfig.Builder android = AndroidConfig.builder()
                .setPriority(message.priority() == PushMessage.Priority.HIGH
                        ? AndroidConfig.Priority.HIGH : AndroidConfig.Priority.NORMAL)
                .setTtl(message.ttl().toMillis())
                .setNotification(notification.build());
        message.collapseKey().ifPresent(android::setCollapseKey);
        return android.build();
    }

    private ApnsConfig apns(PushMessage message) {
        Aps.Builder aps = Aps.builder();
        message.sound().ifPresent(aps::setSound);
        message.badge().ifPresent(aps::setBadge);
        message.category().ifPresent(aps::setCategory);
        ApnsConfig.Builder apns = ApnsConfig.builder()
                .setAps(aps.build())
                .putHeader("apns-push-type", "alert")
                // APNs: 10 delivers immediately, 5 lets the device save power.
                .putHeader("apns-priority", message.priority() == PushMessage.Priority.HIGH ? "10" : "5")
                .putHeader("apns-expiration", apnsExpiration(message.ttl()));
        message.collapseKey().ifPresent(key -> apns.putHeader("apns-collapse-id", key));
        return apns.build();
    }

    // APNs wants an absolute UNIX time; 0 means "try once, do not store".
    private String apnsExpiration(Duration ttl) {
        if (ttl.isZero()) {
            return "0";
        }
        return Long.toString(clock.instant().plus(ttl).getEpochSecond());
    }

    private DeliveryResult toResult(SendResponse response) {
        if (response.isSuccessful()) {
            return new DeliveryResult.Delivered(response.getMessageId());
        }
        FirebaseMessagingException e = response.getException();
        String reason = describe(e);
        MessagingErrorCode code = e.getMessagingErrorCode();
        if (code != null) {
            return switch (code) {
                case UNREGISTERED -> new DeliveryResult.Unregistered();
                case INVALID_ARGUMENT -> new DeliveryResult.InvalidPayload(reason);
                case QUOTA_EXCEEDED, UNAVAILABLE, INTERNAL -> retryable(e, reason);
                case SENDER_ID_MISMATCH, THIRD_PARTY_AUTH_ERROR -> new DeliveryResult.Failed(reason);
                // A code added by a newer SDK: keep the token, do not retry blindly.
                default -> new DeliveryResult.Failed(reason);
            };
        }
        return fromPlatformError(e, reason);
    }

    // No FCM error detail (a proxy's HTML page, a network failure, or a 401 whose body the SDK's
    // token-refresh retries consumed): judge by HTTP status and the platform's error status. A bare
    // NOT_FOUND is not taken as UNREGISTERED: a wrong project id also yields it, and that must not
    // delete every token.
    private DeliveryResult fromPlatformError(FirebaseMessagingException e, String reason) {
        IncomingHttpResponse http = e.getHttpResponse();
        if (http == null) {
            return new DeliveryResult.Retryable(reason, Optional.empty());
        }
        if (http.getStatusCode() >= 500 || http.getStatusCode() == 429) {
            return retryable(e, reason);
        }
        return switch (e.getErrorCode()) {
            case INVALID_ARGUMENT -> new DeliveryResult.InvalidPayload(reason);
            case RESOURCE_EXHAUSTED, UNAVAILABLE, INTERNAL, DEADLINE_EXCEEDED, ABORTED ->
                    retryable(e, reason);
            default -> new DeliveryResult.Failed(reason);
        };
    }

    private DeliveryResult retryable(FirebaseMessagingException e, String reason) {
        IncomingHttpResponse http = e.getHttpResponse();
        Optional<Duration> retryAfter = http == null
                ? Optional.empty()
                : RetryAfter.parse(header(http.getHeaders(), "Retry-After"), clock.instant());
        return new DeliveryResult.Retryable(reason, retryAfter);
    }

    // The SDK copies google-http-client headers: names as declared, values a list or a string.
    private static String header(Map<String, Object> headers, String name) {
        for (Map.Entry<String, Object> entry : headers.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(name)) {
                Object value = entry.getValue();
                if (value instanceof List<?> list) {
                    return list.isEmpty() ? null : String.valueOf(list.getFirst());
                }
                return value == null ? null : value.toString();
            }
        }
        return null;
    }

    private static String describe(FirebaseMessagingException e) {
        String code = e.getMessagingErrorCode() != null
                ? e.getMessagingErrorCode().name() : e.getErrorCode().name();
        return code + ": " + e.getMessage();
    }
}
