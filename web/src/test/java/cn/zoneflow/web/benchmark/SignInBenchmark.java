package cn.zoneflow.web.benchmark;

import cn.zoneflow.web.it.ApiClient;
import cn.zoneflow.web.it.ScreenSession;
import java.net.URL;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;
import org.HdrHistogram.Histogram;

/**
 * What signing in costs an API call: one cheap call (the cities, cached reference data) made over and over by one
 * client, signed in three ways — HTTP Basic (a password hash on every call), a token from {@code POST /api/tokens},
 * and a screen's session cookie — with the latency percentiles the client sees and the server's CPU time per call,
 * read from the server process's own counters when its process id is given. The session's cost is the call's own; what Basic or a token costs
 * above it is the sign-in's.
 *
 * <pre>
 * mvn -pl web test-compile org.codehaus.mojo:exec-maven-plugin:3.5.1:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=cn.zoneflow.web.benchmark.SignInBenchmark \
 *   -Dexec.args="http://127.0.0.1:8080/ 2000 $(pgrep -f 'payara-micro.jar --deploy')"
 * </pre>
 */
public final class SignInBenchmark {

    private static final String CALL = "api/cities";
    private static final String USER = "officer.jinzhong";
    private static final long HIGHEST_NANOS = Duration.ofSeconds(30).toNanos();

    private SignInBenchmark() {
    }

    public static void main(String[] arguments) throws Exception {
        URL base = new URL(arguments[0]);
        int calls = Integer.parseInt(arguments[1]);
        Optional<ProcessHandle> server = arguments.length > 2
                ? Optional.of(ProcessHandle.of(Long.parseLong(arguments[2]))
                        .orElseThrow(() -> new IllegalArgumentException("no process " + arguments[2])))
                : Optional.empty();
        ApiClient password = ApiClient.as(base, USER);
        ApiClient token = password.signedInWithToken();
        ScreenSession screen = ScreenSession.signIn(base, USER);
        Map<String, IntSupplier> ways = new LinkedHashMap<>();
        ways.put("HTTP Basic", () -> password.get("cities").status());
        ways.put("token (Bearer)", () -> token.get("cities").status());
        ways.put("session cookie", () -> screen.open(CALL).statusCode());

        System.out.printf(Locale.ROOT, "GET /%s as %s, %d calls one after the other, on %d cores (%s %s)%n", CALL, USER,
                calls, Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("os.arch"));
        System.out.printf(Locale.ROOT, "%-16s %9s %9s %9s %14s%n", "signed in by", "p50 ms", "p95 ms", "p99 ms",
                "server CPU ms");
        Map<String, Double> cpu = new LinkedHashMap<>();
        for (Map.Entry<String, IntSupplier> way : ways.entrySet()) {
            measure(way.getValue(), Math.max(1, calls / 10), server, new Histogram(HIGHEST_NANOS, 3));
            Histogram latency = new Histogram(HIGHEST_NANOS, 3);
            double cpuPerCall = measure(way.getValue(), calls, server, latency);
            cpu.put(way.getKey(), cpuPerCall);
            System.out.printf(Locale.ROOT, "%-16s %9.2f %9.2f %9.2f %14s%n", way.getKey(),
                    latency.getValueAtPercentile(50) / 1e6, latency.getValueAtPercentile(95) / 1e6,
                    latency.getValueAtPercentile(99) / 1e6, server.isPresent() ? format(cpuPerCall) : "-");
        }
        if (server.isPresent()) {
            double session = cpu.get("session cookie");
            System.out.printf(Locale.ROOT, "sign-in's own CPU per call: HTTP Basic %.2f ms, token %.2f ms%n",
                    cpu.get("HTTP Basic") - session, cpu.get("token (Bearer)") - session);
        }
    }

    private static String format(double millis) {
        return String.format(Locale.ROOT, "%.2f", millis);
    }

    /** Makes the calls; the server's CPU milliseconds per call, when the server's process is known. */
    private static double measure(IntSupplier call, int calls, Optional<ProcessHandle> server, Histogram latency) {
        Duration before = server.map(SignInBenchmark::cpuOf).orElse(Duration.ZERO);
        for (int i = 0; i < calls; i++) {
            long started = System.nanoTime();
            int status = call.getAsInt();
            latency.recordValue(Math.min(HIGHEST_NANOS, System.nanoTime() - started));
            if (status != 200) {
                throw new IllegalStateException("GET /" + CALL + " answered " + status);
            }
        }
        return (server.map(SignInBenchmark::cpuOf).orElse(Duration.ZERO).toNanos() - before.toNanos()) / 1e6 / calls;
    }

    private static Duration cpuOf(ProcessHandle server) {
        return server.info().totalCpuDuration()
                .orElseThrow(() -> new IllegalStateException("the server's CPU time cannot be read"));
    }
}
