package dev.pacesetter.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Plain JDBC on a persistence context's transaction, for the few set-based statements JPQL cannot say
 * (multi-row inserts, per-key index probes with arrays). Everything goes through the transaction's
 * own connection, so nothing takes (and holds until commit) a second pooled one.
 */
public final class Jdbc {
    private static volatile Boolean postgres;

    private Jdbc() {
    }

    /**
     * The JDBC connection of the persistence context's transaction. Reads in a transaction join its
     * connection (eclipselink.transaction.join-existing), which EclipseLink takes lazily on the first
     * statement: until then unwrap has none to give, so one trivial statement makes it take it.
     */
    public static Connection connection(EntityManager em) {
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            em.createNativeQuery("SELECT 1").getSingleResult();
            connection = em.unwrap(Connection.class);
        }
        if (connection == null) {
            throw new PersistenceException("no transactional connection to work on");
        }
        return connection;
    }

    /** Whether the database is PostgreSQL (else the embedded H2): one data source per process. */
    public static boolean postgres(Connection connection) {
        Boolean known = postgres;
        if (known == null) {
            try {
                known = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
            } catch (SQLException e) {
                throw new PersistenceException("cannot tell the database: " + e.getMessage(), e);
            }
            postgres = known;
        }
        return known;
    }
}
