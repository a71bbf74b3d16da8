package dev.pacesetter.testing;

import dev.pacesetter.Main;
import dev.pacesetter.platform.JwtSigner;
import dev.pacesetter.platform.Pem;
import redis.clients.jedis.RedisClient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * One Pacesetter server per test JVM, started on first use and shared by every test class: a
 * container boot costs seconds, so it happens once. It runs against the real PostgreSQL (a fresh
 * database per run, dropped at exit) and the real Redis (a dedicated database index, flushed at
 * start) that {@code ./pacesetter test} points it at; without them it falls back to H2 and an
 * embedded Redis and says so — unless CI=true, where that is a failure.
 */
public final class TestServer {
    public static final String ISSUER = "https://pacesetter.dev/test-issuer";
    public static final String AUDIENCE = "pacesetter";

    private static TestServer instance;

    private final Main.Running running;
    private final KeyPair keys;
    private final String redisUrl;
    private final boolean realServices;

    private TestServer(Main.Running running, KeyPair keys, String redisUrl, boolean realServices) {
        this.running = running;
        this.keys = keys;
        this.redisUrl = redisUrl;
        this.realServices = realServices;
    }

    public static synchronized TestServer get() {
        if (instance == null) {
            try {
                instance = start();
            } catch (Exception e) {
                throw new IllegalStateException("Cannot start the test server: " + e.getMessage(), e);
            }
        }
        return instance;
    }

    private static TestServer start() throws IOException, SQLException {
        String pgAdmin = System.getenv("PACESETTER_TEST_PG_URL");
        String redis = System.getenv("PACESETTER_TEST_REDIS_URL");
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        boolean real = pgAdmin != null && !pgAdmin.isBlank() && redis != null && !redis.isBlank();
        if (!real && ci) {
            throw new IllegalStateException("CI=true but PACESETTER_TEST_PG_URL / PACESETTER_TEST_REDIS_URL are not "
                    + "set: tests must run against real PostgreSQL and Redis. Run them with ./pacesetter test.");
        }
        KeyPair keys = JwtSigner.newKeyPair();
        Path dataDir = Files.createTempDirectory("pacesetter-test-");
        Map<String, String> env = new HashMap<>();
        env.put("PACESETTER_PORT", "0");
        env.put("PACESETTER_DATA_DIR", dataDir.toString());
        env.put("PACESETTER_DEMO", "false");
        env.put("PACESETTER_JWT_PUBLIC_KEY", Pem.encode(keys.getPublic()));
        env.put("PACESETTER_JWT_ISSUER", ISSUER);
        env.put("PACESETTER_JWT_AUDIENCE", AUDIENCE);
        env.put("PACESETTER_PROJECTOR_POLL_MILLIS", "100");
        if (real) {
            env.put("PACESETTER_DB_URL", freshDatabase(pgAdmin));
            env.put("PACESETTER_DB_USER", System.getenv().getOrDefault("PACESETTER_TEST_PG_USER", "postgres"));
            env.put("PACESETTER_DB_PASSWORD", System.getenv().getOrDefault("PACESETTER_TEST_PG_PASSWORD", ""));
            env.put("PACESETTER_REDIS_URL", redis);
            try (var client = RedisClient.create(java.net.URI.create(redis))) {
                client.flushDB();
            }
        } else {
            System.err.println("""

                    ************************************************************************
                    *  No real PostgreSQL/Redis given (PACESETTER_TEST_PG_URL,             *
                    *  PACESETTER_TEST_REDIS_URL): testing against H2 and embedded Redis.   *
                    *  Use ./pacesetter test to run against the real services.              *
                    ************************************************************************
                    """);
        }
        Main.Running running = Main.start(env);
        String redisUrl = real ? redis : System.getProperty("pacesetter.redis.url");
        return new TestServer(running, keys, redisUrl, real);
    }

    /** A new, empty database for this run, dropped when the JVM exits. */
    private static String freshDatabase(String adminUrl) throws SQLException {
        String name = "pacesetter_it_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis();
        String user = System.getenv().getOrDefault("PACESETTER_TEST_PG_USER", "postgres");
        String password = System.getenv().getOrDefault("PACESETTER_TEST_PG_PASSWORD", "");
        try (Connection c = DriverManager.getConnection(adminUrl, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Connection c = DriverManager.getConnection(adminUrl, user, password);
                 Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (SQLException e) {
                System.err.println("Could not drop test database " + name + ": " + e.getMessage());
            }
        }));
        int slash = adminUrl.lastIndexOf('/');
        int query = adminUrl.indexOf('?', slash);
        return adminUrl.substring(0, slash + 1) + name + (query < 0 ? "" : adminUrl.substring(query));
    }

    public String baseUri() {
        return "http://127.0.0.1:" + running.port();
    }

    public int port() {
        return running.port();
    }

    public KeyPair keys() {
        return keys;
    }

    public String redisUrl() {
        return redisUrl;
    }

    public boolean realServices() {
        return realServices;
    }
}
