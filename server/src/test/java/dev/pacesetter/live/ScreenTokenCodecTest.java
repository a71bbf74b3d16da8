package dev.pacesetter.live;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Screen tokens: what verifies, and every way one must not. Minted at 2026-11-23 17:00 UTC for 12 h. */
class ScreenTokenCodecTest {
    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final ScreenTokenCodec CODEC = new ScreenTokenCodec(SECRET);
    private static final Instant MINTED = Instant.parse("2026-11-23T17:00:00Z");
    private static final ScreenToken GRANT = ScreenToken.mint(7, 42, 3, MINTED, 12);
    private static final String TOKEN = CODEC.encode(GRANT);

    @ParameterizedTest(name = "at {0}: valid={1}")
    @CsvSource({
            "2026-11-23T17:00:00Z, true",  // the moment it is minted
            "2026-11-24T04:59:59Z, true",  // the last second of its 12 hours
            "2026-11-24T05:00:00Z, false", // 17:00 + 12 h: expired
            "2026-12-01T00:00:00Z, false"})
    void aTokenVerifiesUntilItExpires(String at, boolean valid) {
        if (valid) {
            assertEquals(GRANT, CODEC.decode(TOKEN, Instant.parse(at)));
        } else {
            ScreenTokenException e = assertThrows(ScreenTokenException.class, () -> CODEC.decode(TOKEN, Instant.parse(at)));
            assertTrue(e.getMessage().contains("expired"), e.getMessage());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "another contest's claims under this signature | CLAIMS:v1:7:43:3:1795453200:1795496400",
            "another organisation's claims                 | CLAIMS:v1:8:42:3:1795453200:1795496400",
            "a longer life                                 | CLAIMS:v1:7:42:3:1795453200:1795539600",
            "a flipped signature byte                      | FLIP",
            "no signature                                  | NOSIG",
            "a bearer JWT                                  | eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln",
            "empty                                         | ''",
            "junk                                          | pst1.....",
            "an unsigned algorithm-none token              | pst1.eyJ9."})
    void aTokenThatIsNotExactlyOursIsRefused(String what, String how) {
        String forged = switch (how) {
            case "FLIP" -> TOKEN.substring(0, TOKEN.length() - 1) + (TOKEN.endsWith("A") ? "B" : "A");
            case "NOSIG" -> TOKEN.substring(0, TOKEN.lastIndexOf('.'));
            default -> how.startsWith("CLAIMS:")
                    ? "pst1." + b64(how.substring(7)) + TOKEN.substring(TOKEN.lastIndexOf('.'))
                    : how;
        };
        assertThrows(ScreenTokenException.class, () -> CODEC.decode(forged, MINTED), what);
    }

    @Test
    void anotherServersSecretDoesNotVerifyIt() {
        ScreenTokenCodec other = new ScreenTokenCodec("fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII));
        assertThrows(ScreenTokenException.class, () -> other.decode(TOKEN, MINTED));
    }

    @ParameterizedTest(name = "{0} hours")
    @CsvSource({"0", "169", "-1"})
    void aTokenLivesOneHourToAWeek(int hours) {
        assertThrows(IllegalArgumentException.class, () -> ScreenToken.mint(7, 42, 3, MINTED, hours));
    }

    @Test
    void aShortSecretIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ScreenTokenCodec(new byte[31]));
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }
}
