package cn.zoneflow.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.tuple;

import cn.zoneflow.domain.application.SignInThrottle;
import cn.zoneflow.domain.application.projectimport.ImportColumn;
import cn.zoneflow.domain.application.projectimport.ProjectImport;
import cn.zoneflow.domain.model.enterprise.CreditCode;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.web.benchmark.ImportBenchmark;
import cn.zoneflow.web.benchmark.LifecycleBenchmark;
import cn.zoneflow.web.benchmark.SignInBenchmark;
import cn.zoneflow.web.it.ApiClient.Answer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The REST API as an integration sees it: scoped, paged, validated, in Chinese or English. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiIT {

    @ArquillianResource
    private URL base;

    @Test
    void anOfficerListsOnlyTheProjectsOfTheirZone() {
        JsonObject page = ApiClient.as(base, "officer.jinzhong").get("projects?size=50").json();
        JsonObject province = ApiClient.as(base, "supervisor.province").get("projects?size=1").json();

        assertThat(page.getJsonNumber("total").longValue()).isPositive()
                .isLessThan(province.getJsonNumber("total").longValue());
        assertThat(page.getInt("size")).isEqualTo(50);
        assertThat(zones(page)).containsOnly("晋中开发区");
    }

    @Test
    void filtersByCityWithOrWithoutShiAndByStageInChineseOrEnglish() {
        ApiClient province = ApiClient.as(base, "supervisor.province");
        JsonObject withShi = province.get("projects?size=200&city=" + ApiClient.query("晋中市") + "&stage="
                + ApiClient.query("开工")).json();
        JsonObject withoutShi = province.get("projects?size=200&city=" + ApiClient.query("晋中") + "&stage=STARTED").json();

        assertThat(withShi.getJsonNumber("total").longValue()).isPositive()
                .isEqualTo(withoutShi.getJsonNumber("total").longValue());
        assertThat(withShi.getJsonArray("items").getValuesAs(JsonObject.class))
                .allSatisfy(project -> {
                    assertThat(project.getString("city")).isEqualTo("晋中");
                    assertThat(project.getString("stage")).isEqualTo("STARTED");
                });
    }

    @Test
    void aCitySupervisorSeesEveryZoneOfTheirCityAndNoOther() {
        JsonObject page = ApiClient.as(base, "supervisor.jinzhong").get("projects?size=200").json();

        assertThat(page.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(project -> project.getString("city")).containsOnly("晋中");
        assertThat(zones(page).size()).isGreaterThan(1);
    }

    @Test
    void anUnknownFilterValueIsAProblemNamingTheParameter() {
        Answer answer = ApiClient.as(base, "supervisor.province").get("projects?stage=" + ApiClient.query("完工"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonObject error = answer.json().getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo("stage");
        assertThat(error.getString("message")).contains("签约");
    }

    @Test
    void aProjectOfAnotherZoneDoesNotExistForTheCaller() {
        long jinzhongProject = ApiClient.as(base, "officer.jinzhong").get("projects?size=1").json()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();

        Answer answer = ApiClient.as(base, "officer.shuozhou").get("projects/" + jinzhongProject);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(ApiClient.as(base, "officer.jinzhong").get("projects/" + jinzhongProject).json()
                .getJsonArray("stageHistory")).isNotEmpty();
    }

    @Test
    void aProjectsProcessesTellWhereEachStandsAndGiveTheirBpmnOnlyToWhoSeesTheProject() {
        ApiClient officer = ApiClient.as(base, "officer.jinzhong");
        String code = Projects.entrusted(officer);
        long id = Projects.idOf(officer, code);

        List<JsonObject> tracks = officer.get("projects/" + id + "/processes").jsonArray()
                .getValuesAs(JsonObject.class);
        assertThat(tracks).extracting(track -> track.getString("processKey"), track -> track.getBoolean("running"))
                .contains(tuple("projectLifecycle", true), tuple("agencyService", true));
        String lifecycle = tracks.stream().filter(track -> track.getString("processKey").equals("projectLifecycle"))
                .findFirst().orElseThrow().getString("instanceId");
        JsonObject diagram = officer.get("projects/" + id + "/processes/" + lifecycle).json();
        assertThat(diagram.getJsonArray("currentSteps").getValuesAs(JsonObject.class))
                .extracting(step -> step.getString("elementId"), step -> step.getString("name"))
                .containsExactly(tuple("requestStageMove", "申请进入下一阶段"));
        assertThat(diagram.getJsonArray("passedElements").getValuesAs(JsonString.class))
                .extracting(JsonString::getString).contains("projectRegistered");
        Answer bpmn = officer.get("projects/" + id + "/processes/" + lifecycle + "/bpmn");
        assertThat(bpmn.contentType()).startsWith("application/xml");
        assertThat(bpmn.body()).contains("id=\"requestStageMove\"", "bpmndi:BPMNShape");

        long otherProject = Projects.idOf(officer, Projects.entrusted(officer));
        assertThat(officer.get("projects/" + otherProject + "/processes/" + lifecycle).status()).isEqualTo(404);
        assertThat(officer.get("projects/" + otherProject + "/processes/" + lifecycle + "/bpmn").status())
                .isEqualTo(404);
        assertThat(ApiClient.as(base, "officer.shuozhou").get("projects/" + id + "/processes").status())
                .isEqualTo(404);
        assertThat(ApiClient.as(base, "officer.shuozhou").get("projects/" + id + "/processes/" + lifecycle + "/bpmn")
                .status()).isEqualTo(404);
    }

    @Test
    void registeringASignedProjectStartsItsLifecycleWithATaskForTheZonesOfficers() {
        ApiClient officer = ApiClient.as(base, "officer.jinzhong");
        String code = Projects.newCode();

        Answer created = officer.post("projects", Projects.signed(code, "晋中开发区", "8500.5"));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonObject project = created.json();
        assertThat(project.getString("stage")).isEqualTo("SIGNED");
        assertThat(project.getJsonNumber("totalInvestment").bigDecimalValue()).isEqualByComparingTo("8500.5");
        JsonObject tasks = officer.get("tasks?project=" + code).json();
        assertThat(tasks.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(task -> task.getString("taskType"), task -> task.getString("dueState"))
                .containsExactly(tuple("requestStageMove", "normal"));
    }

    @Test
    void aRegistrationWithWrongFieldsNamesEachOneInTheCallersLanguageAndWritesNothing() {
        ApiClient officer = ApiClient.as(base, "officer.jinzhong").inEnglish();
        String code = Projects.newCode();
        JsonObject wrong = Json.createObjectBuilder(Projects.signed(code, "晋中开发区", "-5"))
                .add("creditCode", "91140700MA0000000X")
                .add("zone", "朔州经开区")
                .build();

        Answer answer = officer.post("projects", wrong);

        assertThat(answer.status()).isEqualTo(400);
        List<JsonObject> errors = answer.json().getJsonArray("errors").getValuesAs(JsonObject.class);
        assertThat(errors).extracting(error -> error.getString("field"))
                .containsExactlyInAnyOrder("creditCode", "zone", "totalInvestment");
        assertThat(errors).extracting(error -> error.getString("message")).contains("must not be negative");
        assertThat(officer.get("projects?size=1&zone=" + ApiClient.query("晋中开发区")).status()).isEqualTo(200);
        assertThat(ApiClient.as(base, "supervisor.province").get("tasks?project=" + code).json().getInt("total"))
                .isZero();
    }

    @Test
    void projectsAndTasksAreFoundByAnyPartOfTheirProjectsCodeNameOrEnterprise() {
        ApiClient officer = ApiClient.as(base, "officer.jinzhong");
        String code = Projects.newCode();
        officer.post("projects", Projects.signed(code, "晋中开发区", "3000"));
        String part = "新能源有限公司 " + code;

        JsonObject projects = officer.get("projects?q=" + ApiClient.query(part)).json();
        assertThat(projects.getInt("total")).isEqualTo(1);
        assertThat(projects.getJsonArray("items").getJsonObject(0).getString("code")).isEqualTo(code);
        JsonObject tasks = officer.get("tasks?q=" + ApiClient.query("光伏组件项目 " + code)).json();
        assertThat(tasks.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(task -> task.getString("projectCode")).containsOnly(code).isNotEmpty();

        Answer tooLong = officer.get("tasks?q=" + ApiClient.query("光".repeat(101)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("q");
    }

    @Test
    void aStageMoveRequestIsReturnedOnlyWithAReasonAndComesBackToTheOfficer() {
        ApiClient officer = ApiClient.as(base, "officer.jinzhong");
        ApiClient manager = ApiClient.as(base, "manager.jinzhong");
        String code = Projects.newCode();
        officer.post("projects", Projects.signed(code, "晋中开发区", "3000"));
        String request = Projects.onlyTask(officer, code);

        assertThat(officer.get("tasks/" + request).json().getJsonObject("task").getBoolean("returned")).isFalse();
        assertThat(officer.post("tasks/" + request + "/claim").status()).isEqualTo(204);
        assertThat(officer.post("tasks/" + request + "/complete",
                Json.createObjectBuilder().add("evidence", "施工许可证 晋建施〔2026〕12号").build()).status()).isEqualTo(204);
        String approval = Projects.onlyTask(manager, code);
        Answer withoutReason = manager.post("tasks/" + approval + "/complete",
                Json.createObjectBuilder().add("decision", "return").build());
        Answer withReason = manager.post("tasks/" + approval + "/complete",
                Json.createObjectBuilder().add("decision", "return").add("returnReason", "缺少施工许可证扫描件").build());

        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withoutReason.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("returnReason");
        assertThat(withReason.status()).as(withReason.body()).isEqualTo(204);
        JsonObject back = officer.get("tasks/" + Projects.onlyTask(officer, code)).json();
        assertThat(back.getJsonObject("task").getString("taskType")).isEqualTo("requestStageMove");
        assertThat(back.getJsonObject("task").getBoolean("returned")).as("marked as returned").isTrue();
        assertThat(Projects.tasksOf(officer, code, "requestStageMove")).singleElement()
                .satisfies(line -> assertThat(line.getBoolean("returned")).isTrue());
        assertThat(back.getJsonArray("fields").getJsonObject(0).getString("name")).isEqualTo("evidence");
    }

    @Test
    void aReturnedRequestIsAnUnreadMessageForTheOfficerWhoMadeItAndForNoOneElse() {
        ApiClient officer = ApiClient.as(base, "officer.jinzhong");
        ApiClient manager = ApiClient.as(base, "manager.jinzhong");
        ApiClient otherZone = ApiClient.as(base, "officer.shuozhou");
        String code = Projects.newCode();
        officer.post("projects", Projects.signed(code, "晋中开发区", "3000"));
        String request = Projects.onlyTask(officer, code);
        officer.post("tasks/" + request + "/claim");
        officer.post("tasks/" + request + "/complete",
                Json.createObjectBuilder().add("evidence", "施工许可证 晋建施〔2026〕12号").build());
        long unreadBefore = officer.get("messages").json().getJsonNumber("unread").longValue();

        assertThat(manager.post("tasks/" + Projects.onlyTask(manager, code) + "/complete", Json.createObjectBuilder()
                .add("decision", "return").add("returnReason", "缺少施工许可证扫描件").build()).status()).isEqualTo(204);

        JsonObject box = officer.get("messages?size=200").json();
        assertThat(box.getJsonNumber("unread").longValue()).isEqualTo(unreadBefore + 1);
        JsonObject returned = box.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(message -> message.getString("projectCode").equals(code)).findFirst().orElseThrow();
        assertThat(returned.getString("kind")).isEqualTo("RETURNED");
        assertThat(returned.getString("kindName")).isEqualTo("申请被退回");
        assertThat(returned.getString("taskId")).isEqualTo(Projects.onlyTask(officer, code));
        assertThat(returned.getBoolean("read")).isFalse();
        assertThat(manager.get("messages?size=200").json().getJsonArray("items").getValuesAs(JsonObject.class))
                .as("the manager who returned it is told nothing").noneMatch(message ->
                        message.getString("projectCode").equals(code));

        long id = returned.getJsonNumber("id").longValue();
        assertThat(otherZone.post("messages/" + id + "/read").status()).as("another user's message").isEqualTo(404);
        assertThat(officer.post("messages/" + id + "/read").json().getBoolean("read")).isTrue();
        assertThat(officer.get("messages").json().getJsonNumber("unread").longValue()).isEqualTo(unreadBefore);
        assertThat(officer.post("messages/read").json().getJsonNumber("unread").longValue()).isZero();
        assertThat(officer.get("messages?size=201").status()).isEqualTo(400);
    }

    @Test
    void theZoneCorrectsAProjectsFactsWithAReasonAgainstTheVersionItReadAndTheCorrectionIsKept() {
        ApiClient officer = ApiClient.as(base, "officer.jinzhong");
        ApiClient manager = ApiClient.as(base, "manager.jinzhong");
        String code = Projects.newCode();
        officer.post("projects", Projects.signed(code, "晋中开发区", "3000"));
        long id = Projects.idOf(officer, code);
        String path = "projects/" + id + "/facts";
        JsonObject read = officer.get("projects/" + id).json();
        JsonObject corrected = Json.createObjectBuilder()
                .add("version", read.getJsonNumber("version").longValue())
                .add("name", read.getString("name") + "（一期）")
                .add("industry", read.getString("industry"))
                .add("strategicEmerging", "否")
                .add("industrial", "是")
                .add("totalInvestment", "3600.5")
                .add("expectedAnnualOutput", read.getJsonNumber("expectedAnnualOutput").toString())
                .add("reason", "合同补充协议调整总投资")
                .build();

        Answer withoutReason = officer.put(path, Json.createObjectBuilder(corrected).remove("reason").build());
        Answer byASupervisor = ApiClient.as(base, "supervisor.jinzhong").put(path, corrected);
        Answer byAnotherZone = ApiClient.as(base, "officer.shuozhou").put(path, corrected);
        Answer saved = officer.put(path, corrected);
        Answer stale = manager.put(path, corrected);

        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withoutReason.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("reason");
        assertThat(byASupervisor.status()).isEqualTo(403);
        assertThat(byAnotherZone.status()).isEqualTo(404);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        JsonObject project = saved.json();
        assertThat(project.getJsonNumber("totalInvestment").bigDecimalValue()).isEqualByComparingTo("3600.5");
        assertThat(project.getBoolean("strategicEmerging")).isFalse();
        assertThat(project.getString("code")).isEqualTo(code);
        JsonObject correction = project.getJsonArray("corrections").getJsonObject(0);
        assertThat(correction.getString("correctedBy")).isEqualTo("officer.jinzhong");
        assertThat(correction.getString("reason")).isEqualTo("合同补充协议调整总投资");
        assertThat(correction.getJsonArray("changes").getValuesAs(JsonObject.class))
                .extracting(change -> change.getString("field"), change -> change.getString("after"))
                .containsExactly(tuple("name", read.getString("name") + "（一期）"),
                        tuple("strategicEmerging", "false"), tuple("totalInvestment", "3600.5"));
        assertThat(stale.status()).as("made against the version before the correction").isEqualTo(409);
        assertThat(officer.get("projects/" + id).json().getJsonArray("corrections")).hasSize(1);
    }

    @Test
    void aTenBillionProjectMovesOnlyOnceTheCityApprovedAfterTheZone() {
        ApiClient officer = ApiClient.as(base, "officer.jinzhong");
        ApiClient manager = ApiClient.as(base, "manager.jinzhong");
        ApiClient city = ApiClient.as(base, "supervisor.jinzhong");
        String code = Projects.newCode();
        officer.post("projects", Projects.signed(code, "晋中开发区", "120000"));
        officer.post("tasks/" + Projects.onlyTask(officer, code) + "/complete",
                Json.createObjectBuilder().add("evidence", "施工许可证 晋建施〔2026〕31号").build());
        assertThat(manager.post("tasks/" + Projects.onlyTask(manager, code) + "/complete",
                Json.createObjectBuilder().add("decision", "approve").build()).status()).isEqualTo(204);

        long id = Projects.idOf(city, code);
        assertThat(officer.get("projects/" + id).json().getString("stage")).isEqualTo("SIGNED");
        String cityApproval = Projects.onlyTask(city, code);
        assertThat(city.get("tasks/" + cityApproval).json().getJsonObject("task").getString("taskType"))
                .isEqualTo("approveStageMoveAtCity");
        assertThat(city.post("tasks/" + cityApproval + "/complete",
                Json.createObjectBuilder().add("decision", "approve").build()).status()).isEqualTo(204);

        JsonObject moved = officer.get("projects/" + id).json();
        assertThat(moved.getString("stage")).isEqualTo("STARTED");
        JsonObject start = moved.getJsonArray("stageHistory").getJsonObject(1);
        assertThat(start.getString("approvedBy")).isEqualTo("manager.jinzhong");
        assertThat(start.getString("cityApprovedBy")).isEqualTo("supervisor.jinzhong");
        assertThat(start.getBoolean("imported")).isFalse();
        JsonObject round = moved.getJsonArray("stageMoveRequests").getJsonObject(0);
        assertThat(round.getString("requestedStage")).isEqualTo("STARTED");
        assertThat(round.getString("requestedBy")).isEqualTo("officer.jinzhong");
        assertThat(round.getString("evidence")).isEqualTo("施工许可证 晋建施〔2026〕31号");
        assertThat(round.getString("status")).isEqualTo("APPROVED");
        assertThat(round.getString("zoneDecidedBy")).isEqualTo("manager.jinzhong");
        assertThat(round.getString("cityDecidedBy")).isEqualTo("supervisor.jinzhong");
    }

    @Test
    void aSupervisorsNoticeReachesTheAddresseeWhoAnswersItInWriting() throws IOException {
        ApiClient officer = ApiClient.as(base, "officer.jinzhong");
        ApiClient supervisor = ApiClient.as(base, "supervisor.jinzhong");
        String code = Projects.newCode();
        officer.post("projects", Projects.signed(code, "晋中开发区", "3000"));
        long id = Projects.idOf(officer, code);
        JsonObject notice = Json.createObjectBuilder().add("projectId", id).add("addressee", "officer.jinzhong")
                .add("requirement", "请于本周五前报送环评材料").add("deadline", ChinaTime.today().plusDays(3).toString())
                .build();

        Answer byAnOfficer = officer.post("supervision/notices", notice);
        Answer pastDeadline = supervisor.post("supervision/notices", Json.createObjectBuilder(notice)
                .add("deadline", ChinaTime.today().minusDays(1).toString()).build());
        Answer sent = supervisor.post("supervision/notices", notice);

        Answer aboutAnotherTask = supervisor.post("supervision/notices", Json.createObjectBuilder(notice)
                .add("taskId", "no-such-task").build());
        assertThat(aboutAnotherTask.status()).isEqualTo(400);
        assertThat(aboutAnotherTask.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("taskId");
        assertThat(byAnOfficer.status()).isEqualTo(403);
        assertThat(pastDeadline.status()).isEqualTo(400);
        assertThat(pastDeadline.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("deadline");
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        String answer = Projects.taskOf(officer, code, "answerNotice");
        JsonObject task = officer.get("tasks/" + answer).json().getJsonObject("task");
        assertThat(task.getString("assignee")).isEqualTo("officer.jinzhong");
        assertThat(task.getString("due")).isEqualTo(ChinaTime.today().plusDays(3).toString());
        assertThat(task.getBoolean("fromGroup")).as("offered to the zone's officers too").isTrue();
        assertThat(officer.get("messages?size=200").json().getJsonArray("items").getValuesAs(JsonObject.class))
                .as("told in the addressee's messages").filteredOn(m -> m.getString("projectCode").equals(code))
                .extracting(m -> m.getString("kind"), m -> m.getString("taskId")).containsExactly(tuple("NOTICE", answer));
        assertThat(officer.post("tasks/" + answer + "/unclaim").status()).isEqualTo(204);
        assertThat(Projects.tasksOf(officer, code, "answerNotice")).as("handed back, it stays in the zone's inbox")
                .singleElement().satisfies(line -> assertThat(line.get("assignee")).isIn(null, JsonValue.NULL));
        assertThat(officer.post("tasks/" + answer + "/claim").status()).isEqualTo(204);
        Answer empty = officer.post("tasks/" + answer + "/complete", Json.createObjectBuilder().build());
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("answer");
        assertThat(officer.post("tasks/" + answer + "/complete",
                Json.createObjectBuilder().add("answer", "环评报告已报送，预计下周取得批复").build()).status()).isEqualTo(204);

        JsonObject stored = supervisor.get("supervision/notices").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("projectCode").equals(code)).findFirst().orElseThrow();
        assertThat(stored.getString("status")).isEqualTo("ANSWERED");
        assertThat(stored.getString("answer")).isEqualTo("环评报告已报送，预计下周取得批复");
        assertThat(stored.getString("answeredBy")).isEqualTo("officer.jinzhong");

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                supervisor.download("supervision/notices/workbook")))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("督办通知 · 晋中市 · ");
            assertThat(StreamSupport.stream(sheet.spliterator(), false).skip(2)
                    .filter(row -> row.getCell(1).getStringCellValue().equals(code)).toList())
                    .singleElement().satisfies(row -> {
                        assertThat(row.getCell(4).getStringCellValue()).isEqualTo("请于本周五前报送环评材料");
                        assertThat(row.getCell(9).getStringCellValue()).isEqualTo("环评报告已报送，预计下周取得批复");
                    });
            assertThat(sheet.getLastRowNum() - 1).isEqualTo(supervisor.get("supervision/notices").jsonArray().size());
        }
    }

    @Test
    void onlyTheZonesManagerHandsWorkOverAndOnlyToAColleagueOfTheSameRoleInTheZone() {
        JsonObject toTheManager = Json.createObjectBuilder().add("from", "officer.jinzhong")
                .add("to", "manager.jinzhong").build();
        ApiClient manager = ApiClient.as(base, "manager.jinzhong");

        Answer byAnOfficer = ApiClient.as(base, "officer.jinzhong").post("tasks/handover", toTheManager);
        Answer toAnotherRole = manager.post("tasks/handover", toTheManager);
        Answer toAnotherZone = manager.post("tasks/handover", Json.createObjectBuilder(toTheManager)
                .add("to", "officer.shuozhou").build());

        assertThat(byAnOfficer.status()).isEqualTo(403);
        assertThat(toAnotherRole.status()).isEqualTo(400);
        assertThat(toAnotherRole.json().getJsonArray("errors").getJsonObject(0).getString("message"))
                .isEqualTo("须为与移交人同一角色、在用的账户");
        assertThat(toAnotherZone.status()).isEqualTo(400);
        assertThat(toAnotherZone.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("to");
    }

    @Test
    void tasksArePassedOnlyAsAListOfIdsAndOnlyToAColleagueDoingTheSameWork() {
        ApiClient officer = ApiClient.as(base, "officer.jinzhong");
        String code = Projects.newCode();
        assertThat(officer.post("projects", Projects.signed(code, "晋中开发区", "900")).status()).isEqualTo(201);
        String task = Projects.onlyTask(officer, code);

        Answer withoutIds = officer.post("tasks/pass", Json.createObjectBuilder().add("taskIds", task)
                .add("to", "officer.shuozhou").build());
        Answer toAManager = officer.post("tasks/pass", Json.createObjectBuilder()
                .add("taskIds", Json.createArrayBuilder().add(task)).add("to", "manager.jinzhong").build());
        Answer toAnotherZone = officer.post("tasks/pass", Json.createObjectBuilder()
                .add("taskIds", Json.createArrayBuilder().add(task)).add("to", "officer.shuozhou").build());

        assertThat(withoutIds.status()).isEqualTo(400);
        assertThat(withoutIds.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("taskIds");
        assertThat(toAManager.status()).isEqualTo(400);
        assertThat(toAManager.json().getJsonArray("errors").getJsonObject(0).getString("message"))
                .isEqualTo("须为与移交人同一角色、在用的账户");
        assertThat(toAnotherZone.status()).isEqualTo(400);
        assertThat(ApiClient.as(base, "officer.shuozhou").get("tasks/" + task).status()).as("the task stayed")
                .isEqualTo(404);
    }

    /**
     * A project signed in May to start in July is, on 1 December, five months late: red at once, listed with its
     * reason, found by 项目库's light filter, seen by its city's supervisor and not by another city's; once it starts
     * its light goes out and the change is kept.
     */
    @Test
    void aProjectLateToStartIsRedFromItsRegistrationUntilItStarts() {
        ApiClient officer = ApiClient.as(base, "officer.jinzhong");
        ApiClient manager = ApiClient.as(base, "manager.jinzhong");
        String code = Projects.newCode();
        LocalDate plannedStart = ChinaTime.today().minusMonths(5).withDayOfMonth(1);
        assertThat(officer.post("projects", Json.createObjectBuilder(Projects.signed(code, "晋中开发区", "900"))
                .add("signedOn", plannedStart.minusMonths(2).toString())
                .add("plannedStartDate", plannedStart.toString()).build()).status()).isEqualTo(201);

        List<JsonObject> red = ApiClient.as(base, "supervisor.jinzhong").get("warnings?level=RED&size=100").json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(red).filteredOn(warning -> warning.getString("projectCode").equals(code)).singleElement()
                .satisfies(warning -> {
                    assertThat(warning.getString("kind")).isEqualTo("START");
                    assertThat(warning.getInt("monthsLate")).isEqualTo(5);
                    assertThat(warning.getString("reason")).isEqualTo("计划" + plannedStart + "开工，已逾期5个月");
                });
        assertThat(officer.get("projects?light=RED&q=" + code).json().getInt("total")).isEqualTo(1);
        assertThat(officer.get("projects?light=GREEN&q=" + code).json().getInt("total")).isZero();
        assertThat(ApiClient.as(base, "officer.shuozhou").get("warnings?size=100").body()).doesNotContain(code);
        assertThat(ApiClient.as(base, "officer.shuozhou").get("warnings?scope="
                + ApiClient.query("zone:晋中开发区")).status()).isEqualTo(403);
        Answer wrongLevel = officer.get("warnings?level=PURPLE");
        assertThat(wrongLevel.status()).isEqualTo(400);
        assertThat(wrongLevel.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("level");

        assertThat(officer.post("tasks/" + Projects.taskOf(officer, code, "requestStageMove") + "/complete",
                Json.createObjectBuilder().add("evidence", "已开工").build()).status()).isEqualTo(204);
        assertThat(manager.post("tasks/" + Projects.taskOf(manager, code, "approveStageMove") + "/complete",
                Json.createObjectBuilder().add("decision", "approve").build()).status()).isEqualTo(204);
        assertThat(officer.get("projects?light=RED&q=" + code).json().getInt("total")).as("started: no longer red")
                .isZero();
        assertThat(officer.get("warnings?size=100").body()).doesNotContain(code);
    }

    /** A year's plan as the API takes it: twelve months of the given amount (万元), the total their sum. */
    private static JsonObject evenYear(int year, int perMonth) {
        JsonArrayBuilder months = Json.createArrayBuilder();
        IntStream.range(0, 12).forEach(month -> months.add(perMonth));
        return Json.createObjectBuilder().add("year", year).add("total", perMonth * 12).add("months", months).build();
    }

    /**
     * 项目计划: filling what the registered plan left open takes effect at once (the registered dates become the
     * baseline); moving a planned date needs a reason and the manager's approval, the project being judged by the plan
     * in force until then; a returned change keeps its reason; bad plans are refused field by field.
     */
    @Test
    void aPlanChangeWaitsForTheZoneManagerAndEveryVersionIsKept() {
        ApiClient officer = ApiClient.as(base, "officer.jinzhong");
        ApiClient manager = ApiClient.as(base, "manager.jinzhong");
        String code = Projects.newCode();
        officer.post("projects", Projects.signed(code, "晋中开发区", "3000"));
        long id = Projects.idOf(officer, code);
        String path = "projects/" + id + "/plan";
        JsonObject registered = officer.get(path).json();
        String start = registered.getString("plannedStartDate");
        String production = registered.getString("plannedProductionDate");
        int nextYear = ChinaTime.today().getYear() + 1;
        JsonObject filled = Json.createObjectBuilder().add("plannedStartDate", start)
                .add("plannedProductionDate", production)
                .add("plannedEffectiveDate", LocalDate.parse(production).plusYears(1).toString())
                .add("years", Json.createArrayBuilder().add(evenYear(nextYear, 100))).build();

        Answer entered = officer.post(path, filled);
        assertThat(entered.status()).as(entered.body()).isEqualTo(200);
        assertThat(registered.getJsonArray("versions")).as("nothing entered yet").isEmpty();
        assertThat(entered.json().getJsonArray("versions").getValuesAs(JsonObject.class))
                .extracting(version -> version.getInt("number"), version -> version.getString("status"),
                        version -> version.getBoolean("baseline"))
                .containsExactly(tuple(2, "CURRENT", false), tuple(1, "SUPERSEDED", true));
        assertThat(entered.json().getJsonArray("years").getJsonObject(0).getJsonNumber("total").bigDecimalValue())
                .isEqualByComparingTo("1200");

        JsonObject wrongMonths = Json.createObjectBuilder(filled).add("years", Json.createArrayBuilder()
                .add(Json.createObjectBuilder(evenYear(nextYear, 100)).add("total", 1000))).build();
        JsonObject beforeSigning = Json.createObjectBuilder(filled).add("plannedStartDate", "2001-03-01").build();
        String later = LocalDate.parse(start).plusMonths(4).toString();
        JsonObject moved = Json.createObjectBuilder(filled).add("plannedStartDate", later).build();
        assertThat(officer.post(path, wrongMonths).json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("total");
        assertThat(officer.post(path, beforeSigning).json().getJsonArray("errors").getJsonObject(0)
                .getString("field")).isEqualTo("plannedStartDate");
        Answer withoutReason = officer.post(path, moved);
        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withoutReason.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("reason");
        assertThat(ApiClient.as(base, "supervisor.jinzhong").post(path, moved).status()).isEqualTo(403);
        assertThat(ApiClient.as(base, "officer.shuozhou").get(path).status()).isEqualTo(404);

        JsonObject withReason = Json.createObjectBuilder(moved).add("reason", "土地交付推迟四个月").build();
        Answer proposed = officer.post(path, withReason);
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(200);
        assertThat(proposed.json().getString("plannedStartDate")).as("judged by the plan in force").isEqualTo(start);
        assertThat(proposed.json().getJsonObject("pending").getInt("number")).isEqualTo(3);
        Answer second = officer.post(path, Json.createObjectBuilder(withReason).add("plannedStartDate", start)
                .add("plannedProductionDate", LocalDate.parse(production).plusMonths(1).toString()).build());
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().getString("detail")).contains("第3版");

        assertThat(manager.post("tasks/" + Projects.taskOf(manager, code, "approvePlanChange") + "/complete",
                Json.createObjectBuilder().add("decision", "approve").build()).status()).isEqualTo(204);
        JsonObject approved = officer.get(path).json();
        assertThat(approved.getString("plannedStartDate")).isEqualTo(later);
        assertThat(approved.get("pending")).as("no change waits").isIn(null, JsonValue.NULL);
        assertThat(officer.get("projects/" + id).json().getString("plannedStartDate")).isEqualTo(later);

        officer.post(path, Json.createObjectBuilder(withReason).add("plannedStartDate", start)
                .add("reason", "提前开工").build());
        String returning = "tasks/" + Projects.taskOf(manager, code, "approvePlanChange") + "/complete";
        Answer noReturnReason = manager.post(returning, Json.createObjectBuilder().add("decision", "return").build());
        assertThat(noReturnReason.status()).isEqualTo(400);
        assertThat(manager.post(returning, Json.createObjectBuilder().add("decision", "return")
                .add("returnReason", "施工许可尚未取得").build()).status()).isEqualTo(204);
        JsonObject returned = officer.get(path).json();
        assertThat(returned.getString("plannedStartDate")).as("the plan in force stays").isEqualTo(later);
        JsonObject lastVersion = returned.getJsonArray("versions").getJsonObject(0);
        assertThat(lastVersion.getString("status")).isEqualTo("RETURNED");
        assertThat(lastVersion.getString("decisionNote")).isEqualTo("施工许可尚未取得");
        assertThat(lastVersion.getString("decidedBy")).isEqualTo("manager.jinzhong");
        assertThat(officer.put("projects/" + id + "/facts", Json.createObjectBuilder()
                .add("plannedStartDate", start).add("reason", "x").build()).body())
                .as("a correction does not move a planned date").contains("plannedStartDate");
    }

    /**
     * A project whose plan for this year is due up to last month and which reported nothing is red against 序时进度;
     * reporting 80 of the 100 due leaves it 20 points behind: yellow.
     */
    @Test
    void aYearBehindItsMonthlyPlanTurnsTheInvestmentLightRedThenYellowAsInvestmentIsReported() {
        ApiClient officer = ApiClient.as(base, "officer.jinzhong");
        String code = Projects.newCode();
        officer.post("projects", Projects.signed(code, "晋中开发区", "3000"));
        long id = Projects.idOf(officer, code);
        int thisYear = ChinaTime.today().getYear();
        JsonArrayBuilder months = Json.createArrayBuilder();
        IntStream.rangeClosed(1, 12).forEach(month -> months.add(month == 11 ? 100 : 0));
        assertThat(officer.post("projects/" + id + "/plan", Json.createObjectBuilder().add("years",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("year", thisYear).add("total", 100)
                        .add("months", months))).build()).status()).isEqualTo(200);

        JsonObject red = investmentWarning(officer, code);
        assertThat(red.getString("light")).isEqualTo("RED");
        assertThat(red.getString("reason")).isEqualTo(thisYear + "年投资完成0.00%，落后序时进度（100.00%）100.00个百分点");

        assertThat(officer.post("projects/" + id + "/investment", Json.createObjectBuilder()
                .add("month", thisYear + "-11").add("completed", 80).build()).status()).isEqualTo(200);
        assertThat(investmentWarning(officer, code).getString("light")).isEqualTo("YELLOW");
    }

    private static JsonObject investmentWarning(ApiClient client, String code) {
        return client.get("warnings?kind=INVESTMENT&size=100").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(warning -> warning.getString("projectCode").equals(code))
                .findFirst().orElseThrow(() -> new AssertionError("no investment warning for " + code));
    }

    /**
     * 年度目标责任书: the province's supervisor sets 晋中市's signed investment so that the city stands five points behind
     * 序时进度 — yellow (red when below last year on the same day) — changes it against the version read, and every
     * wrong target is refused field by field; a city supervisor sets none for another city or their own.
     */
    @Test
    void aTargetSetForACityJudgesItsProgressAgainstTheScheduleAndIsChangedAgainstItsVersion() {
        ApiClient officer = ApiClient.as(base, "officer.jinzhong");
        officer.post("projects", Projects.signed(Projects.newCode(), "晋中开发区", "2500"));
        ApiClient province = ApiClient.as(base, "supervisor.province");
        int year = ChinaTime.today().getYear();
        JsonObject board = province.get("targets?year=" + year).json();
        JsonObject signed = indicatorOf(placeOf(board, "city:晋中市"), "SIGNED_INVESTMENT");
        BigDecimal actual = signed.getJsonNumber("actual").bigDecimalValue();
        BigDecimal schedule = board.getJsonNumber("schedule").bigDecimalValue();
        BigDecimal target = actual.multiply(BigDecimal.valueOf(100))
                .divide(schedule.subtract(BigDecimal.valueOf(5)), 4, RoundingMode.HALF_UP);
        JsonObjectBuilder read = Json.createObjectBuilder().add("year", year).add("place", "city:晋中市")
                .add("indicator", "SIGNED_INVESTMENT").add("target", target);
        if (signed.containsKey("version")) {
            read.add("version", signed.getJsonNumber("version").longValue());
        }
        JsonObject setting = read.build();

        Answer set = province.put("targets", setting);

        assertThat(set.status()).as(set.body()).isEqualTo(200);
        JsonObject judged = indicatorOf(set.json().getJsonObject("total"), "SIGNED_INVESTMENT");
        assertThat(judged.getJsonNumber("target").bigDecimalValue()).isEqualByComparingTo(target);
        assertThat(judged.getJsonNumber("pointsBehind").bigDecimalValue()).isBetween(new BigDecimal("4.9"),
                new BigDecimal("5.1"));
        boolean belowLastYear = judged.getJsonNumber("lastYear").bigDecimalValue().compareTo(actual) > 0;
        assertThat(judged.getString("light")).isEqualTo(belowLastYear ? "RED" : "YELLOW");
        assertThat(province.put("targets", setting).status()).as("changed since the version read").isEqualTo(409);
        Answer changed = province.put("targets", Json.createObjectBuilder(setting).add("target", 1)
                .add("version", judged.getJsonNumber("version").longValue()).build());
        assertThat(changed.status()).isEqualTo(200);
        assertThat(indicatorOf(changed.json().getJsonObject("total"), "SIGNED_INVESTMENT").getString("light"))
                .isEqualTo(belowLastYear ? "RED" : "GREEN");

        ApiClient city = ApiClient.as(base, "supervisor.jinzhong");
        assertThat(city.put("targets", Json.createObjectBuilder(setting).add("place", "zone:朔州经济开发区").build())
                .status()).isEqualTo(403);
        assertThat(city.put("targets", setting).status()).as("their own city").isEqualTo(403);
        assertThat(officer.put("targets", Json.createObjectBuilder(setting).add("place", "zone:晋中开发区").build())
                .status()).isEqualTo(403);
        JsonObject zoneTarget = Json.createObjectBuilder(setting).add("place", "zone:晋中开发区").remove("version")
                .build();
        assertThat(fieldsRefused(city.put("targets", Json.createObjectBuilder(zoneTarget)
                .add("indicator", "SIGNED_PROJECTS").add("target", "1.5").build()))).containsExactly("target");
        assertThat(fieldsRefused(city.put("targets", Json.createObjectBuilder(zoneTarget).add("target", -1)
                .add("version", 0).build()))).as("refused before its version is compared").containsExactly("target");
        assertThat(fieldsRefused(city.put("targets", Json.createObjectBuilder(zoneTarget).add("year", 1999)
                .add("indicator", "GDP").build()))).containsExactly("year", "indicator");
        assertThat(officer.get("targets").json().getJsonArray("places")).as("a zone has no place below").isEmpty();
    }

    /** Each zone's rank and score, in order. */
    private static List<String> ranking(JsonObject assessment) {
        return assessment.getJsonArray("zones").getValuesAs(JsonObject.class).stream()
                .map(zone -> zone.getString("zone") + " " + zone.getInt("rank") + " "
                        + zone.getJsonNumber("score").bigDecimalValue().stripTrailingZeros().toPlainString())
                .toList();
    }

    private static JsonObject placeOf(JsonObject board, String scope) {
        return board.getJsonArray("places").getValuesAs(JsonObject.class).stream()
                .filter(place -> place.getString("scope").equals(scope)).findFirst().orElseThrow();
    }

    private static JsonObject indicatorOf(JsonObject place, String indicator) {
        return place.getJsonArray("indicators").getValuesAs(JsonObject.class).stream()
                .filter(found -> found.getString("indicator").equals(indicator)).findFirst().orElseThrow();
    }

    private static List<String> fieldsRefused(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        return answer.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field")).toList();
    }

    /**
     * 分类考核: the province's zones ranked within their category, every score the sum of its weighted parts; a closed
     * quarter is kept as first computed, so new weights move only the running one; weights not adding up to 100, a
     * city supervisor setting them and a period written wrongly are refused; the workbook has a line per zone.
     */
    @Test
    void theProvinceRanksItsZonesWithinTheirCategoryAndKeepsAClosedQuartersResult() throws IOException {
        ApiClient province = ApiClient.as(base, "supervisor.province");
        int year = ChinaTime.today().getYear();
        JsonObject running = province.get("assessments").json();
        JsonObject firstQuarter = province.get("assessments?period=" + year + "Q1").json();

        assertThat(running.getBoolean("kept")).isFalse();
        assertThat(firstQuarter.getBoolean("kept")).isTrue();
        assertThat(running.getJsonObject("weights").values().stream()
                .mapToInt(weight -> ((JsonNumber) weight).intValue()).sum()).isEqualTo(100);
        List<JsonObject> zones = running.getJsonArray("zones").getValuesAs(JsonObject.class);
        assertThat(zones).isNotEmpty().allSatisfy(zone -> {
            List<JsonObject> parts = zone.getJsonArray("parts").getValuesAs(JsonObject.class);
            assertThat(parts).hasSize(8);
            assertThat(parts.stream().map(part -> part.getJsonNumber("score").bigDecimalValue())
                    .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(
                            zone.getJsonNumber("score").bigDecimalValue());
        });
        assertThat(zones).filteredOn(zone -> zone.getString("category").equals("INDUSTRIAL"))
                .extracting(zone -> zone.getInt("rank")).startsWith(1).isSorted();

        JsonObjectBuilder closureOnly = Json.createObjectBuilder();
        running.getJsonObject("weights").keySet().forEach(indicator -> closureOnly.add(indicator,
                indicator.equals("CLOSURE_RATE") ? 100 : 0));
        Answer changed = province.put("assessments/weights", closureOnly.build());
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        try {
            assertThat(ranking(province.get("assessments?period=" + year + "Q1").json()))
                    .as("kept as first computed").isEqualTo(ranking(firstQuarter));
            assertThat(province.get("assessments").json().getJsonArray("zones").getValuesAs(JsonObject.class))
                    .allSatisfy(zone -> assertThat(zone.getJsonNumber("score").bigDecimalValue())
                            .isEqualByComparingTo(zone.getJsonArray("parts").getValuesAs(JsonObject.class).stream()
                                    .filter(part -> part.getString("indicator").equals("CLOSURE_RATE"))
                                    .findFirst().orElseThrow().getJsonNumber("points").bigDecimalValue()));
        } finally {
            province.put("assessments/weights", running.getJsonObject("weights"));
        }

        Answer ninety = province.put("assessments/weights", Json.createObjectBuilder(running.getJsonObject("weights"))
                .add("STALLED", 0).build());
        assertThat(fieldsRefused(ninety)).containsExactly("weights");
        assertThat(ApiClient.as(base, "supervisor.jinzhong").put("assessments/weights",
                running.getJsonObject("weights")).status()).isEqualTo(403);
        assertThat(fieldsRefused(province.get("assessments?period=2026Q5"))).containsExactly("period");
        assertThat(fieldsRefused(province.get("assessments?period=" + (year + 1)))).containsExactly("period");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                province.download("assessments/workbook")))) {
            assertThat(book.getSheetAt(0).getLastRowNum() - 1).as("a line per zone under title and headers")
                    .isEqualTo(zones.size());
        }
    }

    /**
     * 储备库: an officer enters a project not yet signed, confirms its criteria; the manager grades it only as far as
     * the criteria reach, and a criterion its tier needs cannot be withdrawn; the library counts it in its tier and
     * the 储备项目册 lists it; wrong input is refused naming its field, nothing written.
     */
    @Test
    void aReserveProjectClimbsATierOnlyOnceItsCriteriaAreConfirmedAndIsListedInTheReserveBook() throws Exception {
        ApiClient officer = ApiClient.as(base, "officer.jinzhong");
        ApiClient manager = ApiClient.as(base, "manager.jinzhong");
        String code = Projects.newCode();
        Answer entered = officer.post("reserve", Projects.signed(code, "晋中开发区", "36000"));
        assertThat(entered.status()).as(entered.body()).isEqualTo(201);
        JsonObject project = entered.json();
        long id = project.getJsonNumber("id").longValue();
        assertThat(project.getString("stage")).isEqualTo("RESERVE");
        assertThat(project.getJsonObject("reserve").getString("enteredOn")).isNotEmpty();
        String criteriaPath = "reserve/" + id + "/criteria";
        String assignmentPath = "projects/" + id + "/assignment";
        long version = project.getJsonNumber("version").longValue();

        assertThat(fieldsRefused(officer.put(criteriaPath, Json.createObjectBuilder()
                .add("criteria", Json.createArrayBuilder().add("三通一平")).add("version", version).build())))
                .containsExactly("criteria");
        assertThat(fieldsRefused(officer.put(criteriaPath, Json.createObjectBuilder()
                .add("criteria", "投资主体已明确").add("version", version).build()))).containsExactly("criteria");
        Answer tooEarly = manager.put(assignmentPath, Json.createObjectBuilder().add("reserveTier", "重点库")
                .add("version", version).build());
        assertThat(fieldsRefused(tooEarly)).containsExactly("reserveTier");
        assertThat(tooEarly.body()).contains("投资主体已明确");

        JsonObject confirmed = officer.put(criteriaPath, Json.createObjectBuilder().add("criteria",
                Json.createArrayBuilder().add("投资主体已明确").add("INTENTION_SIGNED")).add("version", version)
                .build()).json();
        assertThat(confirmed.getJsonObject("reserve").getJsonArray("criteria").getValuesAs(JsonObject.class))
                .filteredOn(criterion -> criterion.getBoolean("met"))
                .extracting(criterion -> criterion.getString("criterion"))
                .containsExactly("INVESTOR_IDENTIFIED", "INTENTION_SIGNED");
        assertThat(officer.put(criteriaPath, Json.createObjectBuilder().add("criteria", Json.createArrayBuilder())
                .add("version", version).build()).status()).as("against the version read before").isEqualTo(409);
        long confirmedVersion = confirmed.getJsonNumber("version").longValue();
        assertThat(fieldsRefused(manager.put(assignmentPath, Json.createObjectBuilder().add("reserveTier", "成熟库")
                .add("version", confirmedVersion).build()))).containsExactly("reserveTier");
        JsonObject graded = manager.put(assignmentPath, Json.createObjectBuilder().add("reserveTier", "重点库")
                .add("version", confirmedVersion).build()).json();
        assertThat(graded.getString("reserveTier")).isEqualTo("KEY");
        assertThat(graded.getJsonObject("reserve").getJsonArray("tierMoves").getJsonObject(0).getString("to"))
                .isEqualTo("KEY");
        assertThat(fieldsRefused(officer.put(criteriaPath, Json.createObjectBuilder().add("criteria",
                Json.createArrayBuilder().add("投资主体已明确")).add("version",
                graded.getJsonNumber("version").longValue()).build()))).as("重点库 needs the intention")
                .containsExactly("criteria");

        JsonObject book = manager.get("reserve?size=200").json();
        assertThat(book.getJsonObject("total").getJsonObject("tiers").getJsonObject("KEY").getInt("projects"))
                .isPositive();
        assertThat(book.getJsonObject("projects").getJsonArray("items").getValuesAs(JsonObject.class))
                .filteredOn(listed -> listed.getString("code").equals(code)).singleElement()
                .satisfies(listed -> assertThat(listed.getString("tierName")).isEqualTo("重点库"));
        assertThat(ApiClient.as(base, "officer.shuozhou").get("reserve?size=200").body()).doesNotContain(code);
        assertThat(fieldsRefused(manager.get("reserve?from=2026-13-01"))).containsExactly("from");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(manager.download("reserve/workbook")))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            boolean listed = false;
            for (Row row : workbook.getSheetAt(0)) {
                listed |= row.getCell(1) != null && code.equals(row.getCell(1).getStringCellValue());
            }
            assertThat(listed).as("the 储备项目册 lists the project").isTrue();
        }
        assertThat(ApiClient.as(base, "supervisor.jinzhong").post("reserve",
                Projects.signed(Projects.newCode(), "晋中开发区", "100")).status()).isEqualTo(403);
    }

    @Test
    void aCitySupervisorCannotSendANoticeAboutAnotherCitysProject() {
        long shuozhouProject = ApiClient.as(base, "officer.shuozhou").get("projects?size=1").json()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();

        Answer sent = ApiClient.as(base, "supervisor.jinzhong").post("supervision/notices", Json.createObjectBuilder()
                .add("projectId", shuozhouProject).add("requirement", "请加快进度")
                .add("deadline", ChinaTime.today().plusDays(3).toString()).build());

        assertThat(sent.status()).isEqualTo(404);
    }

    @Test
    void theThreeStallListsOfACitySupervisorHoldOnlyTheirCitysProjectsEachOverItsRule() {
        ApiClient supervisor = ApiClient.as(base, "supervisor.jinzhong");

        List<JsonObject> lists = supervisor.get("supervision/stalls").jsonArray().getValuesAs(JsonObject.class);
        Answer oneKind = supervisor.get("supervision/stalls?kind=SIGNED_NOT_STARTED");
        Answer unknownKind = supervisor.get("supervision/stalls?kind=LATE");

        assertThat(lists).extracting(list -> list.getString("kind"))
                .containsExactly("SIGNED_NOT_STARTED", "STARTED_NOT_PRODUCING", "PRODUCING_NOT_EFFECTIVE");
        JsonObject signed = lists.get(0);
        assertThat(signed.getInt("months")).isEqualTo(6);
        assertThat(signed.getJsonNumber("total").longValue()).isPositive();
        assertThat(signed.getJsonArray("projects").getValuesAs(JsonObject.class)).allSatisfy(project -> {
            assertThat(project.getString("city")).isEqualTo("晋中");
            assertThat(LocalDate.parse(project.getString("since")))
                    .isBefore(ChinaTime.today().minusMonths(6).plusDays(1));
            assertThat(project.getInt("daysOver")).isPositive();
        });
        assertThat(oneKind.jsonArray()).hasSize(1);
        assertThat(unknownKind.status()).isEqualTo(400);
        assertThat(ApiClient.as(base, "officer.jinzhong").get("supervision/stalls").status()).isEqualTo(403);
    }

    @Test
    void onceStartedTheProjectsOfficersReportEachMonthsCompletedInvestmentAsATask() {
        ApiClient officer = ApiClient.as(base, "officer.jinzhong");
        ApiClient manager = ApiClient.as(base, "manager.jinzhong");
        String code = Projects.newCode();
        officer.post("projects", Projects.signed(code, "晋中开发区", "3000"));
        officer.post("tasks/" + Projects.onlyTask(officer, code) + "/complete",
                Json.createObjectBuilder().add("evidence", "开工报告及施工许可证").build());
        manager.post("tasks/" + Projects.onlyTask(manager, code) + "/complete",
                Json.createObjectBuilder().add("decision", "approve").build());
        String report = Projects.taskOf(officer, code, "recordMonthlyProgress");
        String lastMonth = ChinaTime.thisMonth().minusMonths(1).toString();

        Answer negative = officer.post("tasks/" + report + "/complete", Json.createObjectBuilder()
                .add("month", lastMonth).add("completed", "-5").build());
        Answer recorded = officer.post("tasks/" + report + "/complete", Json.createObjectBuilder()
                .add("month", lastMonth).add("completed", "1200.5").add("progress", "主体结构施工").build());

        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("completed");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(204);
        long id = Projects.idOf(officer, code);
        JsonObject investment = officer.get("projects/" + id + "/investment").json();
        assertThat(investment.getJsonArray("months").getJsonObject(0).getString("month")).isEqualTo(lastMonth);
        assertThat(Projects.tasksOf(officer, code, "recordMonthlyProgress")).isEmpty();
    }

    @Test
    void theInboxNarrowsToAZoneOrCityAndSortsInTheDatabase() {
        ApiClient officer = ApiClient.as(base, "officer.jinzhong");
        ApiClient supervisor = ApiClient.as(base, "supervisor.jinzhong");
        ApiClient province = ApiClient.as(base, "supervisor.province");
        officer.post("projects", Projects.signed(Projects.newCode(), "晋中开发区", "3000"));
        int total = officer.get("tasks?size=1").json().getInt("total");

        assertThat(officer.get("tasks?size=1&zone=" + ApiClient.query("晋中开发区")).json().getInt("total"))
                .isEqualTo(total);
        assertThat(officer.get("tasks?size=1&zone=" + ApiClient.query("朔州经济开发区")).json().getInt("total"))
                .as("a zone outside the officer's own narrows to nothing, it opens nothing").isZero();
        List<JsonObject> cityTasks = supervisor.get("tasks?size=200").json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        long inJinzhongZone = cityTasks.stream().filter(task -> task.getString("zone").equals("晋中开发区")).count();
        assertThat(supervisor.get("tasks?size=1&zone=" + ApiClient.query("晋中开发区")).json().getInt("total"))
                .isEqualTo((int) inJinzhongZone);
        assertThat(province.get("tasks?size=200&city=" + ApiClient.query("晋中市")).json().getJsonArray("items")
                .getValuesAs(JsonObject.class)).allSatisfy(task -> assertThat(cityTasks).extracting(t -> t.getString("id"))
                        .contains(task.getString("id")));

        // returned requests and notices first whatever the order, each part in the order asked for
        for (boolean attention : List.of(true, false)) {
            List<String> earliestFirst = dueDates(officer.get("tasks?size=50&sort=due").json(), attention);
            List<String> latestFirst = dueDates(officer.get("tasks?size=50&sort=due&descending=true").json(),
                    attention);
            assertThat(earliestFirst).isSortedAccordingTo(Comparator.naturalOrder());
            assertThat(latestFirst).isSortedAccordingTo(Comparator.reverseOrder());
            List<String> newestFirst = officer.get("tasks?size=50&sort=created&descending=true").json()
                    .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(task -> task.getBoolean("needsAttention") == attention)
                    .map(task -> task.getString("created")).toList();
            assertThat(newestFirst).isSortedAccordingTo(Comparator.reverseOrder());
        }
        List<Boolean> attentionFirst = officer.get("tasks?size=50&sort=due&descending=true").json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(task -> !task.getBoolean("needsAttention")).toList();
        assertThat(attentionFirst).isSorted();
        Answer unknown = officer.get("tasks?sort=priority");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("sort");
        Answer unknownZone = officer.get("tasks?zone=" + ApiClient.query("火星开发区"));
        assertThat(unknownZone.status()).isEqualTo(400);
        assertThat(unknownZone.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("zone");
    }

    private static List<String> dueDates(JsonObject page, boolean needingAttention) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(task -> task.getBoolean("needsAttention") == needingAttention)
                .filter(task -> task.containsKey("due")).map(task -> task.getString("due")).toList();
    }

    @Test
    void officersAndManagersRegisteringAndMovingProjectsAllAtOnceEachSucceed() throws Exception {
        ApiClient officer = ApiClient.as(base, "officer.jinzhong");
        ApiClient manager = ApiClient.as(base, "manager.jinzhong");
        ExecutorService users = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> moved = IntStream.range(0, 12).mapToObj(project -> users.submit(() -> {
                String code = Projects.newCode();
                assertThat(officer.post("projects", Projects.signed(code, "晋中开发区", "3000")).status()).isEqualTo(201);
                assertThat(officer.post("tasks/" + Projects.taskOf(officer, code, "requestStageMove") + "/complete",
                        Json.createObjectBuilder().add("evidence", "施工许可证").build()).status()).isEqualTo(204);
                assertThat(manager.post("tasks/" + Projects.taskOf(manager, code, "approveStageMove") + "/complete",
                        Json.createObjectBuilder().add("decision", "approve").build()).status()).isEqualTo(204);
                return code;
            })).toList();
            for (Future<String> project : moved) {
                String code = project.get(2, TimeUnit.MINUTES);
                assertThat(officer.get("projects/" + Projects.idOf(officer, code)).json().getString("stage"))
                        .isEqualTo("STARTED");
            }
        } finally {
            users.shutdownNow();
        }
    }

    @Test
    void anotherZonesTaskCannotBeClaimed() {
        String code = Projects.newCode();
        ApiClient.as(base, "officer.jinzhong").post("projects", Projects.signed(code, "晋中开发区", "100"));
        String task = Projects.onlyTask(ApiClient.as(base, "officer.jinzhong"), code);

        assertThat(ApiClient.as(base, "officer.shuozhou").post("tasks/" + task + "/claim").status()).isEqualTo(404);
    }

    @Test
    void apiClientsWithoutValidCredentialsGetAChallengeNotALoginPage() {
        Answer wrongPassword = ApiClient.withPassword(base, "officer.jinzhong", "wrong").get("projects");

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.body()).doesNotContain("<html");
    }

    /**
     * 企业账号邀请 over the API: the code only in the answer that issued it, never in the list; revoked once, then
     * refused; a blank contact refused with nothing written; another zone's officer finds neither project nor
     * invitation.
     */
    @Test
    void anInvitationShowsItsCodeOnceIsRevokedOnceAndStaysInItsZone() {
        ApiClient officer = ApiClient.as(base, "officer.jinzhong");
        String code = Projects.newCode();
        officer.post("projects", Projects.signed(code, "晋中开发区", "3000"));
        long id = Projects.idOf(officer, code);

        Answer blank = officer.post("projects/" + id + "/invitations", Json.createObjectBuilder()
                .add("contactName", " ").build());
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("contactName");
        assertThat(officer.get("projects/" + id + "/invitations").jsonArray()).isEmpty();

        Answer issued = officer.post("projects/" + id + "/invitations", Json.createObjectBuilder()
                .add("contactName", "<i>张经理</i>").build());
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        assertThat(issued.json().getString("code")).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(issued.json().getString("status")).isEqualTo("VALID");
        long invitation = issued.json().getJsonNumber("id").longValue();
        JsonObject listed = officer.get("projects/" + id + "/invitations").jsonArray().getJsonObject(0);
        assertThat(listed.getString("contactName")).isEqualTo("<i>张经理</i>");
        assertThat(listed.containsKey("code") && !listed.isNull("code")).as("the code is not kept").isFalse();

        ApiClient shuozhou = ApiClient.as(base, "officer.shuozhou");
        assertThat(shuozhou.get("projects/" + id + "/invitations").status()).isEqualTo(404);
        assertThat(shuozhou.delete("projects/" + id + "/invitations/" + invitation).status()).isEqualTo(404);
        assertThat(officer.delete("projects/" + id + "/invitations/" + (invitation + 100_000)).status())
                .isEqualTo(404);
        Answer revoked = officer.delete("projects/" + id + "/invitations/" + invitation);
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
        assertThat(revoked.json().getString("status")).isEqualTo("REVOKED");
        Answer again = officer.delete("projects/" + id + "/invitations/" + invitation);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).contains("不再有效");
        assertThat(ApiClient.as(base, "supervisor.jinzhong").post("projects/" + id + "/invitations",
                Json.createObjectBuilder().add("contactName", "张经理").build()).status())
                .as("the zone invites; its supervisors do not").isEqualTo(403);
    }

    /**
     * 好差评 over the portal's API: a procedure not closed, an unknown one and a level out of the five are refused
     * naming each field, with nothing written; a satisfied rating of a closed procedure is kept and sends nothing to
     * the zone.
     */
    @Test
    void anEnterpriseRatesOnlyAClosedProcedureOnTheFiveLevels() {
        ApiClient enterprise = ApiClient.as(base, "enterprise.demo");
        JsonObject own = enterprise.get("portal/projects").json().getJsonArray("projects").getJsonObject(0);
        long id = own.getJsonNumber("id").longValue();
        List<JsonObject> procedures = own.getJsonObject("agency").getJsonArray("procedures")
                .getValuesAs(JsonObject.class);
        String closed = procedures.stream().filter(p -> p.getString("status").equals("CLOSED")).findFirst()
                .orElseThrow().getString("code");
        String open = procedures.stream().filter(p -> !p.getString("status").equals("CLOSED")
                && !p.getString("status").equals("WAIVED")).findFirst().orElseThrow().getString("code");
        int ratingsBefore = enterprise.get("portal/projects/" + id + "/ratings").jsonArray().size();
        int problemsBefore = ApiClient.as(base, "officer.jinzhong").get("projects/" + id + "/problems").jsonArray()
                .size();

        Answer notClosed = enterprise.post("portal/projects/" + id + "/ratings", Json.createObjectBuilder()
                .add("procedure", open).add("overall", 7).add("efficiency", 5).add("guideAccuracy", 5)
                .add("convenience", 5).build());
        assertThat(notClosed.status()).isEqualTo(400);
        assertThat(notClosed.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("field"))
                .containsExactlyInAnyOrder("procedure", "overall", "platform");
        assertThat(enterprise.post("portal/projects/" + id + "/ratings", Json.createObjectBuilder()
                .add("procedure", "NO_SUCH").add("overall", 5).add("efficiency", 5).add("guideAccuracy", 5)
                .add("convenience", 5).add("platform", 5).build()).status()).isEqualTo(400);
        assertThat(enterprise.get("portal/projects/" + id + "/ratings").jsonArray()).hasSize(ratingsBefore);

        Answer rated = enterprise.post("portal/projects/" + id + "/ratings", Json.createObjectBuilder()
                .add("procedure", closed).add("overall", "SATISFIED").add("efficiency", 5).add("guideAccuracy", 4)
                .add("convenience", 4).add("platform", 5).build());
        assertThat(rated.status()).as(rated.body()).isEqualTo(201);
        assertThat(rated.json().getString("overall")).isEqualTo("SATISFIED");
        assertThat(rated.json().containsKey("rectification")).as("a good rating sends nothing to the zone").isFalse();
        assertThat(ApiClient.as(base, "officer.jinzhong").get("projects/" + id + "/problems").jsonArray())
                .hasSize(problemsBefore);
        assertThat(ApiClient.as(base, "officer.jinzhong").post("portal/projects/" + id + "/ratings",
                Json.createObjectBuilder().add("overall", 5).build()).status())
                .as("the zone does not rate itself").isEqualTo(403);
    }

    /**
     * 差评回访 over the API: the zone goes back to the enterprise after its 差评 and records the visit on the 服务整改
     * problem — refused naming each wrong field, on a problem that rectifies no 差评, for a supervisor, for the
     * enterprise and for another city, with nothing written; recorded, it is in the problem's history and the
     * enterprise's rating says since when it was visited back.
     */
    @Test
    void theZoneRecordsItsReturnVisitAfterABadRatingAndTheEnterpriseSeesWhen() {
        ApiClient enterprise = ApiClient.as(base, "enterprise.demo");
        ApiClient officer = ApiClient.as(base, "officer.jinzhong");
        String code = Projects.agreedForTheDemoEnterprise(officer, false);
        long id = Projects.idOf(officer, code);
        Answer rated = enterprise.post("portal/projects/" + id + "/ratings", Json.createObjectBuilder()
                .add("overall", "VERY_DISSATISFIED").add("efficiency", 1).add("guideAccuracy", 3)
                .add("convenience", 2).add("platform", 4).add("comment", "代办员答复太慢").build());
        assertThat(rated.status()).as(rated.body()).isEqualTo(201);
        List<JsonObject> problems = officer.get("projects/" + id + "/problems").jsonArray()
                .getValuesAs(JsonObject.class);
        assertThat(problems).extracting(problem -> problem.getBoolean("rectifiesBadRating")).containsExactly(true);
        long rectification = problems.get(0).getJsonNumber("id").longValue();
        long other = officer.post("projects/" + id + "/problems", Json.createObjectBuilder().add("category", "OTHER")
                .add("description", "不是差评").build()).json().getJsonNumber("id").longValue();
        String visits = "problems/" + rectification + "/return-visits";
        LocalDate today = ChinaTime.today();
        JsonObject visit = Json.createObjectBuilder().add("visitedOn", today.toString()).add("way", "PHONE")
                .add("visited", "王经理").add("finding", "情况属实，已改为专人对接，企业表示满意").build();

        assertThat(fieldsRefused(officer.post(visits, Json.createObjectBuilder()
                .add("visitedOn", today.plusDays(1).toString()).add("way", "LETTER").add("visited", " ").build())))
                .containsExactlyInAnyOrder("visitedOn", "way", "visited", "finding");
        assertThat(fieldsRefused(officer.post(visits, Json.createObjectBuilder(visit)
                .add("visitedOn", today.minusDays(1).toString()).build()))).as("before the 差评")
                .containsExactly("visitedOn");
        assertThat(fieldsRefused(officer.post("problems/" + other + "/return-visits", visit)))
                .containsExactly("problem");
        assertThat(ApiClient.as(base, "supervisor.jinzhong").post(visits, visit).status()).isEqualTo(403);
        assertThat(enterprise.post(visits, visit).status()).isEqualTo(403);
        assertThat(ApiClient.as(base, "officer.shuozhou").post(visits, visit).status()).isEqualTo(404);
        assertThat(officer.get("problems/" + rectification).json().getJsonArray("entries"))
                .as("nothing written on refusal").hasSize(1);
        assertThat(enterprise.get("portal/projects/" + id + "/ratings").jsonArray().getJsonObject(0)
                .containsKey("returnVisitedOn")).isFalse();

        Answer recorded = ApiClient.as(base, "manager.jinzhong").post(visits, visit);

        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        JsonObject entry = recorded.json().getJsonArray("entries").getJsonObject(1);
        assertThat(List.of(entry.getString("kind"), entry.getString("visitedOn"), entry.getString("visitWay"),
                entry.getString("visited"), entry.getString("text"))).containsExactly("RETURN_VISIT",
                today.toString(), "PHONE", "王经理", "情况属实，已改为专人对接，企业表示满意");
        assertThat(recorded.json().getString("status")).as("the rectification goes on its way").isEqualTo("RAISED");
        assertThat(enterprise.get("portal/projects/" + id + "/ratings").jsonArray().getJsonObject(0)
                .getString("returnVisitedOn")).isEqualTo(today.toString());
    }

    @Test
    void anEnterpriseSubmitsMaterialsThatTheOfficerReturnsWithTheReasonAndAcceptsWhenUploadedAgain() {
        ApiClient enterprise = ApiClient.as(base, "enterprise.demo");
        ApiClient officer = ApiClient.as(base, "officer.jinzhong");
        JsonObject own = enterprise.get("portal/projects").json().getJsonArray("projects").getJsonObject(0);
        long id = own.getJsonNumber("id").longValue();
        String code = own.getString("code");
        List<JsonObject> procedures = own.getJsonObject("agency").getJsonArray("procedures")
                .getValuesAs(JsonObject.class);
        List<String> collecting = Projects.tasksOf(officer, code, "collectMaterials").stream()
                .map(task -> task.getString("name")).toList();
        JsonObject taking = procedures.stream().filter(p -> p.getBoolean("takesMaterials"))
                .filter(p -> collecting.stream().anyMatch(name -> name.endsWith(p.getString("name"))))
                .findFirst().orElseThrow();
        String notTaking = procedures.stream().filter(p -> !p.getBoolean("takesMaterials")).findFirst().orElseThrow()
                .getString("code");
        String step = Projects.procedureStep(officer, code, "collectMaterials", taking.getString("name"));
        String materials = "portal/projects/" + id + "/materials";
        int before = enterprise.get(materials).jsonArray().size();

        assertThat(enterprise.upload(materials + "?procedure=NO_SUCH&name=a.png", Projects.png(), "image/png")
                .json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("procedure");
        Answer withTheDepartment = enterprise.upload(materials + "?procedure=" + notTaking + "&name=a.png",
                Projects.png(), "image/png");
        assertThat(withTheDepartment.status()).as(withTheDepartment.body()).isEqualTo(400);
        Answer notAPicture = enterprise.upload(materials + "?procedure=" + taking.getString("code")
                + "&name=" + ApiClient.query("营业执照.png"), "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), "image/png");
        assertThat(notAPicture.status()).isEqualTo(400);
        assertThat(notAPicture.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("file");
        assertThat(officer.upload("portal/projects/" + id + "/materials?procedure=" + taking.getString("code"),
                Projects.png(), "image/png").status()).as("the zone attaches at its own steps").isEqualTo(403);
        assertThat(enterprise.get(materials).jsonArray()).as("nothing written on refusal").hasSize(before);

        Answer submitted = enterprise.uploadForm(materials + "?procedure=" + taking.getString("code"), "file",
                "营业执照.png", Projects.png());
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        assertThat(submitted.json().getString("state")).isEqualTo("SUBMITTED");
        long first = submitted.json().getJsonNumber("id").longValue();
        assertThat(officer.get("tasks/" + step + "/enterprise-materials").jsonArray().getValuesAs(JsonObject.class))
                .extracting(material -> material.getJsonNumber("id").longValue()).contains(first);

        Answer notYet = officer.post("tasks/" + step + "/complete", Json.createObjectBuilder().build());
        assertThat(notYet.status()).as("materials are not complete while one waits").isEqualTo(400);
        assertThat(notYet.body()).contains("营业执照.png");
        Answer noReason = officer.post("tasks/" + step + "/enterprise-materials/" + first + "/return",
                Json.createObjectBuilder().add("reason", "  ").build());
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("reason");
        Answer returned = officer.post("tasks/" + step + "/enterprise-materials/" + first + "/return",
                Json.createObjectBuilder().add("reason", "<b>缺少盖章页</b>").build());
        assertThat(returned.status()).as(returned.body()).isEqualTo(200);
        assertThat(returned.json().getString("state")).isEqualTo("RETURNED");
        assertThat(officer.post("tasks/" + step + "/enterprise-materials/" + first + "/accept").status())
                .as("decided once").isEqualTo(409);

        JsonObject toDo = enterprise.get("portal/projects").json().getJsonArray("toDo").getValuesAs(JsonObject.class)
                .stream().filter(item -> item.containsKey("returned")).findFirst().orElseThrow();
        assertThat(toDo.getJsonObject("returned").getString("reason")).isEqualTo("<b>缺少盖章页</b>");
        long again = enterprise.upload(materials + "?procedure=" + taking.getString("code") + "&name="
                + ApiClient.query("营业执照（盖章）.png"), Projects.png(), "image/png").json().getJsonNumber("id")
                .longValue();
        assertThat(enterprise.get("portal/projects").json().getJsonArray("toDo").getValuesAs(JsonObject.class))
                .as("uploaded again, nothing left to do about it").noneMatch(item -> item.containsKey("returned"));
        Answer accepted = officer.post("tasks/" + step + "/enterprise-materials/" + again + "/accept");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(enterprise.get(materials).jsonArray().getValuesAs(JsonObject.class))
                .extracting(material -> material.getString("fileName") + " " + material.getString("state"))
                .startsWith("营业执照（盖章）.png ACCEPTED", "营业执照.png RETURNED");
        assertThat(ApiClient.as(base, "officer.shuozhou").post("tasks/" + step + "/enterprise-materials/" + again
                + "/accept").status()).as("another zone's step does not exist for it").isEqualTo(404);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() {
        ApiClient wrong = ApiClient.withPassword(base, "manager.shuozhou", "not-the-password");
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(wrong.get("cities").status()).isEqualTo(401);
        }

        Answer right = ApiClient.as(base, "manager.shuozhou").get("cities");

        assertThat(right.status()).isEqualTo(401);
        assertThat(right.contentType()).startsWith("application/problem+json");
    }

    /** From 127.0.0.2 only, which no other test uses: the throttle holds that address for a quarter of an hour. */
    @Test
    void anAddressGuessingAcrossAccountsIsHeldOffWhileOtherAddressesSignInAsBefore() {
        FromAddress guesser = new FromAddress("127.0.0.2", base);
        for (int attempt = 0; attempt < SignInThrottle.FAILURES_ALLOWED; attempt++) {
            assertThat(guesser.get("cities", "guess" + attempt, "Guess#" + attempt).status()).isEqualTo(401);
        }

        FromAddress.Reply rightPassword = guesser.get("cities", "officer.jinzhong", ApiClient.DEMO_PASSWORD);
        Answer elsewhere = ApiClient.as(base, "officer.jinzhong").get("cities");

        assertThat(rightPassword.status()).isEqualTo(429);
        assertThat(Integer.parseInt(rightPassword.retryAfter())).isPositive()
                .isLessThanOrEqualTo((int) SignInThrottle.WINDOW.toSeconds());
        assertThat(rightPassword.body()).contains("登录失败次数过多");
        assertThat(elsewhere.status()).as("the account itself is not locked").isEqualTo(200);
    }

    /**
     * 127.0.0.3 plays the reverse proxy the IT runs trust (ZONEFLOW_TRUSTED_PROXIES); 127.0.0.4 is a client that
     * writes the header itself. Neither address is used by any other test.
     */
    @Test
    void behindTheTrustedProxyEachClientIsThrottledAndAuditedByItsOwnAddressAndAForgedHeaderCountsForNothing() {
        FromAddress proxy = new FromAddress("127.0.0.3", base);
        String guesser = "198.51.100.20";
        String user = "guess-" + ThreadLocalRandom.current().nextInt(1_000_000);
        for (int attempt = 0; attempt < SignInThrottle.FAILURES_ALLOWED; attempt++) {
            assertThat(proxy.get("cities", user, "Guess#" + attempt, guesser).status()).isEqualTo(401);
        }

        int guesserAgain = proxy.get("cities", "officer.jinzhong", ApiClient.DEMO_PASSWORD, guesser).status();
        int colleague = proxy.get("cities", "officer.jinzhong", ApiClient.DEMO_PASSWORD, "198.51.100.21").status();
        int forged = new FromAddress("127.0.0.4", base)
                .get("cities", "officer.jinzhong", ApiClient.DEMO_PASSWORD, guesser).status();

        assertThat(guesserAgain).isEqualTo(429);
        assertThat(colleague).as("another client behind the same proxy").isEqualTo(200);
        assertThat(forged).as("a header from an untrusted address names nobody").isEqualTo(200);
        assertThat(ApiClient.as(base, "auditor").get("audit?action=LOGIN&actor=" + user).json().getJsonArray("items")
                .getValuesAs(JsonObject.class)).extracting(entry -> entry.getString("address"))
                .hasSize(SignInThrottle.FAILURES_ALLOWED).containsOnly(guesser);
    }

    /** 127.0.0.3 again as the trusted proxy, which appends its own header line to the one the client wrote. */
    @Test
    void aClientsOwnForwardedForLineBeforeTheProxysIsNotBelieved() {
        String user = "guess-" + ThreadLocalRandom.current().nextInt(1_000_000);

        int status = new FromAddress("127.0.0.3", base)
                .get("cities", user, "Guess#1", "203.0.113.66\n198.51.100.30").status();

        assertThat(status).isEqualTo(401);
        assertThat(ApiClient.as(base, "auditor").get("audit?action=LOGIN&actor=" + user).json().getJsonArray("items")
                .getValuesAs(JsonObject.class)).extracting(entry -> entry.getString("address"))
                .containsExactly("198.51.100.30");
    }

    @Test
    void aZonesManagerNamesTheLeaderInChargeAgainstTheVersionTheyReadAndATierOnlyInReserve() {
        ApiClient officer = ApiClient.as(base, "officer.jinzhong");
        ApiClient manager = ApiClient.as(base, "manager.jinzhong");
        String code = Projects.newCode();
        officer.post("projects", Projects.signed(code, "晋中开发区", "20000"));
        long id = Projects.idOf(officer, code);
        String path = "projects/" + id + "/assignment";
        long version = manager.get("projects/" + id).json().getJsonNumber("version").longValue();

        Answer tierWhenSigned = manager.put(path, Json.createObjectBuilder().add("leaderInCharge", "王建国")
                .add("reserveTier", "重点库").add("version", version).build());
        assertThat(tierWhenSigned.status()).isEqualTo(400);
        assertThat(tierWhenSigned.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("reserveTier");
        assertThat(officer.put(path, Json.createObjectBuilder().add("leaderInCharge", "王建国")
                .add("version", version).build()).status()).isEqualTo(403);

        JsonObject assigned = manager.put(path, Json.createObjectBuilder().add("leaderInCharge", "王建国（管委会副主任）")
                .add("version", version).build()).json();
        assertThat(assigned.getString("leaderInCharge")).isEqualTo("王建国（管委会副主任）");
        assertThat(assigned.getJsonNumber("version").longValue()).isGreaterThan(version);
        Answer stale = manager.put(path, Json.createObjectBuilder().add("leaderInCharge", "李四")
                .add("version", version).build());
        assertThat(stale.status()).as("a change made since the version read").isEqualTo(409);
        assertThat(officer.get("projects/" + id).json().getString("leaderInCharge")).isEqualTo("王建国（管委会副主任）");
    }

    @Test
    void aLeaderPutInChargeSeesOnlyTheProjectsTheyLeadAndRecordsTheVisitsToThem() {
        ApiClient officer = ApiClient.as(base, "officer.jinzhong");
        ApiClient manager = ApiClient.as(base, "manager.jinzhong");
        ApiClient leader = ApiClient.as(base, "leader.jinzhong");
        ApiClient supervisor = ApiClient.as(base, "supervisor.jinzhong");
        String code = Projects.newCode();
        String otherCode = Projects.newCode();
        officer.post("projects", Projects.signed(code, "晋中开发区", "20000"));
        officer.post("projects", Projects.signed(otherCode, "晋中开发区", "3000"));
        long id = Projects.idOf(officer, code);
        long other = Projects.idOf(officer, otherCode);
        String path = "projects/" + id + "/assignment";
        long version = manager.get("projects/" + id).json().getJsonNumber("version").longValue();

        assertThat(fieldsRefused(manager.put(path, Json.createObjectBuilder().add("leaderAccount", "officer.jinzhong")
                .add("version", version).build()))).as("an officer's account leads nothing")
                .containsExactly("leaderAccount");
        assertThat(fieldsRefused(manager.put(path, Json.createObjectBuilder().add("leaderAccount", "nobody.here")
                .add("version", version).build()))).containsExactly("leaderAccount");
        JsonObject assigned = manager.put(path, Json.createObjectBuilder().add("leaderAccount", "leader.jinzhong")
                .add("version", version).build()).json();
        assertThat(assigned.getString("leaderAccount")).isEqualTo("leader.jinzhong");
        assertThat(assigned.getString("leaderInCharge")).as("the account's name").isEqualTo("晋中市包联领导");
        assertThat(manager.get("projects?leader=leader.jinzhong&q=" + code).json().getInt("total")).isEqualTo(1);
        assertThat(manager.get("projects?leader=leader.jinzhong&q=" + otherCode).json().getInt("total")).isZero();

        List<JsonObject> led = leader.get("leader/projects?size=200").json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertThat(led).extracting(project -> project.getString("code")).contains(code).doesNotContain(otherCode);
        JsonObject mine = led.stream().filter(project -> project.getString("code").equals(code)).findFirst()
                .orElseThrow();
        assertThat(mine.getString("stage")).isEqualTo("SIGNED");
        assertThat(mine.get("lastVisit")).as("not visited yet").isNull();
        assertThat(leader.get("projects/" + id).status()).isEqualTo(200);
        assertThat(leader.get("projects/" + other).status()).as("a project they do not lead").isEqualTo(404);
        assertThat(leader.get("projects?size=1").status()).as("the zone's project list").isEqualTo(403);
        assertThat(officer.get("leader/projects").status()).isEqualTo(403);

        String visits = "projects/" + id + "/visits";
        Answer wrong = leader.post(visits, Json.createObjectBuilder()
                .add("visitedOn", ChinaTime.today().plusDays(1).toString()).add("visitors", " ")
                .add("met", "总经理").add("asked", "用电增容").build());
        assertThat(fieldsRefused(wrong)).containsExactlyInAnyOrder("visitedOn", "visitors");
        assertThat(officer.get(visits).jsonArray()).as("nothing written on refusal").isEmpty();
        Answer recorded = leader.post(visits, Json.createObjectBuilder()
                .add("visitedOn", ChinaTime.today().toString()).add("visitors", "晋中市包联领导、开发区招商局")
                .add("met", "总经理张三").add("asked", "用电增容<script>alert(1)</script>")
                .add("followUp", "供电公司下周现场办理").build());
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(recorded.json().getString("leader")).isEqualTo("晋中市包联领导");
        assertThat(fieldsRefused(leader.post(visits, Json.createObjectBuilder()
                .add("visitedOn", ChinaTime.today().toString()).add("visitors", "晋中市包联领导").add("met", "总经理张三")
                .add("asked", "用地指标").add("problemCategory", "NOPE").build()))).containsExactly("problemCategory");
        assertThat(officer.get(visits).jsonArray()).as("neither the visit nor a problem written").hasSize(1);
        Answer raising = leader.post(visits, Json.createObjectBuilder()
                .add("visitedOn", ChinaTime.today().toString()).add("visitors", "晋中市包联领导").add("met", "总经理张三")
                .add("asked", "用地指标不足").add("problemCategory", "LAND").build());
        assertThat(raising.status()).as(raising.body()).isEqualTo(201);
        assertThat(raising.json().getJsonArray("problemsRaised").getString(0)).isEqualTo("土地");
        JsonObject raisedOnVisit = officer.get("projects/" + id + "/problems").jsonArray().getJsonObject(0);
        assertThat(raisedOnVisit.getString("description")).isEqualTo("用地指标不足");
        assertThat(raisedOnVisit.getString("visitedOn")).isEqualTo(ChinaTime.today().toString());
        assertThat(raisedOnVisit.getString("raisedBy")).isEqualTo("leader.jinzhong");
        long onVisit = raisedOnVisit.getJsonNumber("id").longValue();
        assertThat(manager.post("tasks/" + Projects.taskOf(manager, code, "acceptProblem") + "/complete",
                Json.createObjectBuilder().add("decision", "assign").add("responsible", "自然资源局").build()).status())
                .isEqualTo(204);
        assertThat(officer.post("tasks/" + Projects.taskOf(officer, code, "handleProblem") + "/complete",
                Json.createObjectBuilder().add("decision", "answer").add("answer", "已调剂用地指标").build()).status())
                .isEqualTo(204);
        List<JsonObject> leadersTasks = leader.get("tasks?project=" + code).json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertThat(leadersTasks).as("a leader's only task is confirming what they raised")
                .extracting(task -> task.getString("taskType")).containsExactly("confirmProblem");
        assertThat(leader.post("tasks/" + leadersTasks.get(0).getString("id") + "/complete",
                Json.createObjectBuilder().add("decision", "solve").build()).status()).isEqualTo(204);
        assertThat(officer.get("problems/" + onVisit).json().getString("status")).isEqualTo("SOLVED");

        JsonObject kept = officer.get(visits).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(visit -> visit.getString("met").equals("总经理张三") && visit.getString("asked").startsWith("用电"))
                .findFirst().orElseThrow();
        assertThat(kept.getString("asked")).as("kept as typed").isEqualTo("用电增容<script>alert(1)</script>");
        assertThat(kept.getString("recordedBy")).isEqualTo("leader.jinzhong");
        assertThat(supervisor.get(visits).jsonArray()).hasSize(2);
        assertThat(supervisor.post(visits, Json.createObjectBuilder().add("visitedOn", ChinaTime.today().toString())
                .add("visitors", "督办").add("met", "经理").add("asked", "无").build()).status())
                .as("supervisors read visits; the zone and the leader make them").isEqualTo(403);
        assertThat(leader.post("projects/" + other + "/visits", Json.createObjectBuilder()
                .add("visitedOn", ChinaTime.today().toString()).add("visitors", "我").add("met", "经理")
                .add("asked", "无").build()).status()).isEqualTo(404);
        assertThat(leader.get("leader/projects?size=200").json().getJsonArray("items").getValuesAs(JsonObject.class))
                .filteredOn(project -> project.getString("code").equals(code)).singleElement()
                .satisfies(project -> assertThat(project.getString("lastVisit"))
                        .isEqualTo(ChinaTime.today().toString()));
        List<JsonObject> leaders = supervisor.get("reports/problems?scope=" + ApiClient.query("zone:晋中开发区")).json()
                .getJsonArray("leaders").getValuesAs(JsonObject.class);
        assertThat(leaders).filteredOn(work -> work.getString("username").equals("leader.jinzhong")).singleElement()
                .satisfies(work -> {
                    assertThat(work.getInt("projectsLed")).as("the demo's three and this one").isGreaterThan(3);
                    assertThat(work.getInt("visits")).isPositive();
                });
        assertThat(ApiClient.as(base, "auditor").get("audit?action=VISIT_RECORDED&actor=leader.jinzhong").json()
                .getJsonArray("items").getValuesAs(JsonObject.class))
                .anySatisfy(entry -> assertThat(entry.getString("objectId")).isEqualTo(code));
    }

    @Test
    void aProblemIsAcceptedAnsweredReopenedPassedToTheCityAndSolvedOnlyWhenItsRaiserSaysSo() {
        ApiClient officer = ApiClient.as(base, "officer.jinzhong");
        ApiClient manager = ApiClient.as(base, "manager.jinzhong");
        ApiClient raiser = ApiClient.as(base, "supervisor.jinzhong");
        String code = Projects.newCode();
        officer.post("projects", Projects.signed(code, "晋中开发区", "8000"));
        long id = Projects.idOf(officer, code);
        String problems = "projects/" + id + "/problems";

        assertThat(fieldsRefused(raiser.post(problems, Json.createObjectBuilder().add("category", "NOPE")
                .add("description", " ").build()))).containsExactlyInAnyOrder("category", "description");
        assertThat(ApiClient.as(base, "officer.shuozhou").post(problems, Json.createObjectBuilder()
                .add("category", "LAND").add("description", "外市").build()).status()).isEqualTo(404);
        assertThat(officer.get(problems).jsonArray()).as("nothing written on refusal").isEmpty();
        assertThat(raiser.get("problems/categories").jsonArray().getValuesAs(JsonObject.class))
                .extracting(category -> category.getString("name")).contains("土地", "水电气暖", "其他");
        Answer raised = raiser.post(problems, Json.createObjectBuilder().add("category", "UTILITIES")
                .add("description", "用电增容<b>未批</b>").build());
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        long problem = raised.json().getJsonNumber("id").longValue();
        assertThat(raised.json().getString("status")).isEqualTo("RAISED");
        assertThat(raised.json().getString("description")).as("kept as typed").isEqualTo("用电增容<b>未批</b>");
        assertThat(officer.get("projects?openProblems=true&q=" + code).json().getInt("total"))
                .as("listed among the projects with open problems").isEqualTo(1);

        String accept = Projects.taskOf(manager, code, "acceptProblem");
        assertThat(fieldsRefused(manager.post("tasks/" + accept + "/complete", Json.createObjectBuilder()
                .add("decision", "assign").add("responsible", "市供电公司")
                .add("deadline", ChinaTime.today().minusDays(1).toString()).build()))).containsExactly("deadline");
        assertThat(officer.get("problems/" + problem).json().getString("status")).isEqualTo("RAISED");
        assertThat(manager.post("tasks/" + accept + "/complete", Json.createObjectBuilder().add("decision", "assign")
                .add("responsible", "市供电公司").add("immediate", "true").build()).status()).isEqualTo(204);
        JsonObject accepted = officer.get("problems/" + problem).json();
        assertThat(accepted.getString("status")).isEqualTo("IN_HAND");
        assertThat(accepted.getString("deadline")).as("马上办: due today").isEqualTo(ChinaTime.today().toString());

        String handle = Projects.taskOf(officer, code, "handleProblem");
        assertThat(officer.post("problems/" + problem + "/notes", Json.createObjectBuilder()
                .add("text", "已与供电公司对接").build()).status()).isEqualTo(200);
        assertThat(fieldsRefused(officer.post("tasks/" + handle + "/complete",
                Json.createObjectBuilder().add("decision", "answer").build()))).containsExactly("answer");
        assertThat(officer.post("tasks/" + handle + "/complete", Json.createObjectBuilder().add("decision", "answer")
                .add("answer", "已批复增容").build()).status()).isEqualTo(204);

        String confirm = Projects.taskOf(raiser, code, "confirmProblem");
        assertThat(manager.post("tasks/" + confirm + "/complete", Json.createObjectBuilder()
                .add("decision", "solve").build()).status()).as("only its raiser confirms").isEqualTo(404);
        assertThat(fieldsRefused(raiser.post("tasks/" + confirm + "/complete",
                Json.createObjectBuilder().add("decision", "reopen").build()))).containsExactly("reason");
        assertThat(raiser.post("tasks/" + confirm + "/complete", Json.createObjectBuilder().add("decision", "reopen")
                .add("reason", "批复了但未送电").build()).status()).isEqualTo(204);
        assertThat(officer.post("tasks/" + Projects.taskOf(officer, code, "handleProblem") + "/complete",
                Json.createObjectBuilder().add("decision", "escalate").add("reason", "需市级电网改造").build()).status())
                .isEqualTo(204);
        JsonObject escalated = raiser.get("problems/" + problem).json();
        assertThat(escalated.getString("level")).isEqualTo("CITY");
        assertThat(escalated.getString("openStep")).as("the city's step is the supervisor's to work on").isNotEmpty();
        assertThat(raiser.post("tasks/" + Projects.taskOf(raiser, code, "coordinateInCity") + "/complete",
                Json.createObjectBuilder().add("decision", "answer").add("answer", "市供电公司已送电").build()).status())
                .isEqualTo(204);
        assertThat(raiser.post("tasks/" + Projects.taskOf(raiser, code, "confirmProblem") + "/complete",
                Json.createObjectBuilder().add("decision", "solve").build()).status()).isEqualTo(204);

        assertThat(officer.get("projects?openProblems=true&q=" + code).json().getInt("total")).isZero();
        assertThat(officer.get("projects?openProblems=false&q=" + code).json().getInt("total")).isEqualTo(1);
        JsonObject solved = officer.get(problems).jsonArray().getJsonObject(0);
        assertThat(solved.getString("status")).isEqualTo("SOLVED");
        assertThat(solved.getInt("rounds")).isEqualTo(2);
        assertThat(solved.getString("solvedOn")).isEqualTo(ChinaTime.today().toString());
        assertThat(solved.getJsonArray("entries").getValuesAs(JsonObject.class))
                .extracting(entry -> entry.getString("kind")).containsExactly("RAISED", "ACCEPTED", "NOTE",
                        "ANSWERED", "REOPENED", "ESCALATED", "ANSWERED", "SOLVED");
        assertThat(ApiClient.as(base, "auditor").get("audit?action=PROBLEM_SOLVED&actor=supervisor.jinzhong").json()
                .getJsonArray("items").getValuesAs(JsonObject.class))
                .anySatisfy(entry -> assertThat(entry.getString("objectId")).isEqualTo(code));

        String zone = "scope=" + ApiClient.query("zone:晋中开发区");
        JsonObject figures = raiser.get("reports/problems?" + zone).json();
        JsonObject utilities = figures.getJsonArray("categories").getValuesAs(JsonObject.class).stream()
                .filter(category -> category.getString("code").equals("UTILITIES")).findFirst().orElseThrow();
        assertThat(utilities.getJsonObject("counts").getInt("solved")).isPositive();
        assertThat(figures.getJsonObject("total").getJsonObject("counts").getInt("raised"))
                .isGreaterThanOrEqualTo(utilities.getJsonObject("counts").getInt("raised"));
        assertThat(ApiClient.as(base, "officer.shuozhou").get("reports/problems?" + zone).status())
                .as("another zone's figures").isEqualTo(403);
        try (XSSFWorkbook ledger = new XSSFWorkbook(new ByteArrayInputStream(
                raiser.download("reports/problems/workbook?" + zone)))) {
            List<String> descriptions = new ArrayList<>();
            ledger.getSheet("问题台账").forEach(row -> descriptions.add(row.getLastCellNum() > 4
                    ? row.getCell(4).getStringCellValue() : ""));
            assertThat(descriptions).contains("用电增容<b>未批</b>");
        } catch (IOException e) {
            throw new AssertionError(e);
        }

        for (String state : List.of("raised", "solved", "open", "overdue")) {
            assertThat(raiser.get("reports/problems/list?size=1&state=" + state + "&" + zone).json().getInt("total"))
                    .as("the %s problems behind the zone's figure", state)
                    .isEqualTo(figures.getJsonObject("total").getJsonObject("counts").getInt(state));
        }
        assertThat(raiser.get("reports/problems/list?size=200&state=solved&category=UTILITIES&" + zone).json()
                .getJsonArray("items").getValuesAs(JsonObject.class)).anySatisfy(line -> {
                    assertThat(line.getString("projectCode")).isEqualTo(code);
                    assertThat(line.getString("description")).isEqualTo("用电增容<b>未批</b>");
                    assertThat(line.getString("status")).isEqualTo("SOLVED");
                    assertThat(line.getString("zone")).isEqualTo("晋中开发区");
                });
        assertThat(fieldsRefused(raiser.get("reports/problems/list?state=late&" + zone))).containsExactly("state");
        assertThat(fieldsRefused(raiser.get("reports/problems/list?page=-1&size=500&" + zone)))
                .containsExactlyInAnyOrder("page", "size");
        assertThat(fieldsRefused(raiser.get("reports/problems/list?category=NOPE&" + zone)))
                .containsExactly("category");
        assertThat(ApiClient.as(base, "officer.shuozhou").get("reports/problems/list?" + zone).status())
                .as("another zone's problems").isEqualTo(403);
    }

    @Test
    void theSystemAdministratorKeepsTheProblemCategoriesWithTheirWorkingDays() {
        ApiClient admin = ApiClient.as(base, "admin");
        long before = admin.get("problem-categories").jsonArray().size();

        assertThat(fieldsRefused(admin.put("problem-categories/FUNDS", Json.createObjectBuilder().add("name", " ")
                .add("workingDays", "61").build()))).containsExactlyInAnyOrder("name", "workingDays");
        assertThat(fieldsRefused(admin.put("problem-categories/FUNDS", Json.createObjectBuilder().add("name", "资金")
                .add("workingDays", "十天").build()))).containsExactly("workingDays");
        assertThat(admin.put("problem-categories/NOPE", Json.createObjectBuilder().add("name", "无")
                .add("workingDays", 5).build()).status()).isEqualTo(404);
        assertThat(fieldsRefused(admin.post("problem-categories", Json.createObjectBuilder().add("code", "land")
                .add("name", "土地二").add("workingDays", 5).build()))).containsExactly("code");
        assertThat(fieldsRefused(admin.post("problem-categories", Json.createObjectBuilder().add("code", "LAND")
                .add("name", "土地二").add("workingDays", 5).build()))).containsExactly("code");
        assertThat(admin.get("problem-categories").jsonArray()).as("nothing written on refusal").hasSize((int) before);

        JsonObject changed = admin.put("problem-categories/FUNDS", Json.createObjectBuilder().add("name", "资金")
                .add("workingDays", 12).build()).json();
        assertThat(changed.getInt("workingDays")).isEqualTo(12);
        Answer added = admin.post("problem-categories", Json.createObjectBuilder().add("code", "SAFETY")
                .add("name", "安全生产<i>").add("workingDays", 5).build());
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        List<JsonObject> read = ApiClient.as(base, "officer.jinzhong").get("problems/categories").jsonArray()
                .getValuesAs(JsonObject.class);
        assertThat(read).extracting(category -> category.getString("name")).endsWith("安全生产<i>");
        assertThat(read).filteredOn(category -> category.getString("code").equals("FUNDS")).singleElement()
                .satisfies(category -> assertThat(category.getInt("workingDays")).isEqualTo(12));
        assertThat(ApiClient.as(base, "officer.jinzhong").put("problem-categories/FUNDS", Json.createObjectBuilder()
                .add("name", "资金").add("workingDays", 1).build()).status()).isEqualTo(403);
    }

    @Test
    void theOpenApiDocumentDescribesTheApiByTopic() {
        Answer document = ApiClient.as(base, "officer.jinzhong").get("../openapi");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.body()).contains("/api/land-parcels", "/api/projects/{id}/assignment", "标准地",
                "ZoneFlow API");
    }

    @Test
    void completedInvestmentIsRecordedMonthByMonthCorrectedAndAddedUp() {
        ApiClient officer = ApiClient.as(base, "officer.jinzhong");
        String code = Projects.newCode();
        officer.post("projects", Projects.signed(code, "晋中开发区", "20000"));
        long id = Projects.idOf(officer, code);
        String thisMonth = ChinaTime.thisMonth().toString();
        String path = "projects/" + id + "/investment";

        officer.post(path, Json.createObjectBuilder().add("month", thisMonth).add("completed", 900).build());
        JsonObject corrected = officer.post(path,
                Json.createObjectBuilder().add("month", thisMonth).add("completed", "1200.5").build()).json();
        Answer negative = officer.post(path,
                Json.createObjectBuilder().add("month", thisMonth).add("completed", -1).build());
        Answer future = officer.post(path, Json.createObjectBuilder()
                .add("month", ChinaTime.thisMonth().plusMonths(1).toString()).add("completed", 1).build());

        assertThat(corrected.getJsonArray("months")).hasSize(1);
        assertThat(corrected.getJsonNumber("completedInvestment").bigDecimalValue()).isEqualByComparingTo("1200.5");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("completed");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("month");
        assertThat(ApiClient.as(base, "officer.shuozhou").get(path).status()).isEqualTo(404);
    }

    @Test
    void theOverdueBoardListsTheLateWorkOfTheSupervisorsCityOnlyAndOnlyForSupervisors() {
        List<JsonObject> late = ApiClient.as(base, "supervisor.jinzhong").get("supervision/overdue").jsonArray()
                .getValuesAs(JsonObject.class);

        assertThat(late).isNotEmpty().allSatisfy(item -> {
            assertThat(item.getString("city")).isEqualTo("晋中");
            assertThat(item.getJsonObject("task").getString("dueState")).isIn("near", "overdue");
        });
        assertThat(ApiClient.as(base, "officer.jinzhong").get("supervision/overdue").status()).isEqualTo(403);
    }

    @Test
    void theWeeklyDispatchListIsOneWorkbookOfTheCitysLateWorkStallsAndNoticesWithNumbersAsNumbers()
            throws IOException {
        ApiClient officer = ApiClient.as(base, "officer.jinzhong");
        ApiClient supervisor = ApiClient.as(base, "supervisor.jinzhong");
        String code = Projects.newCode();
        officer.post("projects", Projects.signed(code, "晋中开发区", "3000"));
        String requirement = "@环保局 请于本周五前报送环评材料";
        assertThat(supervisor.post("supervision/notices", Json.createObjectBuilder()
                .add("projectId", Projects.idOf(officer, code)).add("addressee", "officer.jinzhong")
                .add("requirement", requirement).add("deadline", ChinaTime.today().plusDays(3).toString()).build())
                .status()).isEqualTo(201);
        List<JsonObject> late = supervisor.get("supervision/overdue").jsonArray().getValuesAs(JsonObject.class);
        long stalled = supervisor.get("supervision/stalls").jsonArray().getValuesAs(JsonObject.class).stream()
                .mapToLong(list -> list.getJsonArray("projects").size()).sum();

        byte[] dispatch = supervisor.download("supervision/weekly-dispatch");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(dispatch))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
            assertThat(workbook.getSheet("问题办理").getRow(0).getCell(0).getStringCellValue())
                    .as("the week's problems of the city").startsWith("晋中市 问题办理情况");
            Sheet tasks = workbook.getSheet("超期及临期事项");
            assertThat(tasks.getRow(0).getCell(0).getStringCellValue()).startsWith("周调度清单 · 晋中市 · ");
            assertThat(tasks.getRow(1).getCell(7).getStringCellValue()).isEqualTo("超期工作日");
            assertThat(tasks.getLastRowNum() - 1).isEqualTo(late.size()).isPositive();
            for (int line = 2; line <= tasks.getLastRowNum(); line++) {
                Row row = tasks.getRow(line);
                JsonObject task = late.get(line - 2).getJsonObject("task");
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo("晋中");
                assertThat(row.getCell(3).getStringCellValue()).isEqualTo(task.getString("projectCode"));
                assertThat(row.getCell(6).getLocalDateTimeCellValue().toLocalDate().toString())
                        .isEqualTo(task.getString("due"));
                int daysCell = task.getString("dueState").equals("overdue") ? 7 : 8;
                if (!task.containsKey("daysLeft") || task.isNull("daysLeft")) {
                    // a due day in a year whose holiday notice is not out yet: the days cannot be counted
                    assertThat(row.getCell(daysCell).getCellType()).isEqualTo(CellType.BLANK);
                    continue;
                }
                assertThat(row.getCell(daysCell).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(row.getCell(daysCell).getNumericCellValue()).isNotNegative();
            }
            Sheet stalls = workbook.getSheet("三未项目");
            assertThat(stalls.getLastRowNum() - 1).isEqualTo(stalled).isPositive();
            assertThat(stalls.getRow(2).getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            Sheet notices = workbook.getSheet("督办通知");
            Row notice = StreamSupport.stream(notices.spliterator(), false).skip(2)
                    .filter(row -> row.getCell(1).getStringCellValue().equals(code)).findFirst().orElseThrow();
            assertThat(notice.getCell(4).getCellType()).isEqualTo(CellType.STRING);
            assertThat(notice.getCell(4).getStringCellValue()).isEqualTo(requirement);
            assertThat(notice.getCell(4).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(notice.getCell(8).getStringCellValue()).isEqualTo("待答复");
        }
        assertThat(officer.get("supervision/weekly-dispatch").status()).isEqualTo(403);
    }

    @Test
    void theThreeStallListsExportToOneSheetOfEveryStalledProject() throws IOException {
        ApiClient supervisor = ApiClient.as(base, "supervisor.jinzhong");
        List<JsonObject> lists = supervisor.get("supervision/stalls").jsonArray().getValuesAs(JsonObject.class);

        byte[] workbook = supervisor.download("supervision/stalls/workbook");

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("“三未”项目清单 · 晋中市 · ");
            List<String> codes = StreamSupport.stream(sheet.spliterator(), false).skip(2)
                    .map(row -> row.getCell(3).getStringCellValue()).toList();
            assertThat(codes).containsExactlyInAnyOrderElementsOf(lists.stream()
                    .flatMap(list -> list.getJsonArray("projects").getValuesAs(JsonObject.class).stream())
                    .map(project -> project.getString("code")).toList());
            assertThat(StreamSupport.stream(sheet.spliterator(), false).skip(2)).isNotEmpty().allSatisfy(row -> {
                assertThat(row.getCell(0).getStringCellValue()).isIn("签而未落", "落而未投", "投而未达");
                assertThat(row.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(row.getCell(8).getNumericCellValue()).isPositive();
            });
        }
        assertThat(ApiClient.as(base, "officer.jinzhong").get("supervision/stalls/workbook").status()).isEqualTo(403);
    }

    @Test
    void referenceDataListsTheCitiesAndTheZonesOfACity() {
        ApiClient anyone = ApiClient.as(base, "officer.shuozhou");
        String zones = anyone.get("zones?city=" + ApiClient.query("朔州市")).body();

        assertThat(anyone.get("cities").jsonArray()).hasSize(11);
        assertThat(zones).contains("朔州经济开发区", "朔州经开区").doesNotContain("晋中开发区");
    }

    @Test
    void theSystemAdministratorPublishesAYearFromItsHolidayCnFileAndAWrongFileChangesNothing() {
        ApiClient admin = ApiClient.as(base, "admin");
        JsonObject file = Json.createObjectBuilder().add("year", 2030)
                .add("papers", Json.createArrayBuilder().add("https://www.gov.cn/zhengce/zhengceku/202911/c.htm"))
                .add("days", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("name", "元旦").add("date", "2030-01-01")
                                .add("isOffDay", true))
                        .add(Json.createObjectBuilder().add("name", "春节").add("date", "2030-02-09")
                                .add("isOffDay", false)))
                .build();
        JsonObject wrong = Json.createObjectBuilder(file).add("days", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("name", "元旦").add("date", "2030-01-01").add("isOffDay", true))
                .add(Json.createObjectBuilder().add("name", "春节").add("date", "2030-02-11").add("isOffDay", false))
                .add(Json.createObjectBuilder().add("name", "<img src=x onerror=alert(1)>".repeat(2))
                        .add("date", "2030-02-12").add("isOffDay", true)))
                .build();

        Answer published = admin.put("calendar/2030", file);
        Answer refused = admin.put("calendar/2030", wrong);
        Answer otherYear = admin.put("calendar/2031", file);
        Answer byAnOfficer = ApiClient.as(base, "officer.jinzhong").put("calendar/2030", file);

        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json().getInt("offDays")).isEqualTo(1);
        assertThat(published.json().getInt("makeUpWorkingDays")).isEqualTo(1);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("field"), error -> error.getString("rejectedValue"))
                .containsExactly(tuple("days", "2030-02-11 班 春节"),
                        tuple("days", "2030-02-12 休 " + "<img src=x onerror=alert(1)>".repeat(2)));
        assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("message"))
                .contains("周六或周日");
        assertThat(otherYear.status()).isEqualTo(400);
        assertThat(otherYear.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("year");
        assertThat(byAnOfficer.status()).isEqualTo(403);
        JsonObject stored = admin.get("calendar").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(year -> year.getInt("year") == 2030).findFirst().orElseThrow();
        assertThat(stored.getJsonArray("days").getValuesAs(JsonObject.class))
                .extracting(day -> day.getString("date"), day -> day.getString("kind"))
                .as("as first published").containsExactly(tuple("2030-01-01", "休"), tuple("2030-02-09", "班"));
        assertThat(admin.get("calendar").jsonArray().getValuesAs(JsonObject.class))
                .extracting(year -> year.getInt("year")).doesNotContain(2031);
    }

    @Test
    void theSystemAdministratorChangesAProceduresTermsAgainstTheVersionReadAndOnlyOneOfTwoChangesWins() {
        ApiClient admin = ApiClient.as(base, "admin");
        JsonObject energy = admin.get("procedures").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(entry -> entry.getString("code").equals("ENERGY_REVIEW")).findFirst().orElseThrow();
        long version = energy.getJsonNumber("version").longValue();
        JsonObject shorter = Json.createObjectBuilder(energy).add("department", "市行政审批服务管理局")
                .add("statutoryDays", 15).build();

        Answer changed = admin.put("procedures/ENERGY_REVIEW", shorter);
        Answer second = admin.put("procedures/ENERGY_REVIEW", Json.createObjectBuilder(shorter)
                .add("statutoryDays", 10).build());
        Answer wrong = admin.put("procedures/ENERGY_REVIEW", Json.createObjectBuilder(energy)
                .add("version", version + 1).add("department", " ").add("statutoryDays", "0").build());
        Answer byAnOfficer = ApiClient.as(base, "officer.jinzhong").put("procedures/ENERGY_REVIEW", shorter);
        Answer restored = admin.put("procedures/ENERGY_REVIEW", Json.createObjectBuilder(energy)
                .add("version", version + 1).build());

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().getString("department")).isEqualTo("市行政审批服务管理局");
        assertThat(changed.json().getInt("statutoryDays")).isEqualTo(15);
        assertThat(changed.json().getJsonNumber("version").longValue()).isEqualTo(version + 1);
        assertThat(second.status()).as("a change from the version already replaced").isEqualTo(409);
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("field")).containsExactly("department", "statutoryDays");
        assertThat(byAnOfficer.status()).isEqualTo(403);
        assertThat(restored.status()).as(restored.body()).isEqualTo(200);
        assertThat(restored.json().getInt("statutoryDays")).isEqualTo(energy.getInt("statutoryDays"));
    }

    @Test
    void theSystemAdministratorAddsAZoneAndRenamesItAgainstTheVersionRead() {
        ApiClient admin = ApiClient.as(base, "admin");
        JsonObject zone = Json.createObjectBuilder().add("city", "大同市").add("name", "天镇经济开发区")
                .add("aliases", Json.createArrayBuilder().add("天镇经开区")).add("category", "INDUSTRIAL")
                .add("level", "PROVINCIAL").build();

        Answer added = admin.post("zones", zone);
        Answer again = admin.post("zones", Json.createObjectBuilder(zone).add("aliases", "大同经开区").build());
        Answer byAnOfficer = ApiClient.as(base, "officer.jinzhong").post("zones",
                Json.createObjectBuilder(zone).add("name", "阳高经济开发区").build());
        long id = added.json().getJsonNumber("id").longValue();
        Answer renamed = admin.put("zones/" + id, Json.createObjectBuilder(zone).add("name", "天镇经济技术开发区")
                .add("version", 0).build());
        Answer stale = admin.put("zones/" + id, Json.createObjectBuilder(zone).add("level", "NATIONAL")
                .add("version", 0).build());

        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().getString("city")).isEqualTo("大同");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("field")).containsExactly("name", "aliases");
        assertThat(byAnOfficer.status()).isEqualTo(403);
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json().getJsonArray("aliases").getValuesAs(JsonString.class))
                .extracting(JsonString::getString).containsExactly("天镇经开区", "天镇经济开发区");
        assertThat(stale.status()).isEqualTo(409);
        JsonObject seen = ApiClient.as(base, "officer.shuozhou").get("zones?city=" + ApiClient.query("大同市"))
                .jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(listed -> listed.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertThat(List.of(seen.getString("name"), seen.getString("level"), seen.getInt("version")))
                .as("every reader sees the rename, and not the stale change").containsExactly("天镇经济技术开发区",
                        "PROVINCIAL", 1);
    }

    @Test
    void theDemoActivitiesSummariseTheirBatchesAsTheBulletinsDo() {
        ApiClient province = ApiClient.as(base, "supervisor.province");
        List<JsonObject> activities = province.get("activities").jsonArray().getValuesAs(JsonObject.class);
        long first = activities.stream().filter(activity -> activity.getString("name").equals("2024年第一次"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();

        JsonObject summary = province.get("activities/" + first).json().getJsonObject("summary");

        List<JsonObject> cities = summary.getJsonArray("cities").getValuesAs(JsonObject.class);
        assertThat(cities).isNotEmpty().allSatisfy(city -> {
            List<JsonObject> batches = city.getJsonArray("batches").getValuesAs(JsonObject.class);
            assertThat(batches).extracting(batch -> batch.getString("batchName"))
                    .containsExactly("签约一批", "开工一批", "投产一批");
            assertThat(city.getJsonObject("total").getInt("projects"))
                    .isEqualTo(batches.stream().mapToInt(batch -> batch.getInt("projects")).sum());
        });
        JsonObject grandTotal = summary.getJsonObject("grandTotal");
        assertThat(grandTotal.getInt("projects")).isEqualTo(cities.stream()
                .mapToInt(city -> city.getJsonObject("total").getInt("projects")).sum());
        assertThat(grandTotal.getJsonNumber("totalInvestmentYi").bigDecimalValue()).isEqualByComparingTo(
                grandTotal.getJsonNumber("totalInvestment").bigDecimalValue()
                        .divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP));
    }

    @Test
    void theActivitySummaryWorkbookHoldsThePagesRowsWithNumbersAsNumbers() throws IOException {
        ApiClient province = ApiClient.as(base, "supervisor.province");
        long first = province.get("activities").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(activity -> activity.getString("name").equals("2024年第一次")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        JsonObject summary = province.get("activities/" + first).json().getJsonObject("summary");
        List<JsonObject> expected = new ArrayList<>();
        List<String> places = new ArrayList<>();
        for (JsonObject city : summary.getJsonArray("cities").getValuesAs(JsonObject.class)) {
            for (JsonObject batch : city.getJsonArray("batches").getValuesAs(JsonObject.class)) {
                expected.add(batch);
                places.add(city.getString("city") + "市");
            }
            expected.add(city.getJsonObject("total"));
            places.add(city.getString("city") + "市");
        }
        for (JsonObject batch : summary.getJsonArray("totals").getValuesAs(JsonObject.class)) {
            expected.add(batch);
            places.add("全省");
        }
        expected.add(summary.getJsonObject("grandTotal"));
        places.add("全省");

        byte[] workbook = province.download("activities/" + first + "/workbook");

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("2024年第一次（").endsWith("全省");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("总投资（亿元）");
            assertThat(sheet.getLastRowNum() - 1).isEqualTo(expected.size());
            for (int line = 0; line < expected.size(); line++) {
                Row row = sheet.getRow(line + 2);
                JsonObject figures = expected.get(line);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(places.get(line));
                assertThat(row.getCell(1).getStringCellValue())
                        .isEqualTo(figures.containsKey("batchName") ? figures.getString("batchName") : "合计");
                assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(figures.getInt("projects"));
                assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(BigDecimal.valueOf(row.getCell(3).getNumericCellValue()).setScale(2, RoundingMode.HALF_UP))
                        .isEqualByComparingTo(figures.getJsonNumber("totalInvestmentYi").bigDecimalValue()
                                .setScale(2, RoundingMode.HALF_UP));
                assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(figures.getInt("strategicEmerging"));
                assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(figures.getInt("atLeast1Yi"));
            }
        }
    }

    /**
     * 起草通报: the draft read back as Word says what the JSON says — the projects at 签约 in the overall figures, each
     * rate with its numerator and denominator, a ranking row per zone, the appendix's figures — and is refused beyond
     * the reader's scope.
     */
    @Test
    void theBulletinDraftReadBackHoldsTheMonthlyNoticesAndTheOverviewsFigures() throws IOException {
        ApiClient citySupervisor = ApiClient.as(base, "supervisor.jinzhong");
        JsonObject notice = citySupervisor.get("reports/monthly-notice").json();
        JsonObject overview = citySupervisor.get("reports/overview").json();
        JsonObject signed = overview.getJsonObject("figures").getJsonObject("stages").getJsonObject("SIGNED");
        JsonObject started = notice.getJsonObject("rates").getJsonObject("signedToStarted");

        byte[] draft = citySupervisor.download("reports/monthly-notice/bulletin");

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(draft))) {
            String text = document.getParagraphs().stream().map(XWPFParagraph::getText)
                    .reduce("", (all, paragraph) -> all + paragraph + "\n");
            assertThat(text).contains("晋中市开发区项目建设情况通报", "（草稿")
                    .contains("签约项目" + signed.getInt("projects") + "个，总投资"
                            + signed.getJsonNumber("investment").bigDecimalValue().divide(BigDecimal.valueOf(10_000), 2,
                                    RoundingMode.HALF_UP).toPlainString() + "亿元")
                    .contains("签约项目开工率" + percentText(started.getJsonObject("byCount")) + "%（"
                            + started.getJsonObject("byCount").getInt("numerator") + "/"
                            + started.getJsonObject("byCount").getInt("denominator") + "个）");
            JsonObject signedTarget = indicatorOf(citySupervisor.get("targets").json().getJsonObject("total"),
                    "SIGNED_PROJECTS");
            assertThat(signedTarget.isNull("target")).as("the demo sets the city's targets").isFalse();
            assertThat(text).contains("年度目标任务完成情况").contains("签约项目(个)完成").contains("为年度目标"
                    + signedTarget.getJsonNumber("target").bigDecimalValue().stripTrailingZeros().toPlainString()
                    + "的");
            XWPFTable ranking = document.getTables().get(0);
            assertThat(ranking.getRows()).as("a row per zone under the header")
                    .hasSize(notice.getJsonArray("zones").size() + 1);
            assertThat(ranking.getRow(1).getCell(2).getText())
                    .isEqualTo(notice.getJsonArray("zones").getJsonObject(0).getString("zone"));
            XWPFTable assessment = document.getTables().get(1);
            assertThat(assessment.getRows()).as("分类考核: a row per zone of the city, ranked within the province")
                    .hasSize(notice.getJsonArray("zones").size() + 1);
            assertThat(assessment.getRows().subList(1, assessment.getRows().size()))
                    .allSatisfy(row -> assertThat(row.getCell(2).getText()).isEqualTo("晋中市"));
            XWPFTable appendix = document.getTables().get(2);
            assertThat(appendix.getRow(1).getCell(1).getText())
                    .isEqualTo(Integer.toString(started.getJsonObject("byCount").getInt("numerator")));
            assertThat(appendix.getRow(1).getCell(2).getText())
                    .isEqualTo(Integer.toString(started.getJsonObject("byCount").getInt("denominator")));
        }
        assertThat(citySupervisor.get("reports/monthly-notice/bulletin?scope=province").status()).isEqualTo(403);
        assertThat(citySupervisor.get("reports/monthly-notice/bulletin?month=13-2026").status()).isEqualTo(400);
    }

    /** A ratio's percent as the draft prints it: two decimals, a dash where there was nothing to count. */
    private static String percentText(JsonObject ratio) {
        return ratio.isNull("percent") ? "—" : ratio.getJsonNumber("percent").bigDecimalValue()
                .setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    @Test
    void theMonthlyNoticeRanksTheCitysZonesAndItsWorkbookHoldsTheSameFiguresCellByCell() throws IOException {
        ApiClient citySupervisor = ApiClient.as(base, "supervisor.jinzhong");
        JsonObject notice = citySupervisor.get("reports/monthly-notice").json();
        List<JsonObject> zones = notice.getJsonArray("zones").getValuesAs(JsonObject.class);

        assertThat(notice.getString("scopeName")).isEqualTo("晋中市");
        assertThat(zones).isNotEmpty().allSatisfy(zone -> assertThat(zone.getString("city")).isEqualTo("晋中市"));
        assertThat(zones).extracting(zone -> zone.getString("zone")).contains("晋中开发区")
                .doesNotContain("朔州经济开发区");
        JsonObject jinzhong = zones.stream().filter(zone -> zone.getString("zone").equals("晋中开发区")).findFirst()
                .orElseThrow();
        JsonObject procedures = jinzhong.getJsonObject("procedures");
        assertThat(procedures.getInt("required")).as("the demo agencies planned procedures").isPositive();
        assertThat(procedures.getJsonObject("closureRate").getInt("numerator")).isEqualTo(procedures.getInt("closed"));
        assertThat(zones.get(0).getInt("rank")).isEqualTo(1);
        assertThat(zones).extracting(zone -> zone.getInt("rank")).isSorted();

        byte[] workbook = citySupervisor.download("reports/monthly-notice/workbook");

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(6);
            assertThat(book.getSheet("问题办理").getRow(0).getCell(0).getStringCellValue())
                    .as("the month's problems in the city").startsWith("晋中市 问题办理情况");
            Sheet ratings = book.getSheet("好差评");
            assertThat(ratings.getRow(0).getCell(0).getStringCellValue())
                    .startsWith("晋中市 " + notice.getString("month") + " 月通报 · 好差评");
            assertThat(ratings.getRow(2).getCell(0).getStringCellValue()).as("the city's own line first")
                    .isEqualTo("晋中市");
            Sheet ranking = book.getSheet("开发区排名");
            assertThat(ranking.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("晋中市 " + notice.getString("month") + " 月通报 · 开发区排名（截至 "
                            + notice.getString("asOf") + "）");
            assertThat(ranking.getLastRowNum() - 1).isEqualTo(zones.size());
            for (int line = 0; line < zones.size(); line++) {
                Row row = ranking.getRow(line + 2);
                JsonObject zone = zones.get(line);
                assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(zone.getInt("rank"));
                assertThat(row.getCell(2).getStringCellValue()).isEqualTo(zone.getString("zone"));
                JsonObject rate = zone.getJsonObject("procedures").getJsonObject("closureRate");
                if (rate.isNull("percent")) {
                    assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.BLANK);
                } else {
                    assertThat(BigDecimal.valueOf(row.getCell(3).getNumericCellValue()))
                            .isEqualByComparingTo(rate.getJsonNumber("percent").bigDecimalValue());
                }
                assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(zone.getInt("tasksOverdue"));
                assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(zone.getInt("noticesOpen"));
            }
            Sheet rates = book.getSheet("跟踪率");
            JsonObject started = notice.getJsonObject("rates").getJsonObject("signedToStarted")
                    .getJsonObject("byCount");
            assertThat(rates.getRow(2).getCell(0).getStringCellValue()).isEqualTo("晋中市");
            assertThat(rates.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(started.getInt("numerator"));
            assertThat(rates.getRow(2).getCell(4).getNumericCellValue()).isEqualTo(started.getInt("denominator"));
        }
        assertThat(citySupervisor.get("reports/monthly-notice?scope=province").status()).isEqualTo(403);
        Answer future = citySupervisor.get("reports/monthly-notice?month=2099-01");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body()).contains("尚未开始");
    }

    @Test
    void theOverviewAddsUpACitysZonesAndItsStageCountsAreTheProjectListsOwn() {
        ApiClient citySupervisor = ApiClient.as(base, "supervisor.jinzhong");
        JsonObject overview = citySupervisor.get("reports/overview?from=2024-01-01").json();
        JsonObject figures = overview.getJsonObject("figures");
        List<JsonObject> zones = overview.getJsonArray("places").getValuesAs(JsonObject.class);

        assertThat(overview.getString("scopeName")).isEqualTo("晋中市");
        assertThat(zones).extracting(zone -> zone.getString("scope")).contains("zone:晋中开发区")
                .allMatch(scope -> scope.startsWith("zone:")).doesNotContain("zone:朔州经济开发区");
        for (String stage : List.of("SIGNED", "STARTED", "PRODUCING")) {
            int listed = citySupervisor.get("projects?size=1&city=" + ApiClient.query("晋中") + "&stage=" + stage)
                    .json().getInt("total");
            assertThat(figures.getJsonObject("stages").getJsonObject(stage).getInt("projects")).as(stage)
                    .isEqualTo(listed)
                    .isEqualTo(zones.stream().mapToInt(zone -> zone.getJsonObject("stages").getJsonObject(stage)
                            .getInt("projects")).sum());
        }
        JsonObject procedures = figures.getJsonObject("procedures");
        assertThat(procedures.getInt("required")).as("the demo agencies planned procedures").isPositive();
        assertThat(procedures.getJsonObject("closureRate").getInt("numerator")).isEqualTo(procedures.getInt("closed"));
        JsonObject commitment = figures.getJsonObject("reforms").getJsonObject("commitmentProjects");
        int underCommitment = citySupervisor.get("projects?size=1&city=" + ApiClient.query("晋中")
                + "&underCommitment=true").json().getInt("total");
        assertThat(commitment.getInt("numerator")).as("every third demo project runs under 承诺制")
                .isPositive().isEqualTo(underCommitment);
        assertThat(overview.getJsonObject("rates").getString("scopeName")).isEqualTo("晋中市");
        assertThat(overview.getJsonArray("trend")).as("the demo activities of 2024–2026 presented 晋中's projects")
                .isNotEmpty();
        assertThat(overview.getJsonArray("trend").getValuesAs(JsonObject.class))
                .extracting(activity -> activity.getString("heldOn")).isSorted();

        Answer beyond = ApiClient.as(base, "officer.jinzhong").get("reports/overview?scope=province");
        Answer badDay = citySupervisor.get("reports/overview?asOf=2026-13-01");
        assertThat(beyond.status()).isEqualTo(403);
        assertThat(badDay.status()).isEqualTo(400);
        assertThat(badDay.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("asOf");
    }

    @Test
    void aZoneReadsTheActivitySummaryOfItsOwnProjectsOnly() {
        ApiClient officer = ApiClient.as(base, "officer.jinzhong");
        List<JsonObject> activities = officer.get("activities").jsonArray().getValuesAs(JsonObject.class);

        List<String> cities = activities.stream()
                .flatMap(activity -> officer.get("activities/" + activity.getJsonNumber("id").longValue()).json()
                        .getJsonObject("summary").getJsonArray("cities").getValuesAs(JsonObject.class).stream())
                .map(city -> city.getString("city"))
                .toList();

        assertThat(cities).isNotEmpty().containsOnly("晋中");
    }

    @Test
    void supervisorsCreateActivitiesAndZonesPresentProjectsInTheBatchTheyReached() {
        ApiClient supervisor = ApiClient.as(base, "supervisor.province");
        ApiClient officer = ApiClient.as(base, "officer.jinzhong");
        String name = "测试活动 " + Projects.newCode();
        JsonObject activity = Json.createObjectBuilder().add("name", name).add("heldOn", "2026-11-20")
                .add("venue", "晋中开发区").build();
        assertThat(officer.post("activities", activity).status()).isEqualTo(403);
        Answer created = supervisor.post("activities", activity);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        String code = Projects.newCode();
        officer.post("projects", Projects.signed(code, "晋中开发区", "60000"));

        Answer tooEarly = officer.post("activities/" + id + "/entries",
                Json.createObjectBuilder().add("projectCode", code).add("batch", "开工一批").build());
        Answer presented = officer.post("activities/" + id + "/entries",
                Json.createObjectBuilder().add("projectCode", code).add("batch", "签约一批").build());

        assertThat(tooEarly.status()).isEqualTo(400);
        assertThat(tooEarly.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("projectCode");
        assertThat(presented.status()).as(presented.body()).isEqualTo(201);
        JsonObject signing = supervisor.get("activities/" + id).json().getJsonObject("summary")
                .getJsonArray("totals").getJsonObject(0);
        assertThat(signing.getInt("projects")).isEqualTo(1);
        assertThat(signing.getInt("from5To10Yi")).isEqualTo(1);
        assertThat(signing.getJsonNumber("totalInvestmentYi").bigDecimalValue()).isEqualByComparingTo("6.00");
        JsonObject presentation = officer.get("projects/" + Projects.idOf(officer, code)).json()
                .getJsonArray("activities").getJsonObject(0);
        assertThat(presentation.getJsonNumber("activityId").longValue()).isEqualTo(id);
        assertThat(presentation.getString("batchName")).isEqualTo("签约一批");
    }

    @Test
    void followUpRatesFollowTheProjectsPresentedInThePeriodByTheirStageToday() {
        ApiClient officer = ApiClient.as(base, "officer.jinzhong");
        JsonObject started = officer.get("projects?size=1&zone=" + ApiClient.query("晋中开发区") + "&stage=STARTED")
                .json().getJsonArray("items").getJsonObject(0);
        String signedCode = Projects.newCode();
        officer.post("projects", Projects.signed(signedCode, "晋中开发区", "60000"));
        // a day no other test or earlier run held an activity on, so the cohort is exactly this test's
        String heldOn = LocalDate.of(2000, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(7000)).toString();
        long activity = ApiClient.as(base, "supervisor.province").post("activities", Json.createObjectBuilder()
                .add("name", "跟踪率测试 " + signedCode).add("heldOn", heldOn).build())
                .json().getJsonNumber("id").longValue();
        for (String code : List.of(started.getString("code"), signedCode)) {
            Answer entry = officer.post("activities/" + activity + "/entries",
                    Json.createObjectBuilder().add("projectCode", code).add("batch", "签约一批").build());
            assertThat(entry.status()).as(entry.body()).isEqualTo(201);
        }

        JsonObject rates = officer.get("reports/rates?from=" + heldOn + "&to=" + heldOn).json();

        assertThat(rates.getString("scope")).as("an officer's own zone by default").isEqualTo("zone:晋中开发区");
        assertThat(rates.getString("from")).isEqualTo(heldOn);
        JsonObject signedToStarted = rates.getJsonObject("signedToStarted");
        assertThat(signedToStarted.getString("name")).isEqualTo("签约项目开工率");
        JsonObject byCount = signedToStarted.getJsonObject("byCount");
        assertThat(List.of(byCount.getJsonNumber("numerator").intValue(), byCount.getJsonNumber("denominator")
                .intValue())).containsExactly(1, 2);
        assertThat(byCount.getJsonNumber("percent").bigDecimalValue()).isEqualByComparingTo("50.00");
        BigDecimal startedInvestment = started.getJsonNumber("totalInvestment").bigDecimalValue();
        JsonObject byInvestment = signedToStarted.getJsonObject("byInvestment");
        assertThat(byInvestment.getJsonNumber("numerator").bigDecimalValue()).isEqualByComparingTo(startedInvestment);
        assertThat(byInvestment.getJsonNumber("denominator").bigDecimalValue())
                .isEqualByComparingTo(startedInvestment.add(new BigDecimal("60000")));
        assertThat(rates.getJsonObject("startedToProducing").getJsonObject("byCount").isNull("percent"))
                .as("nothing presented in 开工一批: no rate").isTrue();
        assertThat(rates.getJsonArray("places")).isEmpty();
    }

    @Test
    void ratesAreReadForTheCallersScopeOrAPartOfItAndAddUpAcrossPlaces() {
        ApiClient citySupervisor = ApiClient.as(base, "supervisor.jinzhong");
        JsonObject province = ApiClient.as(base, "supervisor.province").get("reports/rates?from=2023-01-01").json();
        JsonObject city = citySupervisor.get("reports/rates?from=2023-01-01&scope=" + ApiClient.query("city:晋中"))
                .json();

        Answer beyond = citySupervisor.get("reports/rates?scope=province");
        Answer officerBeyond = ApiClient.as(base, "officer.jinzhong")
                .get("reports/rates?scope=" + ApiClient.query("zone:朔州经开区"));

        assertThat(beyond.status()).isEqualTo(403);
        assertThat(beyond.contentType()).startsWith("application/problem+json");
        assertThat(officerBeyond.status()).isEqualTo(403);
        assertThat(province.getJsonArray("places")).hasSize(11);
        JsonObject jinzhongInProvince = province.getJsonArray("places").getValuesAs(JsonObject.class).stream()
                .filter(place -> place.getString("name").equals("晋中市")).findFirst().orElseThrow();
        assertThat(jinzhongInProvince.getString("scope")).isEqualTo("city:晋中市");
        assertThat(jinzhongInProvince.getJsonObject("signedToStarted"))
                .isEqualTo(city.getJsonObject("signedToStarted"));
        List<JsonObject> zones = city.getJsonArray("places").getValuesAs(JsonObject.class);
        assertThat(zones).extracting(zone -> zone.getString("scope")).allMatch(scope -> scope.startsWith("zone:"));
        assertThat(zones.stream().map(zone -> zone.getJsonObject("signedToStarted").getJsonObject("byCount")
                .getJsonNumber("denominator").bigDecimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(city.getJsonObject("signedToStarted").getJsonObject("byCount")
                        .getJsonNumber("denominator").bigDecimalValue());
    }

    @Test
    void aWronglyWrittenScopeOrPeriodIsAProblemNamingTheParameter() {
        ApiClient province = ApiClient.as(base, "supervisor.province");

        Answer county = province.get("reports/rates?scope=" + ApiClient.query("county:平遥"));
        Answer backwards = province.inEnglish().get("reports/rates?from=2024-07-01&to=2024-06-30");

        assertThat(county.status()).isEqualTo(400);
        assertThat(county.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("scope");
        assertThat(backwards.status()).isEqualTo(400);
        JsonObject error = backwards.json().getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo("from");
        assertThat(error.getString("message")).isEqualTo("must not be after the end of the period");
    }

    @Test
    void aZoneDownloadsTheTemplateFillsItInAndImportsItOnceWhateverTheWayItIsSent() throws IOException {
        ApiClient officer = ApiClient.as(base, "officer.jinzhong");
        byte[] template = officer.download("projects/import/template");
        String code = Projects.newCode();
        byte[] filled;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Row headers = workbook.getSheetAt(0).getRow(0);
            assertThat(headers.getCell(0).getStringCellValue()).isEqualTo("项目代码");
            assertThat(headers.getCell(21).getStringCellValue()).isEqualTo("活动日期");
            Row row = workbook.getSheetAt(0).createRow(1);
            List<String> cells = List.of(code, "导入测试储能电站项目 " + code, "山西导入测试储能有限公司 " + code,
                    CreditCode.completing("91140700MA1" + code.substring(code.length() - 6)).value(), "晋中开发区",
                    "新能源", "是", "是", "82000", "150000", "开工", "2026-01-05", "2026-03-02", "", "", "3000",
                    "是", "否", "", "", "", "");
            for (int i = 0; i < cells.size(); i++) {
                row.createCell(i).setCellValue(cells.get(i));
            }
            workbook.write(out);
            filled = out.toByteArray();
        }

        Answer first = officer.uploadForm("projects/import", "file", "清单.xlsx", filled);
        Answer again = officer.upload("projects/import", filled,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().getInt("created")).isEqualTo(1);
        assertThat(again.json().getInt("unchanged")).as("the same file twice changes nothing").isEqualTo(1);
        assertThat(again.json().getInt("created")).isZero();
        JsonObject project = officer.get("projects/" + Projects.idOf(officer, code)).json();
        assertThat(project.getString("stage")).isEqualTo("STARTED");
        assertThat(project.getJsonArray("stageHistory").getValuesAs(JsonObject.class))
                .extracting(move -> move.getString("date")).containsExactly("2026-01-05", "2026-03-02");
        assertThat(project.getBoolean("underCommitment")).isTrue();
        assertThat(codes(officer.get("projects?size=200&stage=STARTED&underCommitment=" + ApiClient.query("是")).json()))
                .contains(code);
        assertThat(codes(officer.get("projects?size=200&stage=STARTED&fullAgency=" + ApiClient.query("是")).json()))
                .doesNotContain(code);
        JsonObject task = officer.get("tasks/" + Projects.taskOf(officer, code, "requestStageMove")).json();
        assertThat(task.getJsonObject("task").getString("name")).as("its workflow waits for the move to 投产")
                .isEqualTo("申请进入下一阶段");
        assertThat(Projects.tasksOf(officer, code, "recordMonthlyProgress")).as("under construction, it reports monthly")
                .hasSize(1);
        assertThat(officer.get("tasks?size=50&project=" + code).json().getInt("total")).isEqualTo(2);
    }

    /** A reserve project waits for its enterprise to sign: its request to move on has no limit and draws no notice. */
    @Test
    void aReserveProjectImportedWaitsForItsSigningWithoutADeadline() {
        ApiClient officer = ApiClient.as(base, "officer.jinzhong");
        String code = Projects.newCode();
        String line = String.join(",", code, "导入储备项目 " + code, "山西导入储备有限公司 " + code,
                CreditCode.completing("91140700MA3" + code.substring(code.length() - 6)).value(), "晋中开发区",
                "新能源", "否", "是", "12000", "20000", "储备", "", "", "", "", "", "否", "否", "", "", "", "");

        Answer imported = officer.upload("projects/import", (Projects.IMPORT_HEADERS + "\n" + line)
                .getBytes(StandardCharsets.UTF_8), "text/csv");

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        JsonObject request = Projects.tasksOf(officer, code, "requestStageMove").get(0);
        assertThat(request.containsKey("due") && !request.isNull("due")).as("a due day on %s", request).isFalse();
        assertThat(request.getString("dueState")).isEqualTo("normal");
    }

    /**
     * An import of more new projects than one batch answers once they are saved, says their workflows start after it,
     * and each project then gets its own lifecycle, once: the first batch's and the last one's alike.
     */
    @Test
    void aLargeImportSavesItsProjectsAndTheirWorkflowsStartRightAfterItEachOnce() throws InterruptedException {
        ApiClient officer = ApiClient.as(base, "officer.jinzhong");
        List<String> codes = Stream.generate(Projects::newCode).distinct().limit(ProjectImport.WORKFLOW_BATCH + 1)
                .toList();
        String lines = codes.stream().map(code -> String.join(",", code, "批量导入项目 " + code,
                "山西批量导入有限公司 " + code, CreditCode.completing("91140700MA4" + code.substring(code.length() - 6))
                        .value(), "晋中开发区", "新能源", "否", "是", "12000", "20000", "签约", "2026-03-02", "", "", "",
                "", "否", "否", "", "", "", "")).collect(Collectors.joining("\n"));

        Answer imported = officer.upload("projects/import", (Projects.IMPORT_HEADERS + "\n" + lines)
                .getBytes(StandardCharsets.UTF_8), "text/csv");

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().getInt("created")).isEqualTo(codes.size());
        assertThat(imported.json().getBoolean("workflowsStartLater")).isTrue();
        for (String code : List.of(codes.get(0), codes.get(codes.size() / 2), codes.get(codes.size() - 1))) {
            assertThat(officer.get("projects?q=" + code).json().getJsonNumber("total").longValue())
                    .as("saved with the import").isEqualTo(1);
            assertThat(requestsWhenStarted(officer, code)).as("one lifecycle of " + code).hasSize(1);
        }
    }

    /** The project's 申请阶段变更 steps once its batch's job started its workflow; fails after two minutes without. */
    private static List<JsonObject> requestsWhenStarted(ApiClient officer, String code) throws InterruptedException {
        long giveUpAt = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        List<JsonObject> requests = Projects.tasksOf(officer, code, "requestStageMove");
        while (requests.isEmpty()) {
            assertThat(System.nanoTime()).as("the job executor started no workflow of " + code
                    + " in two minutes: is it running?").isLessThan(giveUpAt);
            Thread.sleep(500);
            requests = Projects.tasksOf(officer, code, "requestStageMove");
        }
        return requests;
    }

    /**
     * A year's 逐月投资计划 imported with a new project is its plan at once, and the project is judged by it before the
     * import is confirmed: nothing done by December is red. The same year with other months is a change only
     * 调整计划 makes, refused naming its column.
     */
    @Test
    void anImportedYearsMonthlyPlanIsTheProjectsPlanAndItsLightAtOnce() {
        ApiClient officer = ApiClient.as(base, "officer.jinzhong");
        String code = Projects.newCode();
        String headers = Arrays.stream(ImportColumn.values()).map(ImportColumn::header)
                .collect(Collectors.joining(","));
        List<String> cells = new ArrayList<>(List.of(code, "导入计划项目 " + code, "山西导入计划有限公司 " + code,
                CreditCode.completing("91140700MA4" + code.substring(code.length() - 6)).value(), "晋中开发区",
                "新能源", "否", "是", "12000", "20000", "签约", "2026-01-05", "", "", "", "", "否", "否", "", "", "", "",
                "", "", "", "2026", "1200"));
        cells.addAll(Collections.nCopies(12, "100"));

        Answer imported = officer.upload("projects/import", (headers + "\n" + String.join(",", cells))
                .getBytes(StandardCharsets.UTF_8), "text/csv");

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        long id = Projects.idOf(officer, code);
        JsonObject year = officer.get("projects/" + id + "/plan").json().getJsonArray("years").getJsonObject(0);
        assertThat(year.getInt("year")).isEqualTo(2026);
        assertThat(year.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("1200");
        List<JsonObject> red = officer.get("warnings?level=RED&kind=INVESTMENT&size=100").json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(red).extracting(warning -> warning.getString("projectCode")).contains(code);

        cells.set(ImportColumn.PLANNED_MONTH_1.ordinal(), "0");
        cells.set(ImportColumn.PLANNED_MONTH_2.ordinal(), "200");
        Answer altered = officer.upload("projects/import", (headers + "\n" + String.join(",", cells))
                .getBytes(StandardCharsets.UTF_8), "text/csv");
        assertThat(altered.status()).isEqualTo(400);
        assertThat(altered.json().getJsonArray("rows").getValuesAs(JsonObject.class))
                .extracting(row -> row.getString("column"), row -> row.getString("message"))
                .singleElement().satisfies(row -> {
                    assertThat(row.toList().get(0)).isEqualTo("计划年度");
                    assertThat((String) row.toList().get(1)).contains("调整计划");
                });
        assertThat(officer.get("projects/" + id + "/plan").json().getJsonArray("years").getJsonObject(0)
                .getJsonArray("months").getJsonNumber(0).bigDecimalValue()).as("unchanged").isEqualByComparingTo("100");
    }

    @Test
    void aWrongImportIsAProblemListingEachWrongCellAndAWrongFileSaysWhatIsWrongWithIt() {
        ApiClient officer = ApiClient.as(base, "officer.jinzhong");
        String headers = Projects.IMPORT_HEADERS;
        String line = String.join(",", Projects.newCode(), "导入测试项目", "导入测试企业",
                CreditCode.completing("91140700MA1234567").value(), "朔州经开区", "新能源", "是", "是", "十亿", "1000",
                "签约", "2026-01-05", "", "", "", "", "", "", "", "", "", "");

        Answer wrongCells = officer.upload("projects/import", (headers + "\n" + line).getBytes(StandardCharsets.UTF_8),
                "text/csv");
        Answer notTheTemplate = officer.upload("projects/import",
                "名称,金额\n项目,1\n".getBytes(StandardCharsets.UTF_8), "text/csv");

        assertThat(wrongCells.status()).isEqualTo(400);
        assertThat(wrongCells.contentType()).startsWith("application/problem+json");
        assertThat(wrongCells.json().getJsonArray("rows").getValuesAs(JsonObject.class))
                .extracting(row -> row.getInt("line"), row -> row.getString("column"))
                .containsExactlyInAnyOrder(tuple(2, "所属开发区"), tuple(2, "总投资(万元)"));
        assertThat(notTheTemplate.status()).isEqualTo(400);
        assertThat(notTheTemplate.json().getString("detail")).contains("第 1 列", "项目代码");
    }

    @Test
    void theAuditorFindsWhoDidWhatFromWhereAndTheChainIsIntactButNobodyElseReadsIt() {
        ApiClient officer = ApiClient.as(base, "officer.jinzhong");
        ApiClient auditor = ApiClient.as(base, "auditor");
        assertThat(ApiClient.withPassword(base, "officer.shuozhou", "not-the-password").get("projects").status())
                .isEqualTo(401);
        String code = Projects.newCode();
        assertThat(officer.post("projects", Projects.signed(code, "晋中开发区", "40000")).status()).isEqualTo(201);
        long shuozhouProject = ApiClient.as(base, "officer.shuozhou").get("projects?size=1").json()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(officer.get("projects/" + shuozhouProject).status()).isEqualTo(404);

        JsonObject failedSignIns = auditor.get("audit?action=LOGIN&result=FAILURE&actor=officer.shuozhou").json();
        JsonObject registration = auditor.get("audit?action=PROJECT_REGISTERED&object=" + code).json();
        JsonObject probing = auditor.get("audit?action=ACCESS_DENIED&actor=officer.jinzhong").json();
        JsonObject verification = auditor.get("audit/verification").json();

        assertThat(failedSignIns.getJsonNumber("total").longValue()).isPositive();
        JsonObject signIn = failedSignIns.getJsonArray("items").getJsonObject(0);
        assertThat(signIn.getString("address")).isEqualTo("127.0.0.1");
        assertThat(signIn.getString("detail")).isEqualTo("api");
        assertThat(registration.getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(registration.getJsonArray("items").getJsonObject(0).getString("actor")).isEqualTo("officer.jinzhong");
        assertThat(probing.getJsonArray("items").getValuesAs(JsonObject.class))
                .anySatisfy(entry -> assertThat(entry.getString("objectId")).endsWith("projects/" + shuozhouProject));
        assertThat(verification.getBoolean("intact")).as(verification.toString()).isTrue();
        assertThat(officer.get("audit").status()).isEqualTo(403);
        assertThat(ApiClient.as(base, "supervisor.province").get("audit/verification").status()).isEqualTo(403);
    }

    private static List<String> codes(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(project -> project.getString("code")).toList();
    }

    private static List<String> zones(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(project -> project.getString("zone")).distinct().toList();
    }

    /**
     * A client signs in once with its password and presents the token from then on, answered as OAuth clients read
     * it and kept out of caches; a token cannot renew itself, and once signed out it opens nothing, saying so.
     */
    @Test
    void aClientSignsInOnceThenPresentsItsTokenUntilItSignsOut() {
        ApiClient officer = ApiClient.as(base, "officer.jinzhong");
        Answer signedIn = officer.post("tokens");
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
        assertThat(signedIn.json().getString("token_type")).isEqualTo("Bearer");
        assertThat(signedIn.json().getInt("expires_in")).isEqualTo(1800);
        assertThat(signedIn.header("Cache-Control")).contains("no-store");
        ApiClient client = officer.presenting(signedIn.json().getString("access_token"));
        assertThat(zones(client.get("projects?size=50").json())).as("the token's caller is the officer, in their zone")
                .containsOnly("晋中开发区");

        Answer renewed = client.post("tokens");
        assertThat(renewed.status()).isEqualTo(400);
        assertThat(renewed.body()).contains("HTTP Basic");
        Answer noToken = officer.delete("tokens/current");
        assertThat(noToken.status()).isEqualTo(400);
        assertThat(noToken.body()).contains("没有出示要注销的登录令牌");

        assertThat(client.delete("tokens/current").status()).isEqualTo(204);
        Answer afterSignOut = client.get("tasks");
        assertThat(afterSignOut.status()).isEqualTo(401);
        assertThat(afterSignOut.contentType()).startsWith("application/problem+json");
        assertThat(afterSignOut.header("WWW-Authenticate")).contains("Bearer", "error=\"invalid_token\"");
        assertThat(afterSignOut.json().getString("title")).isEqualTo("登录令牌无效");
        assertThat(officer.presenting("forged").inEnglish().get("tasks").json().getString("title"))
                .isEqualTo("Token not valid");
        assertThat(officer.get("tasks").status()).as("the password still opens everything").isEqualTo(200);
    }

    @Test
    void anEnterprisesTokenOpensThePortalsCallsAndNoneOfTheAdministrations() {
        ApiClient enterprise = ApiClient.as(base, "enterprise.demo").signedInWithToken();

        assertThat(enterprise.get("portal/projects").status()).isEqualTo(200);
        assertThat(enterprise.get("tasks").status()).isEqualTo(403);
        assertThat(enterprise.delete("tokens/current").status()).isEqualTo(204);
        assertThat(enterprise.get("portal/projects").status()).isEqualTo(401);
    }

    /** Tiny runs of the API's benchmarks, so that they keep working as the API changes; nothing here is about time. */
    @Test
    void theApisBenchmarksKeepWorking() {
        assertThatCode(() -> LifecycleBenchmark.main(new String[] {base.toString(), "2", "1"}))
                .as("two projects carried 签约→达效 over the API").doesNotThrowAnyException();
        assertThatCode(() -> SignInBenchmark.main(new String[] {base.toString(), "3"}))
                .as("a call signed in with a password, a token and a session").doesNotThrowAnyException();
        assertThatCode(() -> ImportBenchmark.main(new String[] {base.toString(), "3", "xlsx"}))
                .as("a workbook of three projects imported").doesNotThrowAnyException();
    }
}
