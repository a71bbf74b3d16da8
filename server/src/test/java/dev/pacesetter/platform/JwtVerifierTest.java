package dev.pacesetter.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JwtVerifierTest {
    private static final KeyPair KEYS = JwtSigner.newKeyPair();
    private static final KeyPair OTHER = JwtSigner.newKeyPair();
    // 2026-11-23 12:00 UTC
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final JwtVerifier VERIFIER = new JwtVerifier(List.of((RSAPublicKey) KEYS.getPublic()), "iss", "aud",
            Duration.ofSeconds(60), Clock.fixed(NOW, ZoneOffset.UTC));

    private static String token(KeyPair keys, String issuer, String audience, Instant issuedAt, Duration ttl,
                                Set<Role> roles) {
        return new JwtSigner(keys.getPrivate(), issuer, audience).sign(42, 7, roles, null, issuedAt, ttl);
    }

    @Test
    void aGoodTokenNamesOrganisationUserAndRoles() {
        Caller caller = VERIFIER.verify(token(KEYS, "iss", "aud", NOW, Duration.ofHours(1), EnumSet.of(Role.REP, Role.MANAGER)));
        assertEquals(new Caller(42, 7, Set.of(Role.REP, Role.MANAGER), null), caller);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "signed by another key,      other, iss,   aud,   0,     3600, signature does not verify",
            "from another issuer,        keys,  evil,  aud,   0,     3600, issued by someone else",
            "for another audience,       keys,  iss,   other, 0,     3600, not meant for this service",
            // issued 2 h ago, valid 1 h: expired an hour ago
            "expired,                    keys,  iss,   aud,   -7200, 3600, has expired",
            // expired 30 s ago: within the 60 s skew
            "just expired (skew),        keys,  iss,   aud,   -3630, 3600, OK",
    })
    void badTokensAreRefusedWithTheReason(String name, String signer, String issuer, String audience, long offset,
                                          long ttl, String expected) {
        String token = token("other".equals(signer) ? OTHER : KEYS, issuer, audience, NOW.plusSeconds(offset),
                Duration.ofSeconds(ttl), EnumSet.of(Role.REP));
        if ("OK".equals(expected)) {
            assertEquals(7, VERIFIER.verify(token).userId());
            return;
        }
        ProblemException e = assertThrows(ProblemException.class, () -> VERIFIER.verify(token));
        assertEquals(401, e.status());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void unsignedAndHmacTokensAreRefused() {
        String good = token(KEYS, "iss", "aud", NOW, Duration.ofHours(1), EnumSet.of(Role.ADMIN));
        String[] parts = good.split("\\.");
        for (String alg : List.of("none", "HS256")) {
            String header = Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(("{\"alg\":\"" + alg + "\"}").getBytes(StandardCharsets.UTF_8));
            ProblemException e = assertThrows(ProblemException.class,
                    () -> VERIFIER.verify(header + "." + parts[1] + "." + parts[2]));
            assertTrue(e.getMessage().contains("RS256"));
        }
    }

    @Test
    void aTamperedPayloadFailsTheSignature() {
        String good = token(KEYS, "iss", "aud", NOW, Duration.ofHours(1), EnumSet.of(Role.REP));
        String[] parts = good.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"REP\"", "\"ADMIN\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertThrows(ProblemException.class, () -> VERIFIER.verify(forged));
    }

    @Test
    void anAssistantTokenMustNameItsRep() {
        String token = new JwtSigner(KEYS.getPrivate(), "iss", "aud").sign(42, 99, EnumSet.of(Role.ASSISTANT), null,
                NOW, Duration.ofHours(1));
        assertThrows(ProblemException.class, () -> VERIFIER.verify(token));
        String acting = new JwtSigner(KEYS.getPrivate(), "iss", "aud").sign(42, 99, EnumSet.of(Role.ASSISTANT), 7L,
                NOW, Duration.ofHours(1));
        assertEquals(7, VERIFIER.verify(acting).subjectId());
    }

    @Test
    void aTokenSeenBeforeIsStillRefusedOnceItHasExpired() {
        java.util.concurrent.atomic.AtomicReference<Instant> now = new java.util.concurrent.atomic.AtomicReference<>(NOW);
        Clock moving = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        JwtVerifier verifier = new JwtVerifier(List.of((RSAPublicKey) KEYS.getPublic()), "iss", "aud",
                Duration.ofSeconds(60), moving);
        String token = token(KEYS, "iss", "aud", NOW, Duration.ofMinutes(5), EnumSet.of(Role.REP));
        assertEquals(7, verifier.verify(token).userId());
        assertEquals(7, verifier.verify(token).userId());
        // 12:05 expiry + 60 s skew: still good at 12:06, refused a second later
        now.set(NOW.plusSeconds(360));
        assertEquals(7, verifier.verify(token).userId());
        now.set(NOW.plusSeconds(361));
        ProblemException e = assertThrows(ProblemException.class, () -> verifier.verify(token));
        assertTrue(e.getMessage().contains("has expired"), e.getMessage());
    }

    @Test
    void aRefusedTokenIsRefusedEveryTime() {
        String forged = token(OTHER, "iss", "aud", NOW, Duration.ofHours(1), EnumSet.of(Role.ADMIN));
        for (int i = 0; i < 2; i++) {
            assertThrows(ProblemException.class, () -> VERIFIER.verify(forged));
        }
    }

    @Test
    void garbageIsNotAJwt() {
        for (String garbage : List.of("", "abc", "a.b", "a.b.c.d", "!!.??.##")) {
            assertEquals(401, assertThrows(ProblemException.class, () -> VERIFIER.verify(garbage)).status());
        }
    }
}
