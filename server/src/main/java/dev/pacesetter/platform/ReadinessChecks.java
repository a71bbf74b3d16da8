package dev.pacesetter.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import redis.clients.jedis.UnifiedJedis;

import javax.sql.DataSource;
import java.sql.Connection;

/** {@code /health/ready}: the instance can serve only when both the database and Redis answer. */
@ApplicationScoped
public class ReadinessChecks {

    @Inject
    @Named("pacesetter")
    DataSource dataSource;

    @Inject
    UnifiedJedis redis;

    @Produces
    @Readiness
    HealthCheck database() {
        return () -> {
            try (Connection c = dataSource.getConnection()) {
                boolean ok = c.isValid(2);
                return HealthCheckResponse.named("database").status(ok).build();
            } catch (Exception e) {
                return HealthCheckResponse.named("database").down().withData("error", e.getClass().getSimpleName()).build();
            }
        };
    }

    @Produces
    @Readiness
    HealthCheck redisCheck() {
        return () -> {
            try {
                String pong = redis.ping();
                return HealthCheckResponse.named("redis").status("PONG".equals(pong)).build();
            } catch (Exception e) {
                return HealthCheckResponse.named("redis").down().withData("error", e.getClass().getSimpleName()).build();
            }
        };
    }
}
