package dev.pacesetter.platform;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque paging cursors. Clients must treat them as strings; inside they are a keyset position
 * ({@code id:123}) or an offset into a ranking ({@code off:100}), base64url encoded.
 */
public final class Cursors {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    private Cursors() {
    }

    public static int limit(Integer requested) {
        if (requested == null) {
            return DEFAULT_LIMIT;
        }
        if (requested < 1 || requested > MAX_LIMIT) {
            throw ProblemException.badRequest("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return requested;
    }

    public static String ofId(long id) {
        return encode("id:" + id);
    }

    public static long afterId(String cursor) {
        return cursor == null ? 0L : decode(cursor, "id:");
    }

    /** For descending keyset pages: the id to stay below, or Long.MAX_VALUE for the first page. */
    public static long beforeId(String cursor) {
        return cursor == null ? Long.MAX_VALUE : decode(cursor, "id:");
    }

    public static String ofOffset(long offset) {
        return encode("off:" + offset);
    }

    public static long offset(String cursor) {
        return cursor == null ? 0L : decode(cursor, "off:");
    }

    private static String encode(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
    }

    private static long decode(String cursor, String prefix) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (raw.startsWith(prefix)) {
                long value = Long.parseLong(raw.substring(prefix.length()));
                if (value >= 0) {
                    return value;
                }
            }
        } catch (IllegalArgumentException e) {
            // fall through to the problem below
        }
        throw ProblemException.badRequest("cursor", "is not a cursor this endpoint issued");
    }
}
