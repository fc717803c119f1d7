package cn.zoneflow.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoneflow.web.it.ApiClient.Answer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * A confirmation means the data is on disk: the server is killed (SIGKILL, as a crash or the kernel's OOM killer
 * would) while officers register projects and request stage moves, started again on the same embedded database,
 * and every write it confirmed is there exactly once, with its entry in the audit trail.
 */
class KilledServerIT {

    private static final long STARTUP_SECONDS = 300;
    private static final int REGISTERING_CLIENTS = 3;
    private static final long WORKING_MILLIS = 8_000;

    @Test
    void everyConfirmedWriteSurvivesTheServerBeingKilledAndIsThereExactlyOnce() throws Exception {
        Path workDir = PayaraMicro.emptied(Path.of("target", "killed-server"));
        Map<String, String> settings = Map.of(
                "ZONEFLOW_DB_URL", "jdbc:h2:file:" + workDir.toAbsolutePath().resolve("data").resolve("zoneflow"),
                "ZONEFLOW_DEMO_DATA", "true");
        int port = PayaraMicro.freePort();
        URL base = URI.create("http://127.0.0.1:" + port + "/").toURL();
        Queue<String> registered = new ConcurrentLinkedQueue<>();
        Queue<String> requested = new ConcurrentLinkedQueue<>();

        Process first = PayaraMicro.builder(workDir, port, settings).start();
        try {
            PayaraMicro.awaitReady(base, first, STARTUP_SECONDS);
            AtomicBoolean working = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(REGISTERING_CLIENTS + 1);
            for (int client = 0; client < REGISTERING_CLIENTS; client++) {
                clients.submit(() -> registerWhile(working, ApiClient.as(base, "officer.jinzhong"), registered));
            }
            clients.submit(() -> requestMovesWhile(working, ApiClient.as(base, "officer.jinzhong"), registered,
                    requested));
            Thread.sleep(WORKING_MILLIS);

            first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            working.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(3, TimeUnit.MINUTES)).as("clients stopped").isTrue();
        } finally {
            first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(registered).as("registrations confirmed before the kill").hasSizeGreaterThan(REGISTERING_CLIENTS);
        assertThat(requested).as("stage moves requested before the kill").isNotEmpty();

        Process second = PayaraMicro.builder(workDir, port, settings).start();
        try {
            PayaraMicro.awaitReady(base, second, STARTUP_SECONDS);
            ApiClient officer = ApiClient.as(base, "officer.jinzhong");
            ApiClient manager = ApiClient.as(base, "manager.jinzhong");
            ApiClient auditor = ApiClient.as(base, "auditor");
            for (String code : registered) {
                boolean moveRequested = requested.contains(code);
                List<String> actions = auditor.get("audit?size=50&object=" + code).json().getJsonArray("items")
                        .getValuesAs(JsonObject.class).stream().map(entry -> entry.getString("action")).toList();
                assertThat(actions).as("audit trail of " + code).containsOnlyOnce("PROJECT_REGISTERED");
                if (moveRequested) {
                    assertThat(actions).as("audit trail of " + code).containsOnlyOnce("STAGE_MOVE_REQUESTED");
                    assertThat(Projects.tasksOf(manager, code, "approveStageMove")).as("request of " + code)
                            .hasSize(1);
                } else {
                    assertThat(Projects.tasksOf(officer, code, "requestStageMove").size()
                            + Projects.tasksOf(manager, code, "approveStageMove").size())
                            .as("the one open step of " + code).isEqualTo(1);
                }
            }
        } finally {
            second.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Registers projects one after another, noting each the server confirmed with 201. */
    private static void registerWhile(AtomicBoolean working, ApiClient officer, Queue<String> confirmed) {
        while (working.get()) {
            String code = Projects.newCode();
            try {
                if (officer.post("projects", Projects.signed(code, "晋中开发区", "1500")).status() == 201) {
                    confirmed.add(code);
                }
            } catch (IllegalStateException killedMeanwhile) {
                return;
            }
        }
    }

    /** Requests the move to 开工 of the projects registered so far, noting each the server confirmed with 204. */
    private static void requestMovesWhile(AtomicBoolean working, ApiClient officer, Queue<String> registered,
            Queue<String> confirmed) {
        while (working.get()) {
            String code = registered.stream().filter(candidate -> !confirmed.contains(candidate)).findFirst()
                    .orElse(null);
            try {
                if (code == null) {
                    Thread.sleep(100);
                    continue;
                }
                Answer answer = officer.post("tasks/" + Projects.taskOf(officer, code, "requestStageMove")
                        + "/complete", Json.createObjectBuilder().add("evidence", "开工报告").build());
                if (answer.status() == 204) {
                    confirmed.add(code);
                }
            } catch (IllegalStateException | IndexOutOfBoundsException killedMeanwhile) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
