package dev.pacesetter.notifications;

import com.google.api.client.http.HttpTransport;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.ServiceAccountCredentials;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A Google service account read from its JSON key: the credentials FCM calls are signed with and
 * the Firebase project they go to.
 *
 * @param credentials the credentials
 * @param projectId the Firebase project id
 */
record ServiceAccount(GoogleCredentials credentials, String projectId) {

    ServiceAccount {
        Objects.requireNonNull(credentials, "credentials");
        if (projectId == null || projectId.isBlank()) {
            throw new IllegalArgumentException("projectId must not be blank");
        }
    }

    /**
     * Reads a service-account key file.
     *
     * @param file the JSON key file
     * @param transport the transport for token requests, or null for the default
     * @return the account
     * @throws IOException if the file cannot be read or is not a service-account key
     */
    static ServiceAccount fromFile(Path file, HttpTransport transport) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return fromStream(in, transport);
        }
    }

    /**
     * Reads a service-account key given as JSON text, as when it comes from an environment variable.
     *
     * @param json the JSON key
     * @param transport the transport for token requests, or null for the default
     * @return the account
     * @throws IOException if the text is not a service-account key
     */
    static ServiceAccount fromJson(String json, HttpTransport transport) throws IOException {
        Objects.requireNonNull(json, "json");
        return fromStream(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), transport);
    }

    // Only service-account keys are accepted: a generic credential file can name arbitrary URLs and
    // executables, which is why Google deprecated GoogleCredentials.fromStream for untrusted input.
    private static ServiceAccount fromStream(InputStream in, HttpTransport transport)
            throws IOException {
        ServiceAccountCredentials credentials = transport == null
                ? ServiceAccountCredentials.fromStream(in)
                : ServiceAccountCredentials.fromStream(in, () -> transport);
        String projectId = credentials.getProjectId();
        if (projectId == null || projectId.isBlank()) {
            throw new IOException("service-account key has no project_id");
        }
        return new ServiceAccount(credentials, projectId);
    }
}
