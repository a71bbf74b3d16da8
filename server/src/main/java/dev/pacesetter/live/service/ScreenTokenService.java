package dev.pacesetter.live.service;

import dev.pacesetter.contests.service.ContestBoards;
import dev.pacesetter.live.ScreenToken;
import dev.pacesetter.live.ScreenTokenCodec;
import dev.pacesetter.live.ScreenTokenException;
import dev.pacesetter.platform.ActiveUsers;
import dev.pacesetter.platform.Caller;
import dev.pacesetter.platform.ProblemException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Mints and checks screen tokens. The signing secret is {@code pacesetter.screen-tokens.secret}
 * ({@code PACESETTER_SCREEN_TOKENS_SECRET}, 32+ characters, the same on every instance). Without it a
 * random key is made at start-up: fine for one development server, but its tokens die with it.
 * Tokens are never logged; problems say what is wrong without echoing them.
 */
@ApplicationScoped
public class ScreenTokenService {
    private static final Logger LOG = Logger.getLogger(ScreenTokenService.class.getName());

    @Inject
    Config config;

    @Inject
    Clock clock;

    @Inject
    ActiveUsers activeUsers;

    @Inject
    ContestBoards boards;

    private ScreenTokenCodec codec;

    @PostConstruct
    void init() {
        Optional<String> secret = config.getOptionalValue("pacesetter.screen-tokens.secret", String.class);
        byte[] key;
        if (secret.isPresent()) {
            key = secret.get().getBytes(StandardCharsets.UTF_8);
            if (key.length < 32) {
                throw new IllegalStateException("PACESETTER_SCREEN_TOKENS_SECRET must be at least 32 characters");
            }
        } else {
            key = new byte[32];
            new SecureRandom().nextBytes(key);
            LOG.warning("No PACESETTER_SCREEN_TOKENS_SECRET: screen tokens are signed with a key made at start-up; "
                    + "they stop working on restart and are not accepted by other instances.");
        }
        codec = new ScreenTokenCodec(key);
    }

    /** A token for the contest, if the caller may put it on a screen (manager or admin who can see it). */
    public Minted mint(Caller caller, long contestId, int hours) {
        boards.checkScreenIssuer(caller, contestId);
        ScreenToken grant = ScreenToken.mint(caller.orgId(), contestId, caller.userId(), clock.instant(), hours);
        return new Minted(grant, codec.encode(grant));
    }

    /**
     * The grant of a token presented for {@code contestId}: 401 unless it verifies, has not expired and
     * its issuer is still active; 403 when it is for another contest.
     */
    public ScreenToken verify(String token, long contestId) {
        ScreenToken grant;
        try {
            grant = codec.decode(token, clock.instant());
        } catch (ScreenTokenException e) {
            throw ProblemException.unauthorized(e.getMessage());
        }
        if (grant.contestId() != contestId) {
            throw ProblemException.forbidden("This screen token is for another contest.");
        }
        if (!activeUsers.isActive(grant.orgId(), grant.issuedBy())) {
            throw ProblemException.unauthorized("The user who minted this screen token is deactivated.");
        }
        return grant;
    }

    /** A minted grant and its signed form. */
    public record Minted(ScreenToken grant, String token) {
    }
}
