package dev.pacesetter.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Turns a bearer token into a {@link Caller}: the token must verify, and its user must still be
 * active in its organisation (checked per request, so a deactivated user is locked out at once).
 */
@ApplicationScoped
public class Authenticator {

    @Inject
    Config config;

    @Inject
    Clock clock;

    @Inject
    ActiveUsers activeUsers;

    private JwtVerifier verifier;

    @PostConstruct
    void init() {
        Optional<String> pem = config.getOptionalValue("pacesetter.jwt.public-key", String.class);
        Optional<String> file = config.getOptionalValue("pacesetter.jwt.public-key-file", String.class);
        String keys;
        try {
            keys = pem.isPresent() ? pem.get() : Files.readString(Path.of(file.orElseThrow(() ->
                    new IllegalStateException("No JWT verification key: set PACESETTER_JWT_PUBLIC_KEY "
                            + "or PACESETTER_JWT_PUBLIC_KEY_FILE"))));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot read the JWT public key file: " + e.getMessage(), e);
        }
        verifier = new JwtVerifier(Pem.publicKeys(keys),
                config.getValue("pacesetter.jwt.issuer", String.class),
                config.getValue("pacesetter.jwt.audience", String.class),
                Duration.ofSeconds(config.getOptionalValue("pacesetter.jwt.clock-skew-seconds", Integer.class)
                        .orElse(60)),
                clock);
    }

    public Caller authenticate(String authorizationHeader) {
        if (authorizationHeader == null || authorizationHeader.isBlank()) {
            throw ProblemException.unauthorized("Send an Authorization: Bearer <token> header.");
        }
        if (!authorizationHeader.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw ProblemException.unauthorized("Only Bearer tokens are accepted.");
        }
        Caller caller = verifier.verify(authorizationHeader.substring(7).trim());
        if (!activeUsers.isActive(caller.orgId(), caller.userId())) {
            throw ProblemException.unauthorized("The token's user is unknown or deactivated.");
        }
        if (caller.actingFor() != null && !activeUsers.isActive(caller.orgId(), caller.actingFor())) {
            throw ProblemException.unauthorized("The rep this assistant acts for is unknown or deactivated.");
        }
        return caller;
    }
}
