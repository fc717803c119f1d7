package cn.zoneflow.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoneflow.web.it.ApiClient.Answer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API as a careless or hostile client meets it: bodies that are no JSON object, values no user means, and many
 * clients writing the same thing at once. Every answer is a 4xx problem in the caller's language, never a 500, and
 * nothing is written.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileRequestsIT {

    /** What each malformed body is, and the title its refusal carries. */
    private static final Map<String, String> MALFORMED = Map.of(
            "{\"name\": \"晋中", "请求体不是有效的 JSON",
            "", "请求体为空",
            "{\"name\": \"a\u0000b\"}", "请求体不是有效的 JSON",
            "[" + "[".repeat(999) + "]".repeat(1000), "请求体不是 JSON 对象",
            "{\"a\":".repeat(1000) + "1" + "}".repeat(1000), "请求体嵌套过深",
            "{\"totalInvestment\": " + "9".repeat(100_000) + "}", "数字过长",
            "[]", "请求体不是 JSON 对象",
            "null", "请求体不是 JSON 对象",
            "\"晋中开发区\"", "请求体不是 JSON 对象");

    @ArquillianResource
    private URL base;

    @Test
    void everyWriteCallOfTheApiRefusesABodyItCannotReadSayingWhy() throws Exception {
        ApiClient supervisor = ApiClient.as(base, "supervisor.province");
        ApiClient enterprise = ApiClient.as(base, "enterprise.demo");
        ApiClient department = ApiClient.as(base, "department.shuozhou");
        List<String[]> writeCalls = jsonWriteCalls();
        assertThat(writeCalls).as("the write calls /openapi lists").hasSizeGreaterThanOrEqualTo(12);

        for (String[] call : writeCalls) {
            // the portal's calls are the enterprise's, its desk the department's: anyone else is refused before the
            // body is read
            ApiClient caller = call[1].startsWith("portal/department/") ? department
                    : call[1].startsWith("portal/") ? enterprise : supervisor;
            for (Map.Entry<String, String> body : MALFORMED.entrySet()) {
                Answer answer = caller.sendRaw(call[0], call[1], body.getKey().getBytes(StandardCharsets.UTF_8));
                String what = call[0] + " " + call[1] + " with " + abbreviated(body.getKey());
                assertThat(answer.status()).as(what + ": " + answer.body()).isEqualTo(400);
                assertThat(answer.contentType()).as(what).startsWith("application/problem+json");
                assertThat(answer.json().getString("title")).as(what).isEqualTo(body.getValue());
            }
        }
    }

    @Test
    void valuesNoUserMeansAreRefusedNamingTheirFieldAndNothingIsRegistered() {
        ApiClient officer = ApiClient.as(base, "officer.jinzhong");
        Map<String, Function<JsonObject, JsonObject>> odd = Map.of(
                "signedOn", body -> with(body, "signedOn", "0000-01-01"),
                "plannedStartDate", body -> with(body, "plannedStartDate", "2001-03-01"),
                "totalInvestment", body -> Json.createObjectBuilder(body)
                        .add("totalInvestment", Json.createValue(new java.math.BigDecimal("1e308"))).build(),
                "expectedAnnualOutput", body -> with(body, "expectedAnnualOutput", "100000000000000000"),
                "name", body -> with(body, "name", "晋中\u0000测试项目"),
                "enterpriseName", body -> with(body, "enterpriseName", "山西\u202E司公限有"),
                "contactPerson", body -> with(body, "contactPerson", "=HYPERLINK(\"https://evil.example\")"));

        odd.forEach((field, change) -> {
            String code = Projects.newCode();
            Answer answer = officer.post("projects", change.apply(Projects.signed(code, "晋中开发区", "3000")));

            assertThat(answer.status()).as(field + ": " + answer.body()).isEqualTo(400);
            assertThat(answer.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                    .as(field).extracting(error -> error.getString("field")).containsExactly(field);
            assertThat(officer.get("tasks?project=" + code).json().getJsonArray("items")).as(field).isEmpty();
        });
        Answer zero = officer.post("projects", with(Projects.signed(Projects.newCode(), "晋中开发区", "0"),
                "totalInvestment", "0"));
        assertThat(zero.json().getJsonArray("errors").getJsonObject(0).getString("message")).isEqualTo("应大于零");
    }

    @Test
    void tenClientsCompletingOneTaskAtOnceGetOneSuccessAndConflictsForTheRest() throws Exception {
        ApiClient officer = ApiClient.as(base, "officer.jinzhong");
        String code = Projects.newCode();
        assertThat(officer.post("projects", Projects.signed(code, "晋中开发区", "2000")).status()).isEqualTo(201);
        String task = Projects.onlyTask(officer, code);

        List<Answer> answers = atOnce(10, client -> ApiClient.as(base, "officer.jinzhong").post(
                "tasks/" + task + "/complete", Json.createObjectBuilder().add("evidence", "开工报告 " + client).build()));

        assertThat(answers).extracting(Answer::status).as(answers.toString())
                .containsOnlyOnce(204).isSubsetOf(204, 409);
        assertThat(answers).filteredOn(answer -> answer.status() == 409).allSatisfy(answer -> {
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.json().getString("title")).isEqualTo("事项已办理完成");
        });
        Answer later = officer.post("tasks/" + task + "/complete",
                Json.createObjectBuilder().add("evidence", "开工报告").build());
        assertThat(later.status()).as("completing it again later").isEqualTo(409);
    }

    @Test
    void tenClientsRegisteringOneCodeAtOnceRegisterItOnceAndTheRestAreToldWhy() throws Exception {
        String code = Projects.newCode();
        JsonObject body = Projects.signed(code, "晋中开发区", "2500");

        List<Answer> answers = atOnce(10, client -> ApiClient.as(base, "officer.jinzhong").post("projects", body));

        assertThat(answers).extracting(Answer::status).as(answers.toString())
                .containsOnlyOnce(201).isSubsetOf(201, 400, 409);
        assertThat(answers).filteredOn(answer -> answer.status() != 201)
                .allSatisfy(answer -> assertThat(answer.contentType()).startsWith("application/problem+json"));
        assertThat(ApiClient.as(base, "officer.jinzhong").get("tasks?project=" + code).json()
                .getJsonArray("items")).hasSize(1);
    }

    @Test
    void claimingOnesOwnTaskAgainChangesNothingAndIsAuditedOnce() {
        ApiClient officer = ApiClient.as(base, "officer.jinzhong");
        String code = Projects.newCode();
        officer.post("projects", Projects.signed(code, "晋中开发区", "1800"));
        String task = Projects.onlyTask(officer, code);

        List<Integer> statuses = List.of(officer.post("tasks/" + task + "/claim").status(),
                officer.post("tasks/" + task + "/claim").status(), officer.post("tasks/" + task + "/claim").status());

        assertThat(statuses).containsOnly(204);
        List<String> actions = ApiClient.as(base, "auditor").get("audit?size=50&object=" + code).json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(entry -> entry.getString("action")).toList();
        assertThat(actions).containsOnlyOnce("TASK_CLAIMED");
    }

    /** Runs the call from as many clients, all released at the same moment. */
    private static List<Answer> atOnce(int clients, Function<Integer, Answer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Answer>> answers = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                int number = client;
                Callable<Answer> waiting = () -> {
                    start.await();
                    return call.apply(number);
                };
                answers.add(pool.submit(waiting));
            }
            start.countDown();
            List<Answer> result = new ArrayList<>();
            for (Future<Answer> answer : answers) {
                result.add(answer.get());
            }
            return result;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every POST and PUT of /openapi that takes a JSON body, path parameters filled in, relative to /api/. */
    private List<String[]> jsonWriteCalls() throws Exception {
        HttpResponse<String> openapi = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base.toString()).resolve("openapi")).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        JsonObject paths;
        try (JsonReader reader = Json.createReader(new StringReader(openapi.body()))) {
            paths = reader.readObject().getJsonObject("paths");
        }
        List<String[]> calls = new ArrayList<>();
        paths.forEach((path, operations) -> operations.asJsonObject().forEach((method, operation) -> {
            JsonObject requestBody = operation.asJsonObject().getJsonObject("requestBody");
            if (requestBody != null && requestBody.getJsonObject("content").containsKey("application/json")) {
                calls.add(new String[] {method.toUpperCase(), path.substring("/api/".length())
                        .replaceAll("\\{[^}]+}", "1")});
            }
        }));
        return calls;
    }

    private static JsonObject with(JsonObject body, String field, String value) {
        return Json.createObjectBuilder(body).add(field, value).build();
    }

    private static String abbreviated(String body) {
        return body.length() > 40 ? body.substring(0, 40) + "… (" + body.length() + " characters)" : body;
    }
}
