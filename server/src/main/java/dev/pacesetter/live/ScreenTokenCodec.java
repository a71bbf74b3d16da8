package dev.pacesetter.live;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;

/**
 * Signs and checks screen tokens: {@code pst1.<claims>.<HMAC-SHA256>}, both parts base64url. HMAC with
 * a server-held secret rather than the identity provider's RS256: the server holds no private key in
 * production, and a token this class makes can never pass for a bearer JWT (the verifier pins RS256),
 * so a screen token cannot reach any endpoint but the stream. The MAC is compared in constant time.
 */
public final class ScreenTokenCodec {
    private static final String PREFIX = "pst1.";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    /** Far more than a real token needs; refuses to parse junk of any size. */
    private static final int MAX_LENGTH = 512;

    private final SecretKeySpec key;

    /** @param secret at least 32 bytes, shared by every server instance */
    public ScreenTokenCodec(byte[] secret) {
        if (secret == null || secret.length < 32) {
            throw new IllegalArgumentException("the screen token secret must be at least 32 bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
    }

    public String encode(ScreenToken token) {
        String claims = "v1:" + token.orgId() + ":" + token.contestId() + ":" + token.issuedBy() + ":"
                + token.issuedAt().getEpochSecond() + ":" + token.expiresAt().getEpochSecond();
        String body = PREFIX + B64.encodeToString(claims.getBytes(StandardCharsets.US_ASCII));
        return body + "." + B64.encodeToString(mac(body));
    }

    /** The token's grant if it is ours, intact and not expired at {@code now}; else why not. */
    public ScreenToken decode(String token, Instant now) {
        if (token == null || token.isEmpty() || token.length() > MAX_LENGTH || !token.startsWith(PREFIX)) {
            throw new ScreenTokenException("The token is not a screen token.");
        }
        int dot = token.lastIndexOf('.');
        if (dot <= PREFIX.length()) {
            throw new ScreenTokenException("The token is not a screen token.");
        }
        String body = token.substring(0, dot);
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw new ScreenTokenException("The screen token's signature does not verify.");
        }
        if (!MessageDigest.isEqual(mac(body), given)) {
            throw new ScreenTokenException("The screen token's signature does not verify.");
        }
        ScreenToken claims = claims(body.substring(PREFIX.length()));
        if (!now.isBefore(claims.expiresAt())) {
            throw new ScreenTokenException("The screen token has expired; mint a new one.");
        }
        return claims;
    }

    private static ScreenToken claims(String encoded) {
        try {
            String[] f = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.US_ASCII).split(":", -1);
            if (f.length != 6 || !"v1".equals(f[0])) {
                throw new ScreenTokenException("The screen token's version is not supported.");
            }
            return new ScreenToken(Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]),
                    Instant.ofEpochSecond(Long.parseLong(f[4])), Instant.ofEpochSecond(Long.parseLong(f[5])));
        } catch (IllegalArgumentException e) {
            // Signed by us but unreadable means a bug, never a forgery; refuse it all the same.
            throw new ScreenTokenException("The screen token's claims are unreadable.");
        }
    }

    private byte[] mac(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
