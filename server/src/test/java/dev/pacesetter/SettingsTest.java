package dev.pacesetter;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsTest {

    @Test
    void noConfigurationMeansEverythingEmbeddedWithDevKeysAndTheDemo() {
        Settings s = Settings.from(Map.of("PACESETTER_DATA_DIR", "/tmp/ps"));
        assertTrue(s.embeddedDatabase());
        assertTrue(s.embeddedRedis());
        assertTrue(s.devKeys());
        assertTrue(s.demo());
        assertTrue(s.properties().get("javax.sql.DataSource.pacesetter.jdbcUrl").startsWith("jdbc:h2:file:/tmp/ps/pacesetter;"));
    }

    @Test
    void productionSettingsMapOntoConfigKeys() {
        Settings s = Settings.from(Map.of(
                "PACESETTER_DB_URL", "jdbc:postgresql://db:5432/pacesetter",
                "PACESETTER_DB_USER", "app", "PACESETTER_DB_PASSWORD", "secret",
                "PACESETTER_REDIS_URL", "redis-a:6379,redis-b:6379", "PACESETTER_REDIS_CLUSTER", "true",
                "PACESETTER_JWT_PUBLIC_KEY_FILE", "/etc/keys/idp.pem", "PACESETTER_JWT_ISSUER", "https://idp"));
        assertFalse(s.embeddedDatabase());
        assertFalse(s.embeddedRedis());
        assertFalse(s.devKeys());
        assertFalse(s.demo());
        assertEquals("jdbc:postgresql://db:5432/pacesetter", s.properties().get("javax.sql.DataSource.pacesetter.jdbcUrl"));
        assertEquals("app", s.properties().get("javax.sql.DataSource.pacesetter.username"));
        assertEquals("true", s.properties().get("pacesetter.redis.cluster"));
        assertEquals("/etc/keys/idp.pem", s.properties().get("pacesetter.jwt.public-key-file"));
        assertEquals("https://idp", s.properties().get("pacesetter.jwt.issuer"));
    }

    @Test
    void aRealDatabaseWithoutAVerificationKeyRefusesToStart() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Settings.from(Map.of("PACESETTER_DB_URL", "jdbc:postgresql://db/p")));
        assertTrue(e.getMessage().contains("PACESETTER_JWT_PUBLIC_KEY"));
        assertTrue(Settings.from(Map.of("PACESETTER_DB_URL", "jdbc:postgresql://db/p", "PACESETTER_DEV_KEYS", "true")).devKeys());
    }

    @Test
    void credentialsAreRedactedFromUrls() {
        assertEquals("redis://***@cache:6379", Main.redactUrl("redis://user:pw@cache:6379"));
        assertEquals("jdbc:postgresql://db/p?password=***", Main.redactUrl("jdbc:postgresql://db/p?password=hunter2"));
    }

    @Test
    void firebaseCredentialsTurnPushOnAndAbsentOnesLeaveItOff() {
        Settings file = Settings.from(Map.of("PACESETTER_FIREBASE_CREDENTIALS_FILE", "/etc/fcm.json"));
        assertEquals("/etc/fcm.json", file.properties().get("pacesetter.firebase.credentials-file"));
        Settings json = Settings.from(Map.of("PACESETTER_FIREBASE_CREDENTIALS_JSON", "{}"));
        assertEquals("{}", json.properties().get("pacesetter.firebase.credentials-json"));
        Settings none = Settings.from(Map.of());
        assertFalse(none.properties().containsKey("pacesetter.firebase.credentials-file"));
        assertFalse(none.properties().containsKey("pacesetter.firebase.credentials-json"));
    }
}
