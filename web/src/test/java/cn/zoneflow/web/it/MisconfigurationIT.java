package cn.zoneflow.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Operators start the WAR with {@code java -jar payara-micro.jar --deploy zoneflow.war}; a wrong database setting
 * must stop that process within seconds with one line naming the setting, not leave a server that answers
 * nothing.
 */
class MisconfigurationIT {

    private static final int EXIT_MISCONFIGURED = 78;
    private static final long PATIENCE_SECONDS = 90;
    private static final long STARTUP_SECONDS = 300;

    @TempDir
    Path workDir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            wrong password     | jdbc:mysql://127.0.0.1:3306/mysql | not-the-password | ZONEFLOW_DB_USER/ZONEFLOW_DB_PASSWORD rejected by the database
            unreachable server | jdbc:mysql://127.0.0.1:9/zoneflow | ''               | ZONEFLOW_DB_URL names a database server that cannot be reached
            """)
    void aWrongSettingStopsStartupWithOneLineNamingIt(String mistake, String url, String password, String line)
            throws Exception {
        List<String> output = startWith(Map.of(
                "ZONEFLOW_DB_URL", url,
                "ZONEFLOW_DB_USER", "root",
                "ZONEFLOW_DB_PASSWORD", password));

        assertThat(output).filteredOn(printed -> printed.contains("ZoneFlow cannot start"))
                .singleElement().asString()
                .contains(line);
    }

    @Test
    void aNewInstallationWithoutDemoDataNeedsTheInitialPasswordOfItsAdministrators() throws Exception {
        List<String> output = startWith(Map.of(
                "ZONEFLOW_DB_URL", "jdbc:h2:file:" + workDir.resolve("data").resolve("zoneflow"),
                "ZONEFLOW_DEMO_DATA", "false"));

        assertThat(output).filteredOn(printed -> printed.contains("ZoneFlow cannot start"))
                .singleElement().asString()
                .contains("ZONEFLOW_INITIAL_PASSWORD is required on a database without accounts");
    }

    @Test
    void aLiveInstallationRefusesADatabaseHoldingTheDemonstrationWhoseProjectsWouldCountInEveryFigure()
            throws Exception {
        String database = "jdbc:h2:file:" + workDir.resolve("data").resolve("zoneflow");
        int port = PayaraMicro.freePort();
        Process demonstration = PayaraMicro.builder(workDir, port, Map.of("ZONEFLOW_DB_URL", database,
                "ZONEFLOW_DEMO_DATA", "true")).start();
        try {
            PayaraMicro.awaitReady(URI.create("http://127.0.0.1:" + port + "/").toURL(), demonstration,
                    STARTUP_SECONDS);
        } finally {
            demonstration.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }

        List<String> output = startWith(Map.of("ZONEFLOW_DB_URL", database, "ZONEFLOW_DEMO_DATA", "false",
                "ZONEFLOW_INITIAL_PASSWORD", "Initial#2026x"));

        assertThat(output).filteredOn(printed -> printed.contains("ZoneFlow cannot start"))
                .singleElement().asString()
                .contains("ZONEFLOW_DEMO_DATA is false, but the database holds demo data");
    }

    /** Starts the WAR as operators do, waits for the process to end, and answers its output. */
    private List<String> startWith(Map<String, String> environment) throws IOException, InterruptedException {
        File log = workDir.resolve("payara.log").toFile();
        ProcessBuilder builder = PayaraMicro.builder(workDir, PayaraMicro.freePort(), environment);
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
