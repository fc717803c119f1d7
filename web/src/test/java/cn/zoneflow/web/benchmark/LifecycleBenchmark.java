package cn.zoneflow.web.benchmark;

import cn.zoneflow.web.it.ApiClient;
import cn.zoneflow.web.it.Projects;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Carries {@code n} newly registered projects from 签约 to 达效 through a running ZoneFlow's API, as its officers
 * and managers would: register, request 开工 and approve it, request 投产 and approve it, evaluate the output and
 * find the project 达效 — each step a task found in the inbox and completed, with the domain work it brings.
 * {@code clients} pairs of officer and manager work side by side. On MariaDB the statements the server executed
 * meanwhile are counted ({@code Questions}); nothing else may use that server during the run.
 *
 * <pre>
 * mvn -pl web test-compile org.codehaus.mojo:exec-maven-plugin:3.5.1:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=cn.zoneflow.web.benchmark.LifecycleBenchmark \
 *   -Dexec.args="http://127.0.0.1:8080/ 1000 4 [jdbc:mysql://127.0.0.1:3306/?user=root]"
 * </pre>
 */
public final class LifecycleBenchmark {

    private static final int MOVES_PER_PROJECT = 3;

    private LifecycleBenchmark() {
    }

    public static void main(String[] arguments) throws Exception {
        URL base = new URL(arguments[0]);
        int projects = Integer.parseInt(arguments[1]);
        int clients = Integer.parseInt(arguments[2]);
        String mariadb = arguments.length > 3 ? arguments[3] : null;
        // signed in once each, as an integration does: the password hash is paid here, not per call
        ApiClient officer = ApiClient.as(base, "officer.jinzhong").signedInWithToken();
        ApiClient manager = ApiClient.as(base, "manager.jinzhong").signedInWithToken();
        carry(officer, manager, Math.max(1, projects / 20));
        long questionsBefore = questions(mariadb);
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long busyNanos = 0;
        try {
            List<Future<Long>> work = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                int share = projects / clients + (client < projects % clients ? 1 : 0);
                work.add(pool.submit(() -> carry(officer, manager, share)));
            }
            for (Future<Long> done : work) {
                busyNanos += done.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long statements = questions(mariadb) - questionsBefore;
        int moves = projects * MOVES_PER_PROJECT;
        System.out.printf(Locale.ROOT, "ZoneFlow at %s, %d clients: %d projects 签约→达效 in %.1f s = %.1f projects/min;"
                + " %.1f ms per stage move as a client waits for it%s%n", base, clients, projects, seconds,
                projects / seconds * 60, busyNanos / 1e6 / moves,
                mariadb == null ? "" : String.format(Locale.ROOT, "; %.1f MariaDB statements per stage move",
                        (double) statements / moves));
    }

    /** Carries the given number of projects through their lifecycle, one after the other; the time it took. */
    private static long carry(ApiClient officer, ApiClient manager, int projects) {
        long started = System.nanoTime();
        for (int project = 0; project < projects; project++) {
            String code = Projects.newCode();
            expect(officer.post("projects", Projects.signed(code, "晋中开发区", "20000")), 201);
            for (int move = 0; move < 2; move++) {
                complete(officer, code, "requestStageMove", Json.createObjectBuilder().add("evidence", "现场核实"));
                complete(manager, code, "approveStageMove", Json.createObjectBuilder().add("decision", "approve"));
            }
            complete(officer, code, "evaluateOutput", Json.createObjectBuilder().add("actualOutput", "15000")
                    .add("annualTax", "800").add("energyUse", "2000").add("evidence", "统计部门数据"));
            complete(manager, code, "approveStageMove", Json.createObjectBuilder().add("decision", "approve")
                    .add("comment", "产值、税收均达预期"));
        }
        return System.nanoTime() - started;
    }

    private static void complete(ApiClient client, String code, String taskType,
            JsonObjectBuilder fields) {
        JsonObject body = fields.build();
        expect(client.post("tasks/" + Projects.taskOf(client, code, taskType) + "/complete", body), 204);
    }

    private static void expect(ApiClient.Answer answer, int status) {
        if (answer.status() != status) {
            throw new IllegalStateException("answered " + answer.status() + ": " + answer.body());
        }
    }

    private static long questions(String url) throws SQLException {
        if (url == null) {
            return 0;
        }
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement();
                ResultSet status = statement.executeQuery("SHOW GLOBAL STATUS LIKE 'Questions'")) {
            status.next();
            return status.getLong(2);
        }
    }
}
