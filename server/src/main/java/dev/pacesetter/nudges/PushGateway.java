package dev.pacesetter.nudges;

import dev.pacesetter.notifications.FcmPushSender;
import dev.pacesetter.notifications.PushSender;
import dev.pacesetter.notifications.RetryPolicy;
import dev.pacesetter.notifications.RetryingPushSender;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The push sender, if any: Firebase Cloud Messaging with our retries when a service account is
 * configured ({@code PACESETTER_FIREBASE_CREDENTIALS_FILE} or {@code _JSON}), otherwise none, and
 * nudges reach only the inbox. Start-up logs which.
 */
@ApplicationScoped
class PushGateway {
    private static final Logger LOG = Logger.getLogger(PushGateway.class.getName());

    @Inject
    @ConfigProperty(name = "pacesetter.firebase.credentials-file")
    Optional<String> credentialsFile;

    @Inject
    @ConfigProperty(name = "pacesetter.firebase.credentials-json")
    Optional<String> credentialsJson;

    private volatile PushSender sender;
    private FcmPushSender fcm;

    @PostConstruct
    void init() {
        try {
            if (credentialsFile.filter(s -> !s.isBlank()).isPresent()) {
                fcm = FcmPushSender.fromServiceAccountFile(Path.of(credentialsFile.get()));
            } else if (credentialsJson.filter(s -> !s.isBlank()).isPresent()) {
                fcm = FcmPushSender.fromServiceAccountJson(credentialsJson.get());
            }
        } catch (IOException | RuntimeException e) {
            // Credentials were given, so running without push would hide a mistake.
            throw new IllegalStateException("Cannot load the Firebase service account: " + e.getMessage(), e);
        }
        sender = fcm == null ? null : new RetryingPushSender(fcm, RetryPolicy.DEFAULT);
        LOG.info(fcm == null ? "Push delivery off (no Firebase credentials): nudges go to the in-app inbox only."
                : "Push delivery on through Firebase Cloud Messaging.");
    }

    @PreDestroy
    void close() {
        if (fcm != null) {
            fcm.close();
        }
    }

    Optional<PushSender> sender() {
        return Optional.ofNullable(sender);
    }

    /** Test hook: deliver through another sender (null turns push off). */
    void use(PushSender replacement) {
        sender = replacement;
    }
}
