package dev.pacesetter.content;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The activity types the ledger accepts, loaded from {@code content/activity-types.json}.
 * Immutable once loaded; the content version travels with it so a deployment can say what it serves.
 */
public final class ActivityCatalog {

    static final String RESOURCE = "content/activity-types.json";

    private final int version;
    private final Map<String, ActivityType> byCode;

    ActivityCatalog(int version, List<ActivityType> types) {
        if (version < 1) {
            throw new ContentException(RESOURCE + ": version must be 1 or more");
        }
        if (types == null || types.isEmpty()) {
            throw new ContentException(RESOURCE + ": at least one activity type is required");
        }
        Map<String, ActivityType> map = new LinkedHashMap<>();
        Map<String, String> metrics = new LinkedHashMap<>();
        for (ActivityType type : types) {
            if (map.putIfAbsent(type.code(), type) != null) {
                throw new ContentException(RESOURCE + ": duplicate activity type " + type.code());
            }
            String other = metrics.putIfAbsent(type.metric(), type.code());
            if (other != null) {
                throw new ContentException(RESOURCE + ": " + type.code() + " and " + other
                        + " both feed metric '" + type.metric() + "'");
            }
        }
        this.version = version;
        this.byCode = Map.copyOf(map);
        this.ordered = List.copyOf(map.values());
    }

    private final List<ActivityType> ordered;

    /** Loads and validates the catalog shipped in this jar. */
    public static ActivityCatalog load() {
        return load(ActivityCatalog.class.getClassLoader(), RESOURCE);
    }

    static ActivityCatalog load(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ContentException("missing content resource " + resource);
            }
            Document doc = mapper().readValue(in, Document.class);
            return new ActivityCatalog(doc.version(), doc.activityTypes());
        } catch (IOException e) {
            throw new ContentException(resource + ": " + e.getMessage(), e);
        }
    }

    static ObjectMapper mapper() {
        return new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    public int version() {
        return version;
    }

    /** Types in the order the data lists them. */
    public List<ActivityType> types() {
        return ordered;
    }

    public Optional<ActivityType> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** Metrics every organisation gets: the aggregates, then one count metric per activity type. */
    public List<String> metrics() {
        List<String> all = new java.util.ArrayList<>(List.of("points", "revenue"));
        ordered.forEach(t -> all.add(t.metric()));
        return List.copyOf(all);
    }

    record Document(int version, List<ActivityType> activityTypes) {
    }
}
