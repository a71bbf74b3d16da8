package dev.pacesetter;

import redis.clients.jedis.RedisClient;
import redis.embedded.RedisServer;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A real Redis 7 server shipped inside the embedded-redis jar, on a free loopback port, for the
 * zero-configuration default. It keeps nothing on disk: leaderboards are projections, rebuilt
 * from the ledger at start. A pidfile lets the next start clean up after a killed JVM.
 */
final class EmbeddedRedis implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(EmbeddedRedis.class.getName());

    private final RedisServer server;
    private final int port;
    private final Path pidFile;

    private EmbeddedRedis(RedisServer server, int port, Path pidFile) {
        this.server = server;
        this.port = port;
        this.pidFile = pidFile;
    }

    static EmbeddedRedis start(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        Path pidFile = dataDir.resolve("embedded-redis.pid");
        killOrphan(pidFile);
        int port = freePort();
        RedisServer server = RedisServer.builder()
                .port(port)
                .bind("127.0.0.1")
                .setting("save \"\"")
                .setting("appendonly no")
                .setting("maxmemory-policy noeviction")
                .build();
        server.start();
        EmbeddedRedis redis = new EmbeddedRedis(server, port, pidFile);
        try (RedisClient client = RedisClient.create("127.0.0.1", port)) {
            String info = client.info("server");
            info.lines().filter(l -> l.startsWith("process_id:")).findFirst()
                    .ifPresent(l -> writePid(pidFile, l.substring("process_id:".length()).trim()));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(redis::close, "embedded-redis-stop"));
        return redis;
    }

    String url() {
        return "redis://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (RuntimeException e) {
            LOG.warning("Embedded Redis did not stop cleanly: " + e.getMessage());
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            LOG.warning("Cannot remove " + pidFile + ": " + e.getMessage());
        }
    }

    /**
     * A Redis left running by a JVM that was killed: stop it, but only if it is a redis-server. Safe
     * because the caller holds the data directory's lock, so no living server owns that Redis.
     */
    private static void killOrphan(Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            Optional<ProcessHandle> process = ProcessHandle.of(pid);
            boolean isRedis = process.flatMap(p -> p.info().command()).map(c -> c.contains("redis-server")).orElse(false);
            if (process.isPresent() && isRedis) {
                LOG.info("Stopping orphaned embedded Redis (pid " + pid + ") left by an earlier run");
                process.get().destroyForcibly();
                process.get().onExit().join();
            }
        } catch (NumberFormatException e) {
            // Not a pid: a damaged file from an earlier run.
        }
        Files.deleteIfExists(pidFile);
    }

    private static void writePid(Path pidFile, String pid) {
        try {
            Files.writeString(pidFile, pid);
        } catch (IOException e) {
            LOG.warning("Cannot write " + pidFile + ": " + e.getMessage());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
