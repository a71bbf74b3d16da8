package dev.pacesetter;

import dev.pacesetter.demo.DemoSeeder;
import dev.pacesetter.platform.JwtSigner;
import dev.pacesetter.platform.Role;
import io.helidon.microprofile.server.Server;
import jakarta.enterprise.inject.spi.CDI;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts Pacesetter. With no configuration: an H2 file database and development keys under
 * {@code ./data}, an embedded Redis, and the demo organisation. The {@code PACESETTER_*}
 * environment variables in the README switch each piece to its production counterpart.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        long started = System.nanoTime();
        try {
            Running running = start(System.getenv());
            running.printBanner(System.out, Duration.ofNanos(System.nanoTime() - started));
        } catch (Exception | Error e) {
            System.err.println("Pacesetter failed to start: " + e);
            e.printStackTrace();
            // Background threads (embedded Redis, pools) must not keep a failed start alive.
            System.exit(1);
        }
    }

    /** Starts everything the settings ask for; the test harness calls this too. */
    public static Running start(Map<String, String> env) throws IOException {
        Settings settings = Settings.from(env);
        Files.createDirectories(settings.dataDir());
        DataDirLock.acquire(settings.dataDir());
        List<String> notes = new ArrayList<>();
        Map<String, String> props = new java.util.HashMap<>(settings.properties());
        EmbeddedRedis redis = null;
        if (settings.embeddedRedis()) {
            redis = EmbeddedRedis.start(settings.dataDir());
            props.put("pacesetter.redis.url", redis.url());
            notes.add("redis: embedded, " + redis.url());
        } else {
            notes.add("redis: " + redactUrl(props.get("pacesetter.redis.url")));
        }
        notes.add(settings.embeddedDatabase() ? "database: H2 file " + settings.dataDir().resolve("pacesetter")
                : "database: " + redactUrl(props.get("javax.sql.DataSource.pacesetter.jdbcUrl")));
        DevKeys keys = null;
        if (settings.devKeys()) {
            keys = DevKeys.loadOrCreate(settings.dataDir().resolve("keys"));
            props.put("pacesetter.jwt.public-key-file", keys.publicKeyFile().toString());
            notes.add("tokens: development keys in " + keys.publicKeyFile().getParent());
        }
        notes.add("push: off (inbox only) until a Firebase service account is configured");
        props.forEach(System::setProperty);
        Server server = Server.create().start();
        if (server.port() <= 0) {
            // Helidon logs a failed bind and carries on without a listener; a server nobody can
            // reach must not look started.
            server.stop();
            throw new IllegalStateException("Could not listen on " + props.getOrDefault("server.host", "127.0.0.1")
                    + ":" + props.getOrDefault("server.port", "8080")
                    + " (is another process using the port? set PACESETTER_PORT)");
        }
        return new Running(server, keys, notes);
    }

    /** Credentials in a URL stay out of the logs. */
    static String redactUrl(String url) {
        return url == null ? "" : url.replaceAll("//[^/@]*@", "//***@").replaceAll("(?i)(password=)[^;&]*", "$1***");
    }

    /** A started server and what the banner needs to say about it. */
    public record Running(Server server, DevKeys keys, List<String> notes) {

        public int port() {
            return server.port();
        }

        public void stop() {
            server.stop();
        }

        void printBanner(PrintStream out, Duration startup) throws IOException {
            Config config = ConfigProvider.getConfig();
            String host = config.getOptionalValue("server.host", String.class).orElse("127.0.0.1");
            String base = "http://" + ("0.0.0.0".equals(host) ? "127.0.0.1" : host) + ":" + port();
            out.printf("%nPacesetter is up at %s (started in %.1f s)%n", base, startup.toMillis() / 1000.0);
            notes.forEach(n -> out.println("  " + n));
            out.println("  health: " + base + "/health   metrics: " + base + "/metrics   API: " + base
                    + "/openapi   UI: " + base + "/openapi/ui");
            if (keys == null || !config.getOptionalValue("pacesetter.demo.enabled", Boolean.class).orElse(false)) {
                return;
            }
            JwtSigner signer = new JwtSigner(keys.privateKey(), config.getValue("pacesetter.jwt.issuer", String.class),
                    config.getValue("pacesetter.jwt.audience", String.class));
            StringBuilder env = new StringBuilder();
            out.println("\nDevelopment tokens for the demo organisation (valid 30 days):");
            for (DemoSeeder.Login login : CDI.current().select(DemoSeeder.class).get().logins()) {
                String token = signer.sign(login.orgId(), login.userId(), List.of(login.role()), null,
                        Instant.now(), Duration.ofDays(30));
                String var = "PACESETTER_" + login.role().name() + "_TOKEN";
                out.printf("  %-12s %-22s %s%n", login.role(), login.name(), token);
                env.append("export ").append(var).append('=').append(token).append('\n');
            }
            java.nio.file.Path tokens = keys.publicKeyFile().getParent().getParent().resolve("dev-tokens.env");
            Files.writeString(tokens, env.toString());
            out.println("\nThe same tokens as shell variables: source " + tokens);
            out.println("Try the live revenue leaderboard as a rep:");
            out.println("  source " + tokens + " && curl -s -H \"Authorization: Bearer $PACESETTER_"
                    + Role.REP.name() + "_TOKEN\" '" + base + "/v1/leaderboards/revenue?period=MONTH&limit=5'\n");
        }
    }
}
