package cn.zoneflow.web.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

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

    /** A loopback port nothing listens on at the moment. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
