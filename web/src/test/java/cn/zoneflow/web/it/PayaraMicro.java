package cn.zoneflow.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The built WAR started as operators start it, {@code java -jar payara-micro.jar --deploy zoneflow.war}. */
final class PayaraMicro {

    private PayaraMicro() {
    }

    /** @param environment the ZONEFLOW_* settings, over what this test process has */
    static ProcessBuilder builder(Path workDir, int port, Map<String, String> environment) {
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar",
                System.getProperty("payara.microJar"), "--deploy", System.getProperty("zoneflow.war"),
                "--contextroot", "/", "--port", String.valueOf(port), "--nocluster",
                "--prebootcommandfile", System.getProperty("zoneflow.preBootCommands"))
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("payara.log").toFile());
        builder.environment().remove("ZONEFLOW_INITIAL_PASSWORD");
        builder.environment().putAll(environment);
        return builder;
    }

    /** Waits until the server started by the builder is ready to serve, failing if it ends or takes too long. */
    static void awaitReady(URL base, Process payara, long patienceSeconds) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(base.toString()).resolve("health/ready"))
                .timeout(Duration.ofSeconds(60)).build();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(patienceSeconds);
        while (System.nanoTime() < until) {
            assertThat(payara.isAlive()).as("Payara ended during startup: see payara.log").isTrue();
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // Payara opens its port late in startup
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("ZoneFlow not ready after " + patienceSeconds + " s: see payara.log");
    }

    /** Kept after the run, with the server's and Payara's logs, for whoever looks into a failure. */
    static Path emptied(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> left = Files.walk(directory)) {
                for (Path path : left.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        return Files.createDirectories(directory);
    }

    /** A loopback port nothing listens on at the moment. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
