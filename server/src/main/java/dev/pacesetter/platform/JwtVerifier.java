package dev.pacesetter.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Verifies RS256 bearer tokens: signature against the configured public keys, {@code alg} pinned
 * to RS256 (no {@code none}, no HMAC confusion), issuer, audience, expiry and not-before with a
 * small clock skew, then reads the Pacesetter claims: {@code sub} (user id), {@code org},
 * {@code roles} and, for assistant tokens, {@code act_for}.
 */
public final class JwtVerifier {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<RSAPublicKey> keys;
    private final String issuer;
    private final String audience;
    private final Duration skew;
    private final Clock clock;

    public JwtVerifier(List<RSAPublicKey> keys, String issuer, String audience, Duration skew, Clock clock) {
        if (keys == null || keys.isEmpty()) {
            throw new IllegalArgumentException("at least one verification key is required");
        }
        this.keys = List.copyOf(keys);
        this.issuer = issuer;
        this.audience = audience;
        this.skew = skew;
        this.clock = clock;
    }

    /** Returns the caller, or throws a 401 problem saying what is wrong with the token. */
    public Caller verify(String token) {
        String[] parts = token == null ? new String[0] : token.split("\\.", -1);
        if (parts.length != 3) {
            throw ProblemException.unauthorized("The bearer token is not a JWT.");
        }
        JsonNode header = decode(parts[0]);
        if (!"RS256".equals(header.path("alg").asText())) {
            throw ProblemException.unauthorized("The bearer token must be signed with RS256.");
        }
        if (!signatureValid(parts)) {
            throw ProblemException.unauthorized("The bearer token's signature does not verify.");
        }
        JsonNode claims = decode(parts[1]);
        checkTimes(claims);
        if (!issuer.equals(claims.path("iss").asText())) {
            throw ProblemException.unauthorized("The bearer token was issued by someone else.");
        }
        if (!audienceMatches(claims.path("aud"))) {
            throw ProblemException.unauthorized("The bearer token is not meant for this service.");
        }
        return caller(claims);
    }

    private boolean signatureValid(String[] parts) {
        byte[] signed = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
        byte[] signature;
        try {
            signature = Base64.getUrlDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            return false;
        }
        for (RSAPublicKey key : keys) {
            try {
                Signature verifier = Signature.getInstance("SHA256withRSA");
                verifier.initVerify(key);
                verifier.update(signed);
                if (verifier.verify(signature)) {
                    return true;
                }
            } catch (GeneralSecurityException e) {
                // A malformed signature for this key; try the next one.
            }
        }
        return false;
    }

    private void checkTimes(JsonNode claims) {
        Instant now = clock.instant();
        if (!claims.path("exp").canConvertToLong()) {
            throw ProblemException.unauthorized("The bearer token has no expiry.");
        }
        if (Instant.ofEpochSecond(claims.path("exp").asLong()).plus(skew).isBefore(now)) {
            throw ProblemException.unauthorized("The bearer token has expired.");
        }
        if (claims.has("nbf") && Instant.ofEpochSecond(claims.path("nbf").asLong()).minus(skew).isAfter(now)) {
            throw ProblemException.unauthorized("The bearer token is not valid yet.");
        }
    }

    private boolean audienceMatches(JsonNode aud) {
        if (aud.isArray()) {
            for (JsonNode a : aud) {
                if (audience.equals(a.asText())) {
                    return true;
                }
            }
            return false;
        }
        return audience.equals(aud.asText());
    }

    private static Caller caller(JsonNode claims) {
        long userId = longClaim(claims, "sub");
        long orgId = longClaim(claims, "org");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (JsonNode r : claims.path("roles")) {
            try {
                roles.add(Role.valueOf(r.asText()));
            } catch (IllegalArgumentException e) {
                // Roles of other applications in a shared identity provider are not ours.
            }
        }
        if (roles.isEmpty()) {
            throw ProblemException.unauthorized("The bearer token grants no Pacesetter role.");
        }
        Long actFor = claims.has("act_for") ? longClaim(claims, "act_for") : null;
        if (roles.contains(Role.ASSISTANT) && actFor == null) {
            throw ProblemException.unauthorized("An ASSISTANT token must name the rep it acts for (act_for).");
        }
        return new Caller(orgId, userId, roles, roles.contains(Role.ASSISTANT) ? actFor : null);
    }

    private static long longClaim(JsonNode claims, String name) {
        JsonNode node = claims.path(name);
        try {
            return Long.parseLong(node.asText());
        } catch (NumberFormatException e) {
            throw ProblemException.unauthorized("The bearer token's '" + name + "' claim is missing or not an id.");
        }
    }

    private static JsonNode decode(String part) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(part));
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw ProblemException.unauthorized("The bearer token is not a JWT.");
        }
    }
}
