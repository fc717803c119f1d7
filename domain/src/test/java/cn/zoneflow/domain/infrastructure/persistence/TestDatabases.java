package cn.zoneflow.domain.infrastructure.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

/**
 * Fresh, migrated databases for persistence tests outside the container: an H2 in memory, or a MariaDB/MySQL
 * database the test creates on the server at 127.0.0.1:3306 (root, empty password, as on ZoneFlow's CI machines).
 */
public final class TestDatabases {

    static final String MARIADB_SERVER = System.getProperty("zoneflow.test.mariadb",
            "jdbc:mysql://127.0.0.1:3306/");
    static final String MARIADB_USER = "root";
    private static final String MARIADB_HINT = "MariaDB must listen on 127.0.0.1:3306 (user root, empty password);"
            + " start it with: start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd";

    private TestDatabases() {
    }

    public static DatabaseSettings h2() {
        return DatabaseSettings.of("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "", false);
    }

    /** A new, empty database on the local MariaDB server, dropped first if an earlier run left it. */
    public static DatabaseSettings mariaDb(String name) {
        try (Connection server = DriverManager.getConnection(MARIADB_SERVER + "?connectTimeout=3000", MARIADB_USER, "");
                Statement statement = server.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException(MARIADB_HINT + " (" + e.getMessage() + ")", e);
        }
        return DatabaseSettings.of(MARIADB_SERVER + name, MARIADB_USER, "", false);
    }

    public static DataSource migrated(DatabaseSettings settings) {
        DataSource dataSource = new ConfiguredDataSource(settings);
        DatabaseMigration.configure(dataSource, settings.kind()).migrate();
        return dataSource;
    }

    public static <T> T read(EntityManagerFactory factory, Function<EntityManager, T> query) {
        EntityManager em = factory.createEntityManager();
        try {
            return query.apply(em);
        } finally {
            em.close();
        }
    }

    public static void write(EntityManagerFactory factory, Consumer<EntityManager> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            em.close();
        }
    }

    /** The application's persistence unit, run with local transactions on the given database. */
    public static EntityManagerFactory entityManagerFactory(DataSource dataSource) {
        return Persistence.createEntityManagerFactory("zoneflow", Map.of(
                PersistenceUnitProperties.TRANSACTION_TYPE, "RESOURCE_LOCAL",
                PersistenceUnitProperties.JTA_DATASOURCE, "",
                PersistenceUnitProperties.NON_JTA_DATASOURCE, dataSource,
                PersistenceUnitProperties.JDBC_SEQUENCE_CONNECTION_POOL, "false"));
    }
}
