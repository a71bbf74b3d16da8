package dev.pacesetter;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Maps the documented {@code PACESETTER_*} environment variables onto configuration keys, and
 * decides what runs embedded. Pure, so the mapping is tested without starting anything.
 *
 * @param properties configuration keys to set before the server starts
 * @param dataDir    where the embedded database, development keys and pidfiles live
 */
record Settings(Map<String, String> properties, Path dataDir, boolean embeddedDatabase, boolean embeddedRedis,
                boolean devKeys, boolean demo) {

    static Settings from(Map<String, String> env) {
        Path dataDir = Path.of(env.getOrDefault("PACESETTER_DATA_DIR", "data")).toAbsolutePath().normalize();
        Map<String, String> p = new LinkedHashMap<>();
        copy(env, "PACESETTER_PORT", p, "server.port");
        copy(env, "PACESETTER_HOST", p, "server.host");
        boolean embeddedDb = blank(env.get("PACESETTER_DB_URL"));
        if (embeddedDb) {
            p.put("javax.sql.DataSource.pacesetter.jdbcUrl", "jdbc:h2:file:" + dataDir.resolve("pacesetter")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        } else {
            p.put("javax.sql.DataSource.pacesetter.jdbcUrl", env.get("PACESETTER_DB_URL"));
            p.put("javax.sql.DataSource.pacesetter.username", env.getOrDefault("PACESETTER_DB_USER", ""));
            p.put("javax.sql.DataSource.pacesetter.password", env.getOrDefault("PACESETTER_DB_PASSWORD", ""));
        }
        copy(env, "PACESETTER_DB_POOL_SIZE", p, "javax.sql.DataSource.pacesetter.maximumPoolSize");
        boolean embeddedRedis = blank(env.get("PACESETTER_REDIS_URL"));
        copy(env, "PACESETTER_REDIS_URL", p, "pacesetter.redis.url");
        copy(env, "PACESETTER_REDIS_CLUSTER", p, "pacesetter.redis.cluster");
        copy(env, "PACESETTER_JWT_ISSUER", p, "pacesetter.jwt.issuer");
        copy(env, "PACESETTER_JWT_AUDIENCE", p, "pacesetter.jwt.audience");
        copy(env, "PACESETTER_JWT_PUBLIC_KEY", p, "pacesetter.jwt.public-key");
        copy(env, "PACESETTER_JWT_PUBLIC_KEY_FILE", p, "pacesetter.jwt.public-key-file");
        copy(env, "PACESETTER_PROJECTOR_POLL_MILLIS", p, "pacesetter.projector.poll-millis");
        copy(env, "PACESETTER_FIREBASE_CREDENTIALS_FILE", p, "pacesetter.firebase.credentials-file");
        copy(env, "PACESETTER_FIREBASE_CREDENTIALS_JSON", p, "pacesetter.firebase.credentials-json");
        boolean keyConfigured = !blank(env.get("PACESETTER_JWT_PUBLIC_KEY"))
                || !blank(env.get("PACESETTER_JWT_PUBLIC_KEY_FILE"));
        // Development keys only where nothing real is configured, or when asked for explicitly.
        boolean devKeys = !keyConfigured && flag(env, "PACESETTER_DEV_KEYS", embeddedDb);
        if (!keyConfigured && !devKeys) {
            throw new IllegalStateException("No JWT verification key configured. Set PACESETTER_JWT_PUBLIC_KEY "
                    + "(PEM) or PACESETTER_JWT_PUBLIC_KEY_FILE, or PACESETTER_DEV_KEYS=true for a development setup.");
        }
        boolean demo = flag(env, "PACESETTER_DEMO", embeddedDb);
        p.put("pacesetter.demo.enabled", Boolean.toString(demo));
        return new Settings(Map.copyOf(p), dataDir, embeddedDb, embeddedRedis, devKeys, demo);
    }

    private static void copy(Map<String, String> env, String var, Map<String, String> p, String key) {
        String value = env.get(var);
        if (!blank(value)) {
            p.put(key, value);
        }
    }

    private static boolean flag(Map<String, String> env, String var, boolean fallback) {
        String value = env.get(var);
        return blank(value) ? fallback : Boolean.parseBoolean(value.trim());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
