package dev.pacesetter.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;

/**
 * Issues RS256 tokens. Production tokens come from the organisation's identity provider; this is
 * for the embedded development server's printed tokens, the benchmark and the tests.
 */
public final class JwtSigner {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrivateKey key;
    private final String issuer;
    private final String audience;

    public JwtSigner(PrivateKey key, String issuer, String audience) {
        this.key = key;
        this.issuer = issuer;
        this.audience = audience;
    }

    /** A fresh RSA key pair of the size tokens are signed with (2048 bits). */
    public static java.security.KeyPair newKeyPair() {
        try {
            java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token for a user of an organisation with the given roles, valid for {@code ttl}. */
    public String sign(long orgId, long userId, Collection<Role> roles, Long actFor, Instant now, Duration ttl) {
        ObjectNode claims = JSON.createObjectNode()
                .put("iss", issuer)
                .put("aud", audience)
                .put("sub", Long.toString(userId))
                .put("org", orgId)
                .put("iat", now.getEpochSecond())
                .put("exp", now.plus(ttl).getEpochSecond());
        com.fasterxml.jackson.databind.node.ArrayNode roleArray = claims.putArray("roles");
        roles.forEach(r -> roleArray.add(r.name()));
        if (actFor != null) {
            claims.put("act_for", actFor);
        }
        String header = b64(JSON.createObjectNode().put("alg", "RS256").put("typ", "JWT").toString());
        String body = b64(claims.toString());
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update((header + "." + body).getBytes(StandardCharsets.US_ASCII));
            return header + "." + body + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
