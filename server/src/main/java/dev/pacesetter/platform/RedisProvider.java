package dev.pacesetter.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.UnifiedJedis;

import java.net.URI;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one Redis client. A standalone server and a Redis Cluster are both {@link UnifiedJedis}, so
 * feature code has one path; it must keep multi-key work on one hash tag and use Lua, not MULTI.
 */
@ApplicationScoped
public class RedisProvider {

    @Inject
    @ConfigProperty(name = "pacesetter.redis.url")
    String url;

    @Inject
    @ConfigProperty(name = "pacesetter.redis.cluster", defaultValue = "false")
    boolean cluster;

    /** A singleton, not a proxy: the client is thread-safe and has final methods CDI cannot proxy. */
    @Produces
    @Singleton
    UnifiedJedis redis() {
        return connect(url, cluster);
    }

    /** Opens a client for a {@code redis://} URL, or for comma-separated cluster seeds. */
    public static UnifiedJedis connect(String url, boolean cluster) {
        if (cluster) {
            Set<HostAndPort> seeds = Arrays.stream(url.split(","))
                    .map(String::trim)
                    .map(s -> s.startsWith("redis://") ? s.substring("redis://".length()) : s)
                    .map(HostAndPort::from)
                    .collect(Collectors.toSet());
            return RedisClusterClient.builder().nodes(seeds)
                    .clientConfig(DefaultJedisClientConfig.builder().timeoutMillis(2000).build())
                    .build();
        }
        return RedisClient.create(URI.create(url));
    }

    void close(@Disposes UnifiedJedis client) {
        client.close();
    }
}
