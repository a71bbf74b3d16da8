package dev.pacesetter.content;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads content resources strictly and makes every failure name the file. Records throw
 * {@link ContentException} from their compact constructors; Jackson wraps those, so this unwraps
 * them to keep the record's own reason and adds the file and the line.
 */
final class ContentReader {

    /** Unknown fields, missing fields and duplicate keys all fail: content typos must not pass silently. */
    private static final ObjectMapper MAPPER = ActivityCatalog.mapper()
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private ContentReader() {
    }

    static <T> T read(ClassLoader loader, String resource, Class<T> type) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ContentException("missing content resource " + resource);
            }
            return MAPPER.readValue(in, type);
        } catch (JsonProcessingException e) {
            String reason = contentCause(e).map(Throwable::getMessage).orElse(e.getOriginalMessage());
            String line = e.getLocation() == null ? "" : " (near line " + e.getLocation().getLineNr() + ")";
            throw new ContentException(resource + ": " + reason + line, e);
        } catch (IOException e) {
            throw new ContentException(resource + ": " + e.getMessage(), e);
        }
    }

    /** The text of a resource, or empty when there is none. */
    static Optional<String> readText(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ContentException(resource + ": " + e.getMessage(), e);
        }
    }

    /** Runs a cross-record check and prefixes any failure with the file it concerns. */
    static <T> T within(String resource, Supplier<T> build) {
        try {
            return build.get();
        } catch (ContentException e) {
            throw new ContentException(resource + ": " + e.getMessage(), e);
        }
    }

    /** The directory part of a resource path, with its trailing slash ({@code ""} at the root). */
    static String directoryOf(String resource) {
        int slash = resource.lastIndexOf('/');
        return slash < 0 ? "" : resource.substring(0, slash + 1);
    }

    private static Optional<ContentException> contentCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ContentException content) {
                return Optional.of(content);
            }
        }
        return Optional.empty();
    }
}
