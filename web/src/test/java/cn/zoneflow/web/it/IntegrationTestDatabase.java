package cn.zoneflow.web.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.test.spi.event.suite.BeforeSuite;

/**
 * Before the MariaDB run starts Payara, drops and creates its dedicated database, so every run begins empty.
 * The H2 run needs nothing: its file lives under {@code target/}.
 */
public class IntegrationTestDatabase {

    static final String URL = "ZONEFLOW_DB_URL";
    private static final String HINT = "The MariaDB integration tests need MariaDB on 127.0.0.1:3306 (user root, empty"
            + " password). Start it with: start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd";

    public void createMariaDbDatabase(@Observes BeforeSuite suite) {
        String url = System.getenv(URL);
        if (url == null || !url.startsWith("jdbc:mysql:")) {
            return;
        }
        int slash = url.indexOf('/', "jdbc:mysql://".length());
        String server = url.substring(0, slash + 1);
        String database = url.substring(slash + 1).split("\\?")[0];
        if (!database.matches("[a-z_]+")) {
            throw new IllegalStateException("unexpected test database name in " + url);
        }
        try (Connection connection = DriverManager.getConnection(server + "?connectTimeout=3000",
                System.getenv("ZONEFLOW_DB_USER"), System.getenv("ZONEFLOW_DB_PASSWORD"));
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database);
            statement.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException(HINT + " (" + e.getMessage() + ")", e);
        }
    }
}
