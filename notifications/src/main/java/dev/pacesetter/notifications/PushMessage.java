package dev.pacesetter.notifications;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One push notification for one device, independent of the push vendor.
 *
 * <p>Valid by construction: the token is not blank, data keys and values are strings and avoid the
 * names FCM reserves, the payload fits FCM's 4096-byte limit, and the time to live is between zero
 * and FCM's maximum of 28 days. Build one with {@link #to(String)}:
 * <pre>{@code
 * PushMessage.to(token).title("You were overtaken").body("Dana passed you in Q3 Blitz")
 *     .deepLink(URI.create("pacesetter://contests/42")).priority(Priority.HIGH).build();
 * }</pre>
 *
 * @param deviceToken the FCM registration token of the device
 * @param title the notification title
 * @param body the notification text
 * @param deepLink the in-app destination, sent in the data under {@link #DEEP_LINK_KEY}
 * @param data further data for the app; must not use reserved keys
 * @param category the notification category (APNs {@code category}, Android {@code click_action})
 * @param collapseKey messages with the same key replace each other on the device
 * @param priority delivery priority
 * @param ttl how long the push service keeps trying; zero means deliver now or never
 * @param sound the sound to play, by name
 * @param badge the app icon badge count (iOS)
 */
public record PushMessage(
        String deviceToken,
        String title,
        String body,
        URI deepLink,
        Map<String, String> data,
        Optional<String> category,
        Optional<String> collapseKey,
        Priority priority,
        Duration ttl,
        Optional<String> sound,
        OptionalInt badge) {

    /** FCM's limit on the notification and data content of one message. */
    public static final int MAX_PAYLOAD_BYTES = 4096;
    /** FCM's maximum time to live, also its default. */
    public static final Duration MAX_TTL = Duration.ofDays(28);
    /** The data key that carries the deep link. */
    public static final String DEEP_LINK_KEY = "deep_link";
    /** APNs limits {@code apns-collapse-id} to 64 bytes; FCM collapse keys share the limit here. */
    static final int MAX_COLLAPSE_KEY_BYTES = 64;

    private static final Set<String> RESERVED_KEYS =
            Set.of("from", "notification", "message_type", DEEP_LINK_KEY);

    /** Delivery priority: {@code HIGH} may wake the device, {@code NORMAL} may be batched. */
    public enum Priority { HIGH, NORMAL }

    /** Validates every field and copies the data map. */
    public PushMessage {
        requireText(deviceToken, "deviceToken");
        requireText(title, "title");
        requireText(body, "body");
        Objects.requireNonNull(deepLink, "deepLink");
        if (!deepLink.isAbsolute()) {
            throw new IllegalArgumentException("deepLink must be an absolute URI: " + deepLink);
        }
        data = copyOfValidData(data);
        requireTextIfPresent(category, "category");
        requireTextIfPresent(collapseKey, "collapseKey");
        collapseKey.ifPresent(PushMessage::requireShortCollapseKey);
        Objects.requireNonNull(priority, "priority");
        requireTtlInRange(ttl);
        requireTextIfPresent(sound, "sound");
        Objects.requireNonNull(badge, "badge");
        if (badge.isPresent() && badge.getAsInt() < 0) {
            throw new IllegalArgumentException("badge must not be negative: " + badge.getAsInt());
        }
        int bytes = payloadBytes(title, body, category, sound, wireData(data, deepLink));
        if (bytes > MAX_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("payload is " + bytes + " bytes, over FCM's limit of "
                    + MAX_PAYLOAD_BYTES);
        }
    }

    /**
     * Starts a message for one device.
     *
     * @param deviceToken the FCM registration token
     * @return a builder with priority {@code NORMAL}, time to live {@link #MAX_TTL} and no data
     */
    public static Builder to(String deviceToken) {
        return new Builder(deviceToken);
    }

    /**
     * The data as sent: {@link #data()} plus the deep link.
     *
     * @return an unmodifiable map, in insertion order
     */
    public Map<String, String> wireData() {
        return wireData(data, deepLink);
    }

    /**
     * The size of the content FCM counts against its limit: title, body, category, sound and every
     * data key and value, in UTF-8.
     *
     * @return the payload size in bytes
     */
    public int payloadBytes() {
        return payloadBytes(title, body, category, sound, wireData());
    }

    private static Map<String, String> wireData(Map<String, String> data, URI deepLink) {
        Map<String, String> wire = new LinkedHashMap<>(data);
        wire.put(DEEP_LINK_KEY, deepLink.toString());
        return Collections.unmodifiableMap(wire);
    }

    private static int payloadBytes(String title, String body, Optional<String> category,
            Optional<String> sound, Map<String, String> wireData) {
        int bytes = utf8(title) + utf8(body) + category.map(PushMessage::utf8).orElse(0)
                + sound.map(PushMessage::utf8).orElse(0);
        for (Map.Entry<String, String> entry : wireData.entrySet()) {
            bytes += utf8(entry.getKey()) + utf8(entry.getValue());
        }
        return bytes;
    }

    private static int utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    // Checks each entry at run time: a raw or unchecked map can smuggle in non-strings.
    private static Map<String, String> copyOfValidData(Map<String, String> data) {
        Objects.requireNonNull(data, "data");
        Map<String, String> copy = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : data.entrySet()) {
            if (!(entry.getKey() instanceof String key) || !(entry.getValue() instanceof String value)) {
                throw new IllegalArgumentException("data keys and values must be strings: " + entry);
            }
            if (key.isBlank() || isReserved(key)) {
                throw new IllegalArgumentException("data key is blank or reserved: '" + key + "'");
            }
            copy.put(key, value);
        }
        return Collections.unmodifiableMap(copy);
    }

    // FCM rejects these keys and any starting with "google" or "gcm"; deep_link is ours.
    private static boolean isReserved(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        return RESERVED_KEYS.contains(lower) || lower.startsWith("google") || lower.startsWith("gcm");
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    private static void requireTextIfPresent(Optional<String> value, String name) {
        Objects.requireNonNull(value, name);
        value.ifPresent(text -> requireText(text, name));
    }

    private static void requireShortCollapseKey(String key) {
        if (utf8(key) > MAX_COLLAPSE_KEY_BYTES) {
            throw new IllegalArgumentException("collapseKey must be at most "
                    + MAX_COLLAPSE_KEY_BYTES + " bytes: " + key);
        }
    }

    private static void requireTtlInRange(Duration ttl) {
        Objects.requireNonNull(ttl, "ttl");
        if (ttl.isNegative() || ttl.compareTo(MAX_TTL) > 0) {
            throw new IllegalArgumentException("ttl must be between 0 and 28 days: " + ttl);
        }
    }

    /** Collects the fields of a {@link PushMessage}; {@link #build()} validates them. */
    public static final class Builder {
        private final String deviceToken;
        private final Map<String, String> data = new LinkedHashMap<>();
        private String title;
        private String body;
        private URI deepLink;
        private String category;
        private String collapseKey;
        private Priority priority = Priority.NORMAL;
        private Duration ttl = MAX_TTL;
        private String sound;
        private Integer badge;

        private Builder(String deviceToken) {
            this.deviceToken = deviceToken;
        }

        /** @param value the notification title @return this builder */
        public Builder title(String value) {
            this.title = value;
            return this;
        }

        /** @param value the notification text @return this builder */
        public Builder body(String value) {
            this.body = value;
            return this;
        }

        /** @param value the absolute in-app link @return this builder */
        public Builder deepLink(URI value) {
            this.deepLink = value;
            return this;
        }

        /** @param key a data key @param value its value @return this builder */
        public Builder data(String key, String value) {
            this.data.put(key, value);
            return this;
        }

        /** @param value the notification category @return this builder */
        public Builder category(String value) {
            this.category = value;
            return this;
        }

        /** @param value the collapse key @return this builder */
        public Builder collapseKey(String value) {
            this.collapseKey = value;
            return this;
        }

        /** @param value the delivery priority @return this builder */
        public Builder priority(Priority value) {
            this.priority = value;
            return this;
        }

        /** @param value the time to live, 0 to 28 days @return this builder */
        public Builder ttl(Duration value) {
            this.ttl = value;
            return this;
        }

        /** @param value the sound name @return this builder */
        public Builder sound(String value) {
            this.sound = value;
            return this;
        }

        /** @param value the badge count @return this builder */
        public Builder badge(int value) {
            this.badge = value;
            return this;
        }

        /**
         * Validates and builds the message.
         *
         * @return the message
         * @throws IllegalArgumentException if a field is invalid
         */
        public PushMessage build() {
            return new PushMessage(deviceToken, title, body, deepLink, data,
                    Optional.ofNullable(category), Optional.ofNullable(collapseKey), priority, ttl,
                    Optional.ofNullable(sound),
                    badge == null ? OptionalInt.empty() : OptionalInt.of(badge));
        }
    }
}
