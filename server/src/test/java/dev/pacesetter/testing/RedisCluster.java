package dev.pacesetter.testing;

import redis.clients.jedis.RedisClient;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A real three-master Redis Cluster on loopback ports, started from the installed
 * {@code redis-server} for the length of a test class and stopped afterwards. Slots are split in
 * three and the nodes introduced with CLUSTER MEET, so no redis-cli is needed.
 */
public final class RedisCluster implements AutoCloseable {
    private static final int SLOTS = 16384;

    private final List<Process> processes = new ArrayList<>();
    private final List<Integer> ports = new ArrayList<>();
    private final Path dir;

    private RedisCluster(Path dir) {
        this.dir = dir;
    }

    /** The redis-server binary, or null when it is not installed. */
    public static String binary() {
        for (String candidate : List.of("/usr/bin/redis-server", "/usr/local/bin/redis-server",
                "/opt/homebrew/bin/redis-server")) {
            if (new File(candidate).canExecute()) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * Starts a cluster, or skips the calling test class when {@code redis-server} is not installed —
     * except under {@code CI=true}, where the cluster tests must run and a missing binary fails.
     */
    public static RedisCluster startOrSkip(int masters) throws IOException, InterruptedException {
        if (binary() == null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but redis-server is not installed: the cluster tests must run");
            }
            org.junit.jupiter.api.Assumptions.abort("redis-server is not installed; skipping the Redis Cluster tests");
        }
        return start(masters);
    }

    public static RedisCluster start(int masters) throws IOException, InterruptedException {
        String binary = binary();
        if (binary == null) {
            throw new IllegalStateException("redis-server is not installed");
        }
        RedisCluster cluster = new RedisCluster(Files.createTempDirectory("pacesetter-cluster-"));
        try {
            for (int i = 0; i < masters; i++) {
                int port = freePort();
                cluster.ports.add(port);
                cluster.processes.add(new ProcessBuilder(binary, "--port", Integer.toString(port),
                        "--bind", "127.0.0.1", "--cluster-enabled", "yes",
                        "--cluster-config-file", "nodes-" + port + ".conf", "--dir", cluster.dir.toString(),
                        "--save", "", "--appendonly", "no", "--daemonize", "no")
                        .redirectErrorStream(true).redirectOutput(cluster.dir.resolve(port + ".log").toFile())
                        .start());
            }
            cluster.form();
            return cluster;
        } catch (IOException | InterruptedException | RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    private void form() throws InterruptedException {
        for (int i = 0; i < ports.size(); i++) {
            awaitPing(ports.get(i));
        }
        int per = SLOTS / ports.size();
        for (int i = 0; i < ports.size(); i++) {
            int from = i * per;
            int to = i == ports.size() - 1 ? SLOTS - 1 : (i + 1) * per - 1;
            try (RedisClient node = RedisClient.create("127.0.0.1", ports.get(i))) {
                node.sendCommand(redis.clients.jedis.Protocol.Command.CLUSTER, "ADDSLOTSRANGE",
                        Integer.toString(from), Integer.toString(to));
                if (i > 0) {
                    node.sendCommand(redis.clients.jedis.Protocol.Command.CLUSTER, "MEET", "127.0.0.1",
                            Integer.toString(ports.getFirst()));
                }
            }
        }
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (ports.stream().allMatch(this::ok)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the cluster did not reach cluster_state:ok within 20 s");
    }

    private boolean ok(int port) {
        try (RedisClient node = RedisClient.create("127.0.0.1", port)) {
            Object info = node.sendCommand(redis.clients.jedis.Protocol.Command.CLUSTER, "INFO");
            String text = info instanceof byte[] bytes ? new String(bytes) : String.valueOf(info);
            return text.contains("cluster_state:ok") && text.contains("cluster_known_nodes:" + ports.size());
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void awaitPing(int port) throws InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            try (RedisClient node = RedisClient.create("127.0.0.1", port)) {
                if ("PONG".equals(node.ping())) {
                    return;
                }
            } catch (RuntimeException e) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("redis-server on port " + port + " did not start");
    }

    /** Seeds in the form PACESETTER_REDIS_URL takes for a cluster. */
    public String seeds() {
        return ports.stream().map(p -> "127.0.0.1:" + p).collect(Collectors.joining(","));
    }

    public List<Integer> ports() {
        return List.copyOf(ports);
    }

    @Override
    public void close() {
        processes.forEach(Process::destroy);
        for (Process p : processes) {
            try {
                p.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temp directory; nothing to worry about
        }
    }

    private static int freePort() throws IOException {
        // Cluster nodes also listen on port + 10000 (the bus); stay below 55535 so it is valid.
        for (int attempt = 0; attempt < 50; attempt++) {
            try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                int port = s.getLocalPort();
                if (port < 55_000) {
                    return port;
                }
            }
        }
        throw new IOException("no free port below 55000");
    }
}
