package dev.pacesetter.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PushMessageTest {

    private static final URI LINK = URI.create("pacesetter://contests/42");

    private static PushMessage.Builder valid() {
        return PushMessage.to("token-1").title("Overtaken").body("Dana passed you").deepLink(LINK);
    }

    @Test
    void builderDefaultsToNormalPriorityAndFcmMaximumTtl() {
        PushMessage message = valid().build();

        assertEquals(PushMessage.Priority.NORMAL, message.priority());
        assertEquals(Duration.ofDays(28), message.ttl());
        assertEquals(Optional.empty(), message.collapseKey());
        assertEquals(OptionalInt.empty(), message.badge());
    }

    @Test
    void wireDataCarriesTheDeepLinkAfterTheCallersData() {
        PushMessage message = valid().data("contestId", "42").data("rank", "3").build();

        assertEquals(List.of("contestId", "rank", PushMessage.DEEP_LINK_KEY),
                List.copyOf(message.wireData().keySet()));
        assertEquals("pacesetter://contests/42", message.wireData().get(PushMessage.DEEP_LINK_KEY));
        assertEquals(Map.of("contestId", "42", "rank", "3"), message.data());
    }

    @Test
    void dataIsCopiedSoLaterChangesToTheCallersMapDoNotLeakIn() {
        Map<String, String> data = new HashMap<>(Map.of("a", "1"));
        PushMessage message = new PushMessage("t", "title", "body", LINK, data, Optional.empty(),
                Optional.empty(), PushMessage.Priority.HIGH, Duration.ZERO, Optional.empty(),
                OptionalInt.empty());
        data.put("b", "2");

        assertEquals(Map.of("a", "1"), message.data());
        assertThrows(UnsupportedOperationException.class, () -> message.data().put("c", "3"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t\n"})
    void deviceTokenMustNotBeBlank(String token) {
        PushMessage.Builder builder = PushMessage.to(token).title("t").body("b").deepLink(LINK);

        assertThrows(IllegalArgumentException.class, builder::build);
    }

    @ParameterizedTest
    @ValueSource(strings = {"from", "notification", "message_type", "google.c.a", "GoogleSomething",
            "gcm.n.e", "deep_link", " "})
    void dataKeysReservedByFcmOrByUsAreRejected(String key) {
        PushMessage.Builder builder = valid().data(key, "x");

        assertThrows(IllegalArgumentException.class, builder::build);
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void dataValuesThatAreNotStringsAreRejectedEvenThroughARawMap() {
        Map raw = new HashMap();
        raw.put("rank", 3);

        assertThrows(IllegalArgumentException.class, () -> new PushMessage("t", "title", "body", LINK,
                raw, Optional.empty(), Optional.empty(), PushMessage.Priority.NORMAL, Duration.ZERO,
                Optional.empty(), OptionalInt.empty()));
    }

    @Test
    void payloadOfExactly4096BytesIsAcceptedAndOneMoreIsRejected() {
        int fixed = valid().data("pad", "").build().payloadBytes();
        String pad = "x".repeat(PushMessage.MAX_PAYLOAD_BYTES - fixed);

        assertEquals(4096, valid().data("pad", pad).build().payloadBytes());
        PushMessage.Builder over = valid().data("pad", pad + "x");
        assertThrows(IllegalArgumentException.class, over::build);
    }

    @Test
    void payloadIsCountedInUtf8BytesNotCharacters() {
        int ascii = valid().body("e").build().payloadBytes();
        int accented = valid().body("é").build().payloadBytes();
        int emoji = valid().body("🏆").build().payloadBytes();

        assertEquals(ascii + 1, accented);
        assertEquals(ascii + 3, emoji);
    }

    @ParameterizedTest
    @CsvSource({
        "PT-1S, false",
        "PT0S, true",
        "PT1H, true",
        "P28D, true",
        "P28DT1S, false",
    })
    void ttlMustBeBetweenZeroAnd28Days(Duration ttl, boolean valid) {
        PushMessage.Builder builder = valid().ttl(ttl);

        if (valid) {
            assertEquals(ttl, builder.build().ttl());
        } else {
            assertThrows(IllegalArgumentException.class, builder::build);
        }
    }

    @Test
    void collapseKeyIsLimitedTo64BytesLikeApnsCollapseId() {
        assertEquals(Optional.of("k".repeat(64)), valid().collapseKey("k".repeat(64)).build().collapseKey());
        PushMessage.Builder tooLong = valid().collapseKey("k".repeat(65));
        assertThrows(IllegalArgumentException.class, tooLong::build);
    }

    @Test
    void badgeMustNotBeNegative() {
        assertEquals(OptionalInt.of(0), valid().badge(0).build().badge());
        PushMessage.Builder negative = valid().badge(-1);
        assertThrows(IllegalArgumentException.class, negative::build);
    }

    @Test
    void deepLinkMustBeAbsolute() {
        PushMessage.Builder relative = valid().deepLink(URI.create("/contests/42"));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, relative::build);
        assertTrue(e.getMessage().contains("absolute"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"title", "body", "category", "sound"})
    void textFieldsMustNotBeBlank(String field) {
        PushMessage.Builder builder = switch (field) {
            case "title" -> valid().title(" ");
            case "body" -> valid().body("");
            case "category" -> valid().category(" ");
            default -> valid().sound("");
        };

        assertThrows(IllegalArgumentException.class, builder::build);
    }
}
