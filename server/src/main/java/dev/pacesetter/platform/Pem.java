package dev.pacesetter.platform;

import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and writes RSA keys as PEM (SubjectPublicKeyInfo / PKCS#8). */
public final class Pem {
    private static final Pattern BLOCK =
            Pattern.compile("-----BEGIN ([A-Z ]+)-----([A-Za-z0-9+/=\\s]+?)-----END \\1-----");

    private Pem() {
    }

    /** Every public key in the text: rotation means publishing the old and new key side by side. */
    public static List<RSAPublicKey> publicKeys(String pem) {
        List<RSAPublicKey> keys = new ArrayList<>();
        Matcher m = BLOCK.matcher(pem);
        while (m.find()) {
            if (!"PUBLIC KEY".equals(m.group(1))) {
                throw new IllegalArgumentException("expected PUBLIC KEY blocks, found " + m.group(1));
            }
            try {
                PublicKey key = KeyFactory.getInstance("RSA")
                        .generatePublic(new X509EncodedKeySpec(decode(m.group(2))));
                keys.add((RSAPublicKey) key);
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalArgumentException("not an RSA public key: " + e.getMessage(), e);
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("no PEM public key found");
        }
        return keys;
    }

    public static PrivateKey privateKey(String pem) {
        Matcher m = BLOCK.matcher(pem);
        if (!m.find() || !"PRIVATE KEY".equals(m.group(1))) {
            throw new IllegalArgumentException("expected a PKCS#8 PRIVATE KEY block");
        }
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(decode(m.group(2))));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalArgumentException("not an RSA private key: " + e.getMessage(), e);
        }
    }

    public static String encode(PublicKey key) {
        return block("PUBLIC KEY", key.getEncoded());
    }

    public static String encode(PrivateKey key) {
        return block("PRIVATE KEY", key.getEncoded());
    }

    private static String block(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static byte[] decode(String base64) {
        return Base64.getMimeDecoder().decode(base64.replaceAll("\\s", ""));
    }
}
