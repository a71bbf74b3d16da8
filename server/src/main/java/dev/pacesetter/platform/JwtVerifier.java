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
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
    /**
     * Tokens whose signature and claims verified, with what they said: a token's bytes never change, so
     * only its times are checked again when it comes back (a client sends the same token for its whole
     * life). Keyed by the whole token, so only a token that verified can be found; bounded.
     */
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    /** What a verified token said: the caller, its expiry and its not-before (null when absent), in epoch seconds. */
    private record Verified(Caller caller, long expires, Long notBefore) {
    }

    private static final int MAX_VERIFIED = 20_000;

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
        Verified known = token == null ? null : verified.get(token);
        if (known == null) {
            known = verifyFully(token);
            if (verified.size() >= MAX_VERIFIED) {
                verified.clear();
            }
            verified.put(token, known);
        }
        checkTimes(known.expires(), known.notBefore());
        return known.caller();
    }

    private Verified verifyFully(String token) {
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
        if (!claims.path("exp").canConvertToLong()) {
            throw ProblemException.unauthorized("The bearer token has no expiry.");
        }
        long expires = claims.path("exp").asLong();
        Long notBefore = claims.has("nbf") ? claims.path("nbf").asLong() : null;
        checkTimes(expires, notBefore);
        if (!issuer.equals(claims.path("iss").asText())) {
            throw ProblemException.unauthorized("The bearer token was issued by someone else.");
        }
        if (!audienceMatches(claims.path("aud"))) {
            throw ProblemException.unauthorized("The bearer token is not meant for this service.");
        }
        return new Verified(caller(claims), expires, notBefore);
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

    private void checkTimes(long expires, Long notBefore) {
        Instant now = clock.instant();
        if (Instant.ofEpochSecond(expires).plus(skew).isBefore(now)) {
            throw ProblemException.unauthorized("The bearer token has expired.");
        }
        if (notBefore != null && Instant.ofEpochSecond(notBefore).minus(skew).isAfter(now)) {
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
