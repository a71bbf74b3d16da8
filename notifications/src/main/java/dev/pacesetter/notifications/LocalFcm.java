package dev.pacesetter.notifications;

import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;

import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;

/**
 * <b>For tests, benchmarks and local fakes only.</b> Builds a real {@link FcmPushSender} (the real
 * Firebase SDK, {@code sendEach} and all) that talks to a fake FCM HTTP v1 endpoint instead of
 * Google: every request the SDK makes is rewritten to the given base URI (the FCM host is hard-coded
 * in the SDK), and the credentials are a fixed, never-expiring access token, so no token exchange
 * happens. Nothing in the server's configuration leads here: production senders come only from a
 * service account ({@link FcmPushSender#fromServiceAccountFile}, {@code fromServiceAccountJson}).
 * <pre>{@code
 * try (FcmPushSender fcm = LocalFcm.sender(URI.create("http://127.0.0.1:8089"), "demo")) { ... }
 * }</pre>
 */
public final class LocalFcm {
    /** The access token the fake endpoint sees as {@code Authorization: Bearer local-fake}. */
    public static final String ACCESS_TOKEN = "local-fake";

    private LocalFcm() {
    }

    /**
     * A sender whose every request goes to {@code endpoint} (scheme, host and port; the SDK's path,
     * {@code /v1/projects/<projectId>/messages:send}, is kept).
     *
     * @param endpoint  the fake's base, e.g. {@code http://127.0.0.1:8089}
     * @param projectId the project id the SDK puts in the path
     * @return a sender; close it to release the Firebase app
     */
    public static FcmPushSender sender(URI endpoint, String projectId) {
        return sender(transport(endpoint), projectId);
    }

    /**
     * A sender through a transport of the caller's (an in-process mock, or one like {@link #transport}).
     *
     * @param transport carries every SDK request
     * @param projectId the project id the SDK puts in the path
     * @return a sender; close it to release the Firebase app
     */
    public static FcmPushSender sender(HttpTransport transport, String projectId) {
        Objects.requireNonNull(transport, "transport");
        GoogleCredentials fixed = GoogleCredentials.create(
                new AccessToken(ACCESS_TOKEN, Date.from(Instant.parse("2999-01-01T00:00:00Z"))));
        return FcmPushSender.create(fixed, projectId, transport, Clock.systemUTC());
    }

    /** A transport that sends every request to {@code endpoint}, whatever host the SDK asked for. */
    public static HttpTransport transport(URI endpoint) {
        Objects.requireNonNull(endpoint, "endpoint");
        String base = endpoint.getScheme() + "://" + endpoint.getAuthority();
        return new NetHttpTransport.Builder()
                .setConnectionFactory(url -> (HttpURLConnection) URI.create(base + url.getFile()).toURL()
                        .openConnection(Proxy.NO_PROXY))
                .build();
    }
}
