package cn.zoneflow.web.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A MariaDB server of a test's own, on a loopback port and a data directory under the test's folder, so that the
 * test can stop and start it without touching the server the other tests share. Needs Debian's mariadb-server
 * (mariadb-install-db and mariadbd), which the shared server comes from.
 */
final class PrivateMariaDb implements AutoCloseable {

    private static final String HINT = "the database outage test runs a MariaDB server of its own and needs"
            + " mariadb-install-db and /usr/sbin/mariadbd (apt-get install mariadb-server)";
    private static final long PATIENCE_SECONDS = 60;

    private final Path directory;
    private final int port;
    private Process server;

    private PrivateMariaDb(Path directory, int port) {
        this.directory = directory;
        this.port = port;
    }

    /** Creates the data directory and starts the server on it. */
    static PrivateMariaDb install(Path folder) throws IOException, InterruptedException {
        Path directory = Files.createDirectories(folder).toAbsolutePath();
        run(directory.resolve("install.log"), List.of("mariadb-install-db", "--no-defaults",
                "--datadir=" + directory.resolve("data"), "--user=" + System.getProperty("user.name"),
                "--auth-root-authentication-method=normal", "--skip-test-db"));
        PrivateMariaDb database = new PrivateMariaDb(directory, PayaraMicro.freePort());
        database.start();
        return database;
    }

    /** Starts the server on the data it had and waits until it takes connections. */
    void start() throws IOException, InterruptedException {
        server = new ProcessBuilder("/usr/sbin/mariadbd", "--no-defaults", "--datadir=" + directory.resolve("data"),
                "--port=" + port, "--bind-address=127.0.0.1", "--socket=" + directory.resolve("mariadb.sock"),
                "--user=" + System.getProperty("user.name"), "--skip-log-bin")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("server.log").toFile()))
                .start();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        while (true) {
            try (Connection ignored = connect()) {
                return;
            } catch (SQLException notYet) {
                if (!server.isAlive() || System.nanoTime() > until) {
                    throw new IllegalStateException("MariaDB did not start: see " + directory.resolve("server.log")
                            + "; " + HINT, notYet);
                }
                Thread.sleep(250);
            }
        }
    }

    /** Kills the server as a crash or a pulled cable would: no shutdown, connections cut. */
    void crash() throws InterruptedException {
        server.destroyForcibly().waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS);
    }

    void createDatabase(String name) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    String url(String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + port + "/?connectTimeout=2000", "root", "");
    }

    @Override
    public void close() throws InterruptedException {
        if (server != null) {
            crash();
        }
    }

    private static void run(Path log, List<String> command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException(HINT, e);
        }
        if (!process.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " failed: see " + log + "; " + HINT);
        }
    }
}
