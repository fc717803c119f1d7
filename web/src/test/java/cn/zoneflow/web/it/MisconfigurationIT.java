package cn.zoneflow.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Operators start the WAR with {@code java -jar payara-micro.jar --deploy zoneflow.war}; a wrong database setting
 * must stop that process within seconds with one line naming the setting, not leave a server that answers
 * nothing.
 */
class MisconfigurationIT {

    private static final int EXIT_MISCONFIGURED = 78;
    private static final long PATIENCE_SECONDS = 90;

    @TempDir
    Path workDir;

    @Test
    void wrongPasswordStopsStartupNamingTheCredentials() throws Exception {
        List<String> output = startWith(Map.of(
                "ZONEFLOW_DB_URL", "jdbc:mysql://127.0.0.1:3306/mysql",
                "ZONEFLOW_DB_USER", "root",
                "ZONEFLOW_DB_PASSWORD", "not-the-password"));

        assertThat(output).filteredOn(line -> line.contains("ZoneFlow cannot start"))
                .singleElement().asString()
                .contains("ZONEFLOW_DB_USER/ZONEFLOW_DB_PASSWORD rejected by the database");
    }

    @Test
    void unreachableServerStopsStartupNamingTheUrl() throws Exception {
        List<String> output = startWith(Map.of(
                "ZONEFLOW_DB_URL", "jdbc:mysql://127.0.0.1:9/zoneflow",
                "ZONEFLOW_DB_USER", "root",
                "ZONEFLOW_DB_PASSWORD", ""));

        assertThat(output).filteredOn(line -> line.contains("ZoneFlow cannot start"))
                .singleElement().asString()
                .contains("ZONEFLOW_DB_URL names a database server that cannot be reached");
    }

    /** Starts the WAR as operators do, waits for the process to end, and answers its output. */
    private List<String> startWith(Map<String, String> environment) throws IOException, InterruptedException {
        File log = workDir.resolve("payara.log").toFile();
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar",
                System.getProperty("payara.microJar"), "--deploy", System.getProperty("zoneflow.war"),
                "--contextroot", "/", "--port", "18099", "--nocluster",
                "--prebootcommandfile", System.getProperty("zoneflow.preBootCommands"))
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log);
        builder.environment().putAll(environment);
        Process payara = builder.start();
        try {
            boolean ended = payara.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS);
            assertThat(ended).as("Payara still running %d s after a wrong setting", PATIENCE_SECONDS).isTrue();
            assertThat(payara.exitValue()).isEqualTo(EXIT_MISCONFIGURED);
            List<String> output = Files.readAllLines(log.toPath());
            assertThat(output).noneMatch(line -> line.startsWith("\tat "));
            return output;
        } finally {
            payara.destroyForcibly();
        }
    }
}
