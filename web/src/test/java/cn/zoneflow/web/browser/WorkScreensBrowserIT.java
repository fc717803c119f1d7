package cn.zoneflow.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoneflow.domain.application.projectimport.ImportColumn;
import cn.zoneflow.domain.application.projectimport.ImportTemplate;
import cn.zoneflow.domain.model.enterprise.CreditCode;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.web.it.ApiClient;
import cn.zoneflow.web.it.ApiClient.Answer;
import cn.zoneflow.web.it.Projects;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The screens a zone works in all day, driven in a real browser: sign in, inbox, task pages, projects. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkScreensBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @ArquillianResource
    private URL base;

    @Test
    void officerSignsInAndSeesTheTasksOfTheirZone() {
        browser.open(base).signedInAs("officer.jinzhong");
        assertThat(browser.currentPath()).startsWith("/task/inbox.xhtml");
        int count = Integer.parseInt(browser.find(By.cssSelector(".zf-badge")).getText().trim());
        assertThat(count).isPositive();
        assertThat(browser.find(By.id("inbox:tasks_data")).getText())
                .contains("申请进入下一阶段")
                .contains("晋中开发区")
                .doesNotContain("朔州经济开发区");
    }

    /**
     * 项目计划: the officer fills the year's investment (in force at once), then moves the planned start, which needs a
     * reason and waits; the manager sees the change beside the plan in force and approves it; the plan page shows the
     * new start and every version, the registered dates as the baseline.
     */
    @Test
    void officerChangesAPlannedStartAndTheManagerApprovesTheChange() {
        String code = Projects.newCode();
        ApiClient officerApi = ApiClient.as(base, "officer.jinzhong");
        assertThat(officerApi.post("projects", Projects.signed(code, "晋中开发区", "3000")).status()).isEqualTo(201);
        long id = Projects.idOf(officerApi, code);
        String registeredStart = officerApi.get("projects/" + id).json().getString("plannedStartDate");
        String movedStart = LocalDate.parse(registeredStart).plusMonths(3).toString();
        int nextYear = ChinaTime.today().getYear() + 1;

        browser.open(base).signedInAs("officer.jinzhong");
        browser.go("project/view.xhtml?id=" + id);
        browser.follow(By.id("planLink"));
        browser.choose("planForm:year", Integer.toString(nextYear));
        browser.type("planForm:total_input", "120");
        browser.type("planForm:month:0:amount_input", "100");
        browser.click("planForm:save");
        browser.waitForText(By.id("planForm"), "各月计划之和与年度计划投资额不一致");
        browser.type("planForm:month:1:amount_input", "20");
        browser.click("planForm:save");
        browser.waitForText(By.cssSelector(".ui-growl"), "计划第2版已生效");
        assertThat(browser.text(By.id("yearPlans"))).contains(Integer.toString(nextYear), "120", "100", "20");

        browser.type("planForm:plannedStartDate_input", movedStart);
        browser.click("planForm:save");
        browser.waitForText(By.id("planForm"), "调整已生效的计划须说明理由");
        browser.type("planForm:reason", "土地交付推迟三个月");
        browser.click("planForm:save");
        browser.waitForText(By.cssSelector(".ui-growl"), "等待开发区负责人审批");
        assertThat(browser.text(By.id("pendingChange"))).contains("第3版", "土地交付推迟三个月");
        assertThat(browser.text(By.id("inForceStart"))).as("judged by the plan in force").isEqualTo(registeredStart);
        assertThat(browser.findAll(By.id("planForm"))).as("one change at a time").isEmpty();
        browser.signOut();

        ApiClient managerApi = ApiClient.as(base, "manager.jinzhong");
        browser.signedInAs("manager.jinzhong");
        browser.go("task/approve-plan-change.xhtml?id=" + Projects.taskOf(managerApi, code, "approvePlanChange"));
        assertThat(browser.text(By.id("comparison"))).contains(registeredStart, movedStart);
        assertThat(browser.text(By.id("changeReason"))).contains("土地交付推迟三个月", "officer.jinzhong");
        browser.click("decide:approveButton");
        browser.waitForText(By.cssSelector("h1.zf-title"), "我的待办");

        browser.go("project/plan.xhtml?id=" + id);
        assertThat(browser.text(By.id("inForceStart"))).isEqualTo(movedStart);
        assertThat(browser.text(By.id("planVersions"))).contains("现行", "已调整", "（基线）", "土地交付推迟三个月");
    }

    /**
     * 目标任务: the city's supervisor sets 晋中开发区's signed investment so that it stands five points behind 序时进度,
     * and the zone's row turns yellow (red when below last year on the same day).
     */
    @Test
    void aSupervisorSetsAZonesTargetAndSeesTheZoneTurnYellow() {
        ApiClient supervisorApi = ApiClient.as(base, "supervisor.jinzhong");
        assertThat(ApiClient.as(base, "officer.jinzhong").post("projects",
                Projects.signed(Projects.newCode(), "晋中开发区", "1800")).status()).isEqualTo(201);
        JsonObject board = supervisorApi.get("targets").json();
        JsonObject zone = board.getJsonArray("places").getValuesAs(JsonObject.class).stream()
                .filter(place -> place.getString("name").equals("晋中开发区")).findFirst().orElseThrow();
        JsonObject signed = zone.getJsonArray("indicators").getValuesAs(JsonObject.class).stream()
                .filter(indicator -> indicator.getString("indicator").equals("SIGNED_INVESTMENT")).findFirst()
                .orElseThrow();
        BigDecimal actual = signed.getJsonNumber("actual").bigDecimalValue();
        BigDecimal target = actual.multiply(BigDecimal.valueOf(100)).divide(board.getJsonNumber("schedule")
                .bigDecimalValue().subtract(BigDecimal.valueOf(5)), 4, RoundingMode.HALF_UP);
        boolean belowLastYear = signed.getJsonNumber("lastYear").bigDecimalValue().compareTo(actual) > 0;

        browser.open(base).signedInAs("supervisor.jinzhong");
        browser.click("menu:targetsLink");
        browser.waitForText(By.cssSelector("h1.zf-title"), "目标任务完成情况");
        browser.choose("target:place", "晋中开发区");
        browser.choose("target:indicator", "签约投资(万元)");
        browser.type("target:value_input", target.toPlainString());
        browser.click("target:save");
        browser.waitForText(By.cssSelector(".ui-growl"), "已保存");

        WebElement row = browser.findAll(By.cssSelector("[id='board'] tbody tr")).stream()
                .filter(line -> line.getText().startsWith("晋中开发区")).findFirst().orElseThrow();
        assertThat(row.getText()).contains(belowLastYear ? "红灯" : "黄灯");

        String zoneLight = supervisorApi.get("targets").json().getJsonArray("places").getValuesAs(JsonObject.class)
                .stream().filter(place -> place.getString("name").equals("晋中开发区")).findFirst().orElseThrow()
                .getString("light");
        browser.go("report/overview.xhtml");
        WebElement inOverview = browser.findAll(By.cssSelector("[id$='places_data'] tr")).stream()
                .filter(line -> line.getText().contains("晋中开发区")).findFirst().orElseThrow();
        assertThat(inOverview.getText()).as("总览 shows the zone's light against its targets")
                .contains("RED".equals(zoneLight) ? "红灯" : "黄灯");
    }

    /** 分类考核: the province's supervisor finds each category's ranking and opens a zone's score into its parts. */
    @Test
    void theProvinceSupervisorOpensAZonesAssessmentScoreIntoItsParts() {
        browser.open(base).signedInAs("supervisor.province");
        browser.click("menu:assessmentLink");
        browser.waitForText(By.cssSelector("h1.zf-title"), "开发区分类考核");
        assertThat(browser.text(By.id("ranking"))).contains("工业类", "尚未结束");

        browser.clickFound(By.cssSelector("[id='ranking'] .ui-row-toggler"));

        browser.waitForText(By.id("ranking"), "目标完成度");
        assertThat(browser.text(By.id("ranking"))).contains("手续办结率", "加权得分");
    }

    @Test
    void managerReturnsARequestWithAReasonTheOfficerResubmitsAndTheManagerApproves() throws IOException {
        String code = Projects.newCode();
        ApiClient officerApi = ApiClient.as(base, "officer.jinzhong");
        assertThat(officerApi.post("projects", Projects.signed(code, "晋中开发区", "45000")).status()).isEqualTo(201);
        Path uploads = Files.createDirectories(Path.of("target", "uploads"));
        Path sitePhoto = uploads.resolve("开工现场-" + code + ".png");
        ImageIO.write(new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB), "png", sitePhoto.toFile());

        browser.open(base).signedInAs("officer.jinzhong");
        browser.go("task/request-stage-move.xhtml?id=" + Projects.onlyTask(officerApi, code));
        assertThat(browser.text(By.id("requestedStage"))).isEqualTo("开工");
        browser.attach(By.cssSelector("#materials input[type=file]"), sitePhoto);
        browser.waitForText(By.id("materials:list_data"), sitePhoto.getFileName().toString());
        browser.type("request:evidence", "施工许可证 晋建施〔2026〕088号");
        browser.click("request:submit");
        browser.waitForText(By.cssSelector("h1.zf-title"), "我的待办");
        browser.signOut();

        ApiClient managerApi = ApiClient.as(base, "manager.jinzhong");
        browser.signedInAs("manager.jinzhong");
        browser.go("task/approve-stage-move.xhtml?id=" + Projects.onlyTask(managerApi, code));
        assertThat(browser.text(By.id("evidence"))).contains("晋建施〔2026〕088号");
        assertThat(browser.text(By.id("materials:list_data"))).as("the request's file, for the approver to read")
                .contains(sitePhoto.getFileName().toString(), "申请进入下一阶段");
        assertThat(browser.findAll(By.cssSelector("#materials input[type=file]"))).as("the approver adds none")
                .isEmpty();
        browser.click("approve:returnButton");
        browser.waitForText(By.cssSelector("#approve .ui-message-error"), "必填");
        browser.type("approve:reason", "请补充施工许可证扫描件");
        browser.click("approve:returnButton");
        browser.waitForText(By.cssSelector("h1.zf-title"), "我的待办");
        browser.signOut();

        browser.signedInAs("officer.jinzhong");
        assertThat(browser.text(By.id("menu:inboxLink"))).as("counted in the menu on every page").contains("退回或督办");
        String returnedTask = Projects.onlyTask(officerApi, code);
        assertThat(browser.text(By.id("menu:messagesLink"))).as("told in the header").contains("未读");
        browser.click("menu:messagesLink");
        browser.waitForText(By.cssSelector("h1.zf-title"), "消息");
        List<String> messages = browser.texts(By.cssSelector("[id='messageList:list'] tbody tr"));
        int returnedRow = IntStream.range(0, messages.size()).filter(row -> messages.get(row).contains(code))
                .findFirst().orElseThrow();
        assertThat(messages.get(returnedRow)).contains("申请被退回", "未读");
        browser.click("messageList:list:" + returnedRow + ":open");
        browser.waitForText(By.cssSelector("h1.zf-title"), "申请");
        assertThat(browser.currentPath()).as("the message leads to the returned request")
                .contains("request-stage-move", returnedTask);
        browser.go("task/messages.xhtml");
        assertThat(browser.texts(By.cssSelector("[id='messageList:list'] tbody tr")))
                .filteredOn(row -> row.contains(code)).singleElement().satisfies(row ->
                        assertThat(row).doesNotContain("未读"));
        List<JsonObject> requests = officerApi.get("tasks?taskType=requestStageMove&size=50").json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        List<String> ids = requests.stream().map(task -> task.getString("id")).toList();
        assertThat(ids).as("the returned request on the first page, before every request not returned")
                .contains(returnedTask);
        assertThat(requests.subList(0, ids.indexOf(returnedTask) + 1))
                .allSatisfy(task -> assertThat(task.getBoolean("returned")).isTrue());
        browser.go("task/request-stage-move.xhtml?id=" + returnedTask);
        assertThat(browser.text(By.id("returnedRounds"))).contains("请补充施工许可证扫描件", "manager.jinzhong");
        assertThat(browser.find(By.id("request:evidence")).getAttribute("value"))
                .as("the evidence sent last time, to complete").isEqualTo("施工许可证 晋建施〔2026〕088号");
        assertThat(browser.text(By.id("materials:list_data"))).as("the first round's file is kept")
                .contains(sitePhoto.getFileName().toString());
        assertThat(browser.findAll(By.cssSelector("[id='materials:list_data'] button"))).as("and is not removable")
                .isEmpty();
        Path permit = Files.write(uploads.resolve("施工许可证-" + code + ".pdf"),
                "%PDF-1.4\n施工许可证\n%%EOF".getBytes(StandardCharsets.UTF_8));
        Path mistaken = uploads.resolve("别的项目-" + code + ".png");
        ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "png", mistaken.toFile());
        browser.attach(By.cssSelector("#materials input[type=file]"), permit);
        browser.waitForText(By.id("materials:list_data"), permit.getFileName().toString());
        browser.attach(By.cssSelector("#materials input[type=file]"), mistaken);
        browser.waitForText(By.id("materials:list_data"), mistaken.getFileName().toString());
        assertThat(browser.find(By.xpath("//tbody[@id='materials:list_data']/tr[td[contains(., '"
                + permit.getFileName() + "')]]//a[contains(@class, 'zf-preview-link')]")).getAttribute("href"))
                .as("a PDF opens in the browser's own viewer").endsWith("?inline=true");
        browser.clickFound(By.xpath("//tbody[@id='materials:list_data']/tr[td[contains(., '"
                + mistaken.getFileName() + "')]]//button"));
        browser.waitForText(By.cssSelector(".ui-confirm-dialog"), "删除这份材料");
        browser.click("materials:confirmYes");
        browser.waitForText(By.cssSelector(".ui-growl"), "已删除材料");
        assertThat(browser.text(By.id("materials:list_data"))).doesNotContain(mistaken.getFileName().toString())
                .contains(permit.getFileName().toString(), sitePhoto.getFileName().toString());
        browser.type("request:evidence", "施工许可证 晋建施〔2026〕088号（扫描件已上传）");
        browser.click("request:submit");
        browser.waitForText(By.cssSelector("h1.zf-title"), "我的待办");
        browser.signOut();

        browser.signedInAs("manager.jinzhong");
        browser.go("task/approve-stage-move.xhtml?id=" + Projects.onlyTask(managerApi, code));
        assertThat(browser.text(By.id("materials:list_data"))).as("both rounds' files, not the one removed")
                .contains(permit.getFileName().toString(), sitePhoto.getFileName().toString())
                .doesNotContain(mistaken.getFileName().toString());
        browser.click("approve:approveButton");
        browser.waitForText(By.cssSelector("h1.zf-title"), "我的待办");

        long id = Projects.idOf(officerApi, code);
        JsonObject moved = officerApi.get("projects/" + id).json();
        assertThat(moved.getString("stage")).isEqualTo("STARTED");
        assertThat(moved.getJsonArray("stageHistory").getJsonObject(1).getString("approvedBy"))
                .isEqualTo("manager.jinzhong");

        browser.go("project/view.xhtml?id=" + id);
        List<String> rounds = browser.texts(By.cssSelector("#requestRounds tbody tr"));
        assertThat(rounds).as("both rounds, the returned one with its reason").hasSize(2);
        assertThat(rounds.get(0)).contains("开工", "officer.jinzhong", "已退回", "manager.jinzhong", "请补充施工许可证扫描件");
        assertThat(rounds.get(1)).contains("开工", "（扫描件已上传）", "已批准", "manager.jinzhong");
    }

    @Test
    void inEnglishAmountsReadAsMillionsOfYuanAndInChineseAsYi() {
        ApiClient officerApi = ApiClient.as(base, "officer.jinzhong");
        JsonObject project = officerApi.get("projects?size=1").json().getJsonArray("items").getJsonObject(0);
        BigDecimal yi = project.getJsonNumber("totalInvestment").bigDecimalValue()
                .divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP);
        browser.open(base).signedInAs("officer.jinzhong");
        browser.go("project/view.xhtml?id=" + project.getJsonNumber("id").longValue());
        assertThat(browser.text(By.cssSelector(".zf-facts")))
                .contains(yi.toPlainString() + " 亿元");

        browser.click("menu:language");
        browser.waitForText(By.id("menu:language"), "中文");
        String facts = browser.text(By.cssSelector(".zf-facts"));
        browser.click("menu:language");

        assertThat(facts).contains("CNY " + yi.movePointRight(2).stripTrailingZeros().toPlainString() + " million")
                .doesNotContain("100 million yuan", "亿");
    }

    @Test
    void theRequestPageSaysWhatItIsAboutWhenItIsDueAndWhichProceduresStillHoldTheMoveBack() {
        ApiClient officerApi = ApiClient.as(base, "officer.jinzhong");
        String code = Projects.entrusted(officerApi);
        assertThat(officerApi.post("tasks/" + Projects.taskOf(officerApi, code, "signAgencyAgreement") + "/complete",
                Projects.agreement(code, "officer.jinzhong")).status()).isEqualTo(204);
        String request = Projects.taskOf(officerApi, code, "requestStageMove");
        JsonObject listed = officerApi.get("tasks/" + request).json().getJsonObject("task");
        assertThat(listed.getString("projectStage")).isEqualTo("SIGNED");

        browser.open(base).signedInAs("officer.jinzhong");
        browser.type("inbox:keyword", code + Keys.TAB);
        int total = officerApi.get("tasks?project=" + code).json().getInt("total");
        assertThat(total).as("the request and the procedures' first steps").isBetween(2, 20);
        browser.waitForText(By.cssSelector(".ui-paginator-current"), "共 " + total + " 条");
        assertThat(browser.texts(By.cssSelector("#inbox\\:tasks_data .zf-task-name")))
                .as("each row says what it is about").contains("申请进入下一阶段：签约 → 开工")
                .anySatisfy(name -> assertThat(name).startsWith("收集申报材料："));
        assertThat(browser.optionsOf("inbox:taskType"))
                .as("only the kinds of task the officer has").contains("申请进入下一阶段", "收集申报材料")
                .doesNotContain("审批阶段变更", "市级审批阶段变更", "跟进逾期督办");

        browser.go("task/request-stage-move.xhtml?id=" + request);
        assertThat(browser.text(By.id("taskTitle"))).isEqualTo("申请进入下一阶段：签约 → 开工");
        assertThat(browser.text(By.id("taskDeadline"))).as("the due day and the working days left")
                .contains(listed.getString("due")).contains("剩余").contains("个工作日");
        assertThat(browser.text(By.id("holdingBack"))).as("what must be done before 开工")
                .contains("进入开工前尚未办结的手续").contains("企业投资项目备案");
        browser.type("request:evidence", "施工许可证 晋建施〔2026〕099号");
        browser.click("request:submit");
        browser.waitForText(By.cssSelector("#request .ui-message-error"), "尚有手续未办结");

        browser.find(By.id("projectLink")).click();
        browser.waitForText(By.id("projectCode"), code);
        assertThat(browser.currentPath()).startsWith("/project/view.xhtml");
    }

    @Test
    void anOfficerSignsTheAgencyAgreementHandlesAProcedureWithItsMaterialsToItsCloseAndTheChecklistShowsItDone()
            throws IOException {
        ApiClient officerApi = ApiClient.as(base, "officer.jinzhong");
        String code = Projects.entrusted(officerApi);
        long projectId = Projects.idOf(officerApi, code);

        browser.open(base).signedInAs("officer.jinzhong");
        browser.go("task/sign-agency-agreement.xhtml?id=" + Projects.taskOf(officerApi, code, "signAgencyAgreement"));
        browser.type("agreement:number", "晋中开发区代办〔2026〕" + code.substring(18) + "号");
        browser.type("agreement:signedOn_input", ChinaTime.today().minusDays(1).toString());
        browser.click("agreement:sign");
        browser.waitForText(By.cssSelector("h1.zf-title"), "我的待办");

        browser.go("project/view.xhtml?id=" + projectId);
        assertThat(browser.text(By.id("procedureProgress"))).isEqualTo("已办结 2 / 11 项");
        assertThat(browser.text(By.id("agreementNumber"))).contains(code.substring(18));

        String filing = Projects.tasksOf(officerApi, code, "collectMaterials").stream()
                .filter(task -> task.getString("name").endsWith("企业投资项目备案")).findFirst().orElseThrow()
                .getString("id");
        browser.go("task/procedure-step.xhtml?id=" + filing);
        assertThat(browser.text(By.id("procedureName"))).isEqualTo("企业投资项目备案");
        Path uploads = Files.createDirectories(Path.of("target", "uploads"));
        Path disguised = Files.writeString(uploads.resolve("备案表-" + code + ".png"), "<script>alert(1)</script>");
        browser.attach(By.cssSelector("#materials input[type=file]"), disguised);
        browser.waitForText(By.cssSelector("#materials .ui-message-error"), "不是PDF、JPG、PNG、Word或Excel文件");
        Path photo = uploads.resolve("现场照片-" + code + ".png");
        ImageIO.write(new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
        browser.attach(By.cssSelector("#materials input[type=file]"), photo);
        browser.waitForText(By.id("materials:list_data"), "现场照片-" + code + ".png");
        assertThat(browser.find(By.cssSelector("#materials\\:list_data img.zf-thumb")).getAttribute("src"))
                .contains("/documents/").endsWith("?inline=true");
        browser.click("collect:collected");
        browser.waitForText(By.cssSelector("h1.zf-title"), "我的待办");
        browser.go("task/procedure-step.xhtml?id=" + Projects.taskOf(officerApi, code, "submitToDepartment"));
        browser.click("submit:submitted");
        browser.waitForText(By.cssSelector("h1.zf-title"), "我的待办");
        browser.go("task/procedure-step.xhtml?id=" + Projects.taskOf(officerApi, code, "recordDepartmentAnswer"));
        assertThat(browser.text(By.id("procedureStatus"))).isEqualTo("办理中");
        browser.click("answer:approved");
        browser.waitForText(By.cssSelector("#answer .ui-message-error"), "必填");
        browser.type("answer:approvalNumber", "晋中审批备〔2026〕" + code.substring(18) + "号");
        browser.click("answer:approved");
        browser.waitForText(By.cssSelector("h1.zf-title"), "我的待办");

        browser.go("project/view.xhtml?id=" + projectId);
        assertThat(browser.text(By.id("procedureProgress"))).isEqualTo("已办结 3 / 11 项");
        assertThat(browser.text(By.id("documents_data"))).contains("现场照片-" + code + ".png", "officer.jinzhong");
        assertThat(browser.texts(By.cssSelector("[id$='procedures_data'] tr"))).anySatisfy(row ->
                assertThat(row).contains("企业投资项目备案", "已办结", "晋中审批备〔2026〕"));
    }

    @Test
    void anOfficerRecordsTheDualCommitmentFixingThePromisedDateAndTheProjectShowsItInForce() {
        ApiClient officerApi = ApiClient.as(base, "officer.jinzhong");
        String code = Projects.entrusted(officerApi, true);
        assertThat(officerApi.post("tasks/" + Projects.taskOf(officerApi, code, "signAgencyAgreement") + "/complete",
                Projects.agreement(code, "officer.jinzhong")).status()).isEqualTo(204);
        String yesterday = ChinaTime.today().minusDays(1).toString();

        browser.open(base).signedInAs("officer.jinzhong");
        browser.go("task/commitment.xhtml?id=" + Projects.taskOf(officerApi, code, "signCommitments"));
        assertThat(browser.text(By.id("stepName"))).isEqualTo("签订双承诺书");
        assertThat(browser.text(By.id("commitmentUnsigned"))).contains("尚未签订双承诺书");
        browser.type("commitmentForm:creditCommittedOn_input", yesterday);
        browser.type("commitmentForm:serviceCommittedOn_input", yesterday);
        browser.type("commitmentForm:promisedOn_input", yesterday);
        browser.click("commitmentForm:submit");
        browser.waitForText(By.cssSelector("#commitmentForm .ui-message-error"), "应晚于两份承诺书的签订日期");
        browser.type("commitmentForm:promisedOn_input", ChinaTime.today().plusMonths(6).toString());
        browser.click("commitmentForm:submit");
        browser.waitForText(By.cssSelector("h1.zf-title"), "我的待办");

        browser.go("project/view.xhtml?id=" + Projects.idOf(officerApi, code));
        assertThat(browser.text(By.id("commitmentState"))).isEqualTo("履约中");
        assertThat(browser.text(By.id("promisedOn"))).isEqualTo(ChinaTime.today().plusMonths(6).toString());
        assertThat(browser.text(By.id("coveredProcedures"))).contains("建设工程规划许可", "承诺办理");
    }

    @Test
    void theOfficerSignsTheServiceCommitmentOnLineAndTheEnterpriseDeclinesThenSignsTheZonesNextOnAPhone() {
        ApiClient officerApi = ApiClient.as(base, "officer.jinzhong");
        String code = Projects.agreedForTheDemoEnterprise(officerApi, true);
        long projectId = Projects.idOf(officerApi, code);
        String promised = ChinaTime.today().plusMonths(6).toString();

        browser.open(base).signedInAs("officer.jinzhong");
        browser.go("task/commitment.xhtml?id=" + Projects.taskOf(officerApi, code, "signCommitments"));
        browser.clickFound(By.cssSelector("label[for='commitmentForm:signingWay:1']"));
        browser.waitForText(By.id("commitmentForm:signing"), "您的登录密码");
        browser.type("commitmentForm:promisedOn_input", promised);
        browser.type("commitmentForm:password", "not-mine");
        browser.waitForText(By.id("commitmentForm:zoneText"), "开发区服务承诺书");
        assertThat(browser.text(By.id("commitmentForm:zoneText"))).contains(code, "全程代办", "建设工程规划许可");
        browser.click("commitmentForm:submit");
        browser.waitForText(By.cssSelector("#commitmentForm .ui-message-error"), "密码不正确");
        browser.type("commitmentForm:password", ApiClient.DEMO_PASSWORD);
        browser.click("commitmentForm:submit");
        browser.waitForText(By.cssSelector("h1.zf-title"), "我的待办");
        browser.go("project/view.xhtml?id=" + projectId);
        assertThat(browser.text(By.id("commitmentSignatures"))).contains("开发区服务承诺书", "officer.jinzhong",
                "等待企业在门户签署");
        browser.signOut();

        browser.phone();
        browser.logInAs("enterprise.demo", ApiClient.DEMO_PASSWORD);
        browser.waitForText(By.cssSelector("h1.zf-title"), "我的项目");
        assertThat(browser.text(By.id("toDo"))).contains("签署信用承诺书", "晋中测试光伏组件项目 " + code);
        browser.follow(By.cssSelector("#toDo .zf-todo-sign a"));
        assertThat(browser.text(By.id("commitmentText"))).contains("企业信用承诺书", code, "记入企业信用记录");
        assertThat(browser.sidewaysOverflow()).as("sideways scrolling on a phone").isLessThanOrEqualTo(0);
        browser.click("commitmentDeclining:declineCommitment");
        browser.waitForText(By.id("commitmentDeclining"), "必填");
        browser.type("commitmentDeclining:reason", "承诺办结日期需与环评进度核对");
        browser.click("commitmentDeclining:declineCommitment");
        browser.waitForText(By.id("portalMessages"), "已退回开发区重新商定");
        assertThat(browser.text(By.id("portalCommitment"))).contains("已失效：企业不同意签署", "承诺办结日期需与环评进度核对");
        assertThat(browser.count(By.id("commitmentSigning"))).as("nothing to sign until the zone signs anew").isZero();
        assertThat(officerApi.post("tasks/" + Projects.taskOf(officerApi, code, "signCommitments") + "/complete",
                Json.createObjectBuilder().add("signing", "online").add("promisedOn", promised)
                        .add("password", ApiClient.DEMO_PASSWORD).build()).status()).isEqualTo(204);
        browser.go("portal/project.xhtml?id=" + projectId);
        browser.type("commitmentSigning:password", "Demo#2025");
        browser.click("commitmentSigning:signCommitment");
        browser.waitForText(By.id("commitmentSigning"), "密码不正确");
        browser.type("commitmentSigning:password", ApiClient.DEMO_PASSWORD);
        browser.click("commitmentSigning:signCommitment");
        browser.waitForText(By.id("portalCommitmentState"), "履约中");
        assertThat(browser.count(By.id("commitmentSigning"))).as("nothing more to sign").isZero();
        assertThat(browser.texts(By.cssSelector("#portalCommitment .zf-signature-pdf")))
                .containsExactly("开发区服务承诺书", "开发区服务承诺书", "企业信用承诺书");
        assertThat(browser.sidewaysOverflow()).as("sideways scrolling on a phone").isLessThanOrEqualTo(0);
    }

    @Test
    void anOfficerEvaluatesAProducingProjectAndTheManagerFindsItEffectiveWithTheMeasuresInView() {
        ApiClient officerApi = ApiClient.as(base, "officer.jinzhong");
        ApiClient managerApi = ApiClient.as(base, "manager.jinzhong");
        String code = Projects.producingOn(officerApi, managerApi, Projects.parcel(managerApi));
        long projectId = Projects.idOf(officerApi, code);

        browser.open(base).signedInAs("officer.jinzhong");
        browser.go("task/evaluate-output.xhtml?id=" + Projects.taskOf(officerApi, code, "evaluateOutput"));
        assertThat(browser.text(By.id("parcelAssessments"))).isEqualTo("水土保持评估、地震安全性评价");
        browser.type("evaluation:actualOutput_input", "12000");
        browser.type("evaluation:annualTax_input", "500");
        browser.type("evaluation:evidence", "2026年产值已纳入规上工业统计");
        browser.click("evaluation:submit");
        browser.waitForText(By.cssSelector("h1.zf-title"), "我的待办");
        browser.signOut();

        browser.signedInAs("manager.jinzhong");
        browser.go("task/approve-stage-move.xhtml?id=" + Projects.taskOf(managerApi, code, "approveStageMove"));
        assertThat(browser.text(By.id("evaluationVerdict"))).contains("有指标未达到");
        assertThat(browser.texts(By.cssSelector("[id$='measures_data'] tr"))).anySatisfy(row ->
                assertThat(row).contains("亩均税收", "25", "30", "未达到"));
        browser.click("approve:approveButton");
        browser.waitForText(By.cssSelector("#approve .ui-message-error"), "审定达效须说明理由");
        browser.type("approve:reason", "享受税收减免，按规定认定达效");
        browser.click("approve:approveButton");
        browser.waitForText(By.cssSelector("h1.zf-title"), "我的待办");

        browser.go("project/view.xhtml?id=" + projectId);
        assertThat(browser.text(By.id("evaluationDecision"))).contains("审定达效", "manager.jinzhong");
    }

    @Test
    void anOfficerCorrectsAFactOnTheProjectPageWithAReasonAndThePageKeepsTheCorrection() {
        ApiClient officerApi = ApiClient.as(base, "officer.jinzhong");
        String code = Projects.newCode();
        officerApi.post("projects", Projects.signed(code, "晋中开发区", "3000"));
        browser.open(base).signedInAs("officer.jinzhong");
        browser.go("project/view.xhtml?id=" + Projects.idOf(officerApi, code));

        browser.find(By.cssSelector("[id='correctionPanel'] .ui-panel-titlebar-icon")).click();
        browser.type("correction:totalInvestment_input", "4200");
        browser.click("correction:save");
        browser.waitForText(By.id("correction"), "必填");
        browser.type("correction:reason", "合同补充协议调整总投资");
        browser.click("correction:save");

        browser.waitForText(By.id("corrections"), "合同补充协议调整总投资");
        assertThat(browser.text(By.id("corrections"))).contains("总投资（万元）：3000 → 4200", "officer.jinzhong");
        assertThat(browser.text(By.cssSelector(".zf-facts"))).contains("0.42 亿元");
    }

    @Test
    void aManagerNamesTheLeaderInChargeOnTheProjectPageWhichEveryTaskPageThenShows() {
        ApiClient officerApi = ApiClient.as(base, "officer.jinzhong");
        String code = Projects.newCode();
        officerApi.post("projects", Projects.signed(code, "晋中开发区", "20000"));

        browser.open(base).signedInAs("manager.jinzhong");
        browser.go("project/view.xhtml?id=" + Projects.idOf(officerApi, code));
        browser.type("assignment:leaderInCharge", "王建国（管委会副主任）");
        browser.click("assignment:save");
        browser.waitForText(By.id("assignment:assignmentMessages"), "已保存包联领导");
        assertThat(browser.text(By.id("leaderInCharge"))).isEqualTo("王建国（管委会副主任）");
        browser.signOut();

        browser.signedInAs("officer.jinzhong");
        browser.go("task/request-stage-move.xhtml?id=" + Projects.taskOf(officerApi, code, "requestStageMove"));
        assertThat(browser.text(By.id("leaderInCharge"))).isEqualTo("王建国（管委会副主任）");
    }

    @Test
    void aManagerPutsTheCitysLeaderInChargeWhoFindsTheProjectOnTheirOwnPageAndRecordsAVisitTheOfficerThenReads() {
        ApiClient officerApi = ApiClient.as(base, "officer.jinzhong");
        String code = Projects.newCode();
        officerApi.post("projects", Projects.signed(code, "晋中开发区", "20000"));
        long id = Projects.idOf(officerApi, code);

        browser.open(base).signedInAs("manager.jinzhong");
        browser.go("project/view.xhtml?id=" + id);
        browser.choose("assignment:leaderAccount", "晋中市包联领导（晋中市）");
        browser.click("assignment:save");
        browser.waitForText(By.id("assignment:assignmentMessages"), "已保存包联领导");
        assertThat(browser.text(By.id("leaderInCharge"))).isEqualTo("晋中市包联领导");
        browser.signOut();

        browser.signedInAs("leader.jinzhong");
        assertThat(browser.currentPath()).as("a leader starts on their projects").endsWith("leader/projects.xhtml");
        assertThat(browser.texts(By.cssSelector("[id='menu'] .ui-menuitem-text")))
                .as("a leader's menu holds their projects, none of the zone's work").containsExactly("我包联的项目");
        browser.clickFound(By.xpath("//tr[contains(., '" + code + "')]//a[contains(@class, 'zf-project-link')]"));
        browser.waitForText(By.id("projectCode"), code);
        browser.type("visit:visitors", "晋中市包联领导、开发区招商局");
        browser.type("visit:met", "总经理张三");
        browser.type("visit:visitedOn_input", ChinaTime.today().toString());
        browser.click("visit:saveVisit");
        browser.waitForText(By.id("visit"), "必填");
        browser.type("visit:asked", "<b>用电增容</b>");
        browser.click("visit:saveVisit");
        browser.waitForText(By.id("visitList"), "总经理张三");
        assertThat(browser.text(By.id("visitList"))).contains("<b>用电增容</b>", "晋中市包联领导");
        browser.go("leader/projects.xhtml");
        assertThat(browser.text(By.xpath("//tr[contains(., '" + code + "')]")))
                .contains(ChinaTime.today().toString());
        browser.signOut();

        browser.signedInAs("officer.jinzhong");
        browser.go("project/view.xhtml?id=" + id);
        assertThat(browser.text(By.id("visitList"))).contains("<b>用电增容</b>", "总经理张三");
    }

    /**
     * 企业门户: the officer invites the enterprise's contact from the project's page and hands over the code, shown once;
     * on a phone the contact opens the account with it (a wrong code refused), signs in to the portal and finds first
     * the correction the department asked, then the project and its procedures, and sends the material the correction
     * needs (no procedure chosen is refused); the officer returns it with the reason, which tops the portal until the
     * enterprise uploads again. The zone's pages stay closed to them, and the code opens nothing a second time. At the
     * step the officer cannot confirm the materials complete while the new file waits, accepts it, and then can.
     */
    @Test
    void anOfficerInvitesTheEnterpriseWhoseContactOpensTheAccountOnAPhoneFindsTheCorrectionAskedAndSendsTheMaterials()
            throws IOException {
        ApiClient officerApi = ApiClient.as(base, "officer.jinzhong");
        String code = Projects.entrusted(officerApi);
        long projectId = Projects.idOf(officerApi, code);
        assertThat(officerApi.post("tasks/" + Projects.taskOf(officerApi, code, "signAgencyAgreement") + "/complete",
                Projects.agreement(code, "officer.jinzhong")).status()).isEqualTo(204);
        String land = Projects.tasksOf(officerApi, code, "collectMaterials").stream()
                .filter(task -> task.getString("name").endsWith("建设用地审批")).findFirst().orElseThrow()
                .getString("id");
        assertThat(officerApi.post("tasks/" + land + "/complete", Json.createObjectBuilder().build()).status())
                .isEqualTo(204);
        assertThat(officerApi.post("tasks/" + Projects.taskOf(officerApi, code, "submitToDepartment") + "/complete",
                Json.createObjectBuilder().build()).status()).isEqualTo(204);
        assertThat(officerApi.post("tasks/" + Projects.taskOf(officerApi, code, "recordDepartmentAnswer")
                + "/complete", Json.createObjectBuilder().add("decision", "return")
                .add("correctionReason", "缺少<b>宗地图</b>").build()).status()).isEqualTo(204);

        browser.open(base).signedInAs("officer.jinzhong");
        browser.go("project/view.xhtml?id=" + projectId);
        browser.type("invitation:contactName", " ");
        browser.click("invitation:issueInvitation");
        browser.waitForText(By.id("invitation"), "必填");
        browser.type("invitation:contactName", "张经理");
        browser.click("invitation:issueInvitation");
        String invitation = browser.text(By.id("issuedCode"));
        assertThat(invitation).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(browser.text(By.id("invitation:invitationList_data"))).contains("张经理", "有效");
        browser.go("project/view.xhtml?id=" + projectId);
        assertThat(browser.count(By.id("issuedCode"))).as("the code is shown once, never again").isZero();
        browser.signOut();

        browser.phone();
        browser.follow(By.id("acceptInvitation"));
        String username = "zhang." + code.substring(18);
        browser.type("accept:code", "ABCD-EFGH-JKLM");
        browser.type("accept:username", username);
        browser.type("accept:password", "Qiye#2026");
        browser.type("accept:passwordAgain", "Qiye#2026");
        browser.click("accept:submit");
        browser.waitForText(By.id("accept"), "没有这个邀请码");
        browser.type("accept:code", invitation.toLowerCase());
        browser.type("accept:password", "Qiye#2026");
        browser.type("accept:passwordAgain", "Qiye#2026");
        browser.click("accept:submit");
        browser.waitForText(By.id("login"), "企业账号已开通");

        browser.logInAs(username, "Qiye#2026");
        browser.waitForText(By.cssSelector("h1.zf-title"), "我的项目");
        assertThat(browser.currentPath()).endsWith("portal/index.xhtml");
        assertThat(browser.text(By.id("toDo"))).contains("建设用地审批", "缺少<b>宗地图</b>");
        assertThat(browser.text(By.id("project-" + projectId))).contains(code, "晋中开发区", "签约", "建设用地审批",
                "补正");
        assertThat(browser.sidewaysOverflow()).as("sideways scrolling on a phone").isLessThanOrEqualTo(0);
        browser.screenshot("portal-phone");

        browser.follow(By.cssSelector("#project-" + projectId + " a.zf-portal-open"));
        Path uploads = Files.createDirectories(Path.of("target", "uploads"));
        Path landMap = Files.write(uploads.resolve("宗地图-" + code + ".png"), Projects.png());
        browser.attach(By.cssSelector("#materials input[type=file]"), landMap);
        browser.click("materials:submitMaterial");
        browser.waitForText(By.id("materials"), "请选择材料所属的手续");
        browser.choose("materials:procedure", "建设用地审批");
        browser.attach(By.cssSelector("#materials input[type=file]"), landMap);
        browser.click("materials:submitMaterial");
        browser.waitForText(By.id("submittedMaterials"), landMap.getFileName().toString());
        assertThat(browser.text(By.id("submittedMaterials"))).contains("建设用地审批", "待接收");
        assertThat(browser.sidewaysOverflow()).as("sideways scrolling on a phone").isLessThanOrEqualTo(0);
        String collectAgain = Projects.procedureStep(officerApi, code, "collectMaterials", "建设用地审批");
        long submitted = officerApi.get("tasks/" + collectAgain + "/enterprise-materials").jsonArray()
                .getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(officerApi.post("tasks/" + collectAgain + "/enterprise-materials/" + submitted + "/return",
                Json.createObjectBuilder().add("reason", "请加盖<i>公章</i>").build()).status()).isEqualTo(200);
        assertThat(browser.findAll(By.id("menu:portalMessagesLink")).get(0).getAttribute("textContent"))
                .as("told in the header (folded away on a phone)").contains("未读");
        browser.go("portal/messages.xhtml");
        assertThat(browser.text(By.id("portalMessageList"))).contains("材料被退回", "请加盖<i>公章</i>", "手续需要补正",
                "缺少<b>宗地图</b>", "新");
        assertThat(browser.findAll(By.id("menu:portalMessagesLink")).get(0).getAttribute("textContent").strip())
                .as("nothing new once looked at").isEqualTo("消息");
        browser.type("mailSetting:email", "wang@");
        browser.click("mailSetting:saveEmail");
        browser.waitForText(By.id("mailSetting"), "应为一个电子邮箱地址");
        browser.type("mailSetting:email", "wang@enterprise.test");
        browser.click("mailSetting:saveEmail");
        browser.waitForText(By.id("pageMessages"), "今后每条消息同时发送到 wang@enterprise.test");
        assertThat(browser.sidewaysOverflow()).as("sideways scrolling on a phone").isLessThanOrEqualTo(0);
        browser.screenshot("portal-messages-phone");
        browser.go("portal/messages.xhtml");
        assertThat(browser.count(By.cssSelector("#portalMessageList .zf-mark-new"))).as("seen when last opened")
                .isZero();
        assertThat(browser.find(By.id("mailSetting:email")).getAttribute("value")).isEqualTo("wang@enterprise.test");
        browser.go("portal/index.xhtml");
        assertThat(browser.text(By.id("toDo"))).contains("开发区退回了材料", "请加盖<i>公章</i>");
        browser.follow(By.cssSelector("#toDo .zf-todo-returned a"));
        Path sealed = Files.write(uploads.resolve("宗地图盖章-" + code + ".png"), Projects.png());
        browser.choose("materials:procedure", "建设用地审批");
        browser.attach(By.cssSelector("#materials input[type=file]"), sealed);
        browser.click("materials:submitMaterial");
        browser.waitForText(By.id("submittedMaterials"), sealed.getFileName().toString());
        assertThat(browser.text(By.id("submittedMaterials"))).contains("已退回", "退回原因： 请加盖<i>公章</i>", "待接收");

        browser.go("task/inbox.xhtml");
        assertThat(browser.count(By.id("inbox"))).as("the zone's inbox is closed to an enterprise").isZero();
        browser.go("project/view.xhtml?id=" + projectId);
        assertThat(browser.count(By.id("projectCode"))).as("so is the zone's project page").isZero();
        browser.go("portal/index.xhtml");
        browser.click("menuToggle");
        browser.signOut();

        browser.go("portal/accept.xhtml");
        browser.type("accept:code", invitation);
        browser.type("accept:username", username + "x");
        browser.type("accept:password", "Qiye#2026");
        browser.type("accept:passwordAgain", "Qiye#2026");
        browser.click("accept:submit");
        browser.waitForText(By.id("accept"), "该邀请已使用");

        browser.desktop();
        browser.signedInAs("officer.jinzhong");
        browser.go("project/view.xhtml?id=" + projectId);
        assertThat(browser.text(By.id("invitation:invitationList_data"))).contains("已使用", username);

        browser.go("task/procedure-step.xhtml?id=" + collectAgain);
        assertThat(browser.text(By.id("enterpriseMaterials"))).contains(sealed.getFileName().toString(), "待接收",
                landMap.getFileName().toString(), "已退回");
        browser.click("collect:collected");
        browser.waitForText(By.id("pageMessages"), "尚未接收或退回");
        browser.clickFound(By.cssSelector("#enterpriseMaterials .zf-accept-material"));
        browser.waitForText(By.id("pageMessages"), "材料已接收");
        assertThat(browser.count(By.cssSelector("#enterpriseMaterials .zf-accept-material"))).isZero();
        browser.click("collect:collected");
        browser.waitForText(By.cssSelector("h1.zf-title"), "我的待办");
    }

    /**
     * 诉求 from the portal: on a phone the enterprise raises one for its project (a missing field refused, markup kept
     * as typed); the zone accepts and answers it; the portal tells it among its messages and puts the answer at the
     * top, the enterprise sends it back with its reason, the zone answers again and the enterprise confirms it solved
     * — every round kept.
     */
    @Test
    void anEnterpriseRaisesARequestOnItsPhoneSendsTheZonesAnswerBackOnceAndConfirmsTheSecond() {
        JsonObject own = ApiClient.as(base, "enterprise.demo").get("portal/projects").json().getJsonArray("projects")
                .getJsonObject(0);
        long projectId = own.getJsonNumber("id").longValue();
        String code = own.getString("code");
        ApiClient officer = ApiClient.as(base, "officer.jinzhong");
        demoEnterpriseOnAPhone();
        browser.follow(By.cssSelector("#project-" + projectId + " a.zf-portal-open"));
        browser.click("raise:submit");
        browser.waitForText(By.id("raise"), "必填");
        browser.choose("raise:category", "水电气暖");
        browser.type("raise:description", "<b>用电增容</b>迟迟未批");
        browser.click("raise:submit");
        browser.waitForText(By.id("portalMessages"), "诉求已提交");
        assertThat(browser.text(By.id("requests"))).contains("水电气暖", "<b>用电增容</b>迟迟未批", "待受理");

        zoneAccepts(code, "供电公司");
        zoneAnswers(code, "已协调供电公司");
        browser.go("portal/messages.xhtml");
        assertThat(browser.text(By.id("portalMessageList"))).contains("诉求已答复",
                "您提出的诉求“<b>用电增容</b>迟迟未批”已有答复——已协调供电公司");
        browser.go("portal/index.xhtml");
        assertThat(browser.text(By.id("toDo"))).contains("开发区已答复您的诉求", "<b>用电增容</b>迟迟未批");
        browser.follow(By.cssSelector("#toDo .zf-portal-answer a"));
        assertThat(browser.text(By.id("requests"))).contains("已协调供电公司", "供电公司", "待确认");
        browser.click("confirm:reopen");
        browser.waitForText(By.id("portalMessages"), "必填");
        browser.type("confirm:reason", "仍未通电");
        browser.click("confirm:reopen");
        browser.waitForText(By.id("portalMessages"), "诉求已退回开发区重新办理");
        assertThat(browser.count(By.id("confirm"))).as("nothing waits for the enterprise's word").isZero();

        zoneAnswers(code, "今日已通电");
        browser.go("portal/project.xhtml?id=" + projectId);
        browser.click("confirm:solved");
        browser.waitForText(By.id("portalMessages"), "诉求已办结");
        assertThat(browser.text(By.id("requests"))).contains("已办结", "仍未通电", "今日已通电");
        assertThat(browser.sidewaysOverflow()).as("sideways scrolling on a phone").isLessThanOrEqualTo(0);

        JsonObject solved = officer.get("projects/" + projectId + "/problems").jsonArray()
                .getValuesAs(JsonObject.class).stream()
                .filter(problem -> problem.getString("description").contains("用电增容")).findFirst().orElseThrow();
        assertThat(solved.getString("status")).isEqualTo("SOLVED");
        assertThat(solved.getInt("rounds")).isEqualTo(2);
        assertThat(solved.getString("raiserRole")).isEqualTo("ENTERPRISE");
    }

    /**
     * 好差评: the enterprise rates the zone's agency service 不满意 (refused until it says why); the 差评 reaches the zone as
     * a 服务整改 problem on its deadline, the zone answers it, the enterprise confirms it on the portal, and its rating
     * shows the rectification done; the manager records the 回访 on the project's page, and 总览 counts both.
     */
    @Test
    void anEnterpriseRatesTheAgencyServiceDissatisfiedWhichTheZoneRectifiesVisitsBackAndTheEnterpriseConfirms() {
        JsonObject own = ApiClient.as(base, "enterprise.demo").get("portal/projects").json().getJsonArray("projects")
                .getJsonObject(0);
        long projectId = own.getJsonNumber("id").longValue();
        String code = own.getString("code");
        demoEnterpriseOnAPhone();
        browser.go("portal/project.xhtml?id=" + projectId);
        browser.choose("rate:procedure", "代办服务（整体）");
        browser.choose("rate:overall", "不满意");
        browser.choose("rate:efficiency", "不满意");
        browser.choose("rate:guideAccuracy", "满意");
        browser.choose("rate:convenience", "基本满意");
        browser.choose("rate:platform", "满意");
        browser.click("rate:submit");
        browser.waitForText(By.id("rate"), "必填");
        browser.type("rate:comment", "材料反复退回，代办员不接电话");
        browser.click("rate:submit");
        browser.waitForText(By.id("portalMessages"), "感谢您的评价");
        assertThat(browser.text(By.id("ratings"))).contains("代办服务（整体）", "不满意", "材料反复退回", "待受理");
        assertThat(browser.text(By.id("requests"))).contains("服务整改", "差评整改：代办服务评价为不满意");

        zoneAccepts(code, "营商环境办");
        zoneAnswers(code, "已约谈代办员，改为专人对接");
        browser.go("portal/project.xhtml?id=" + projectId);
        assertThat(browser.text(By.id("requests"))).contains("已约谈代办员，改为专人对接");
        browser.click("confirm:solved");
        browser.waitForText(By.id("portalMessages"), "诉求已办结");
        assertThat(browser.text(By.id("ratings"))).contains("整改： 已办结");
        browser.go("portal/index.xhtml");
        browser.click("menuToggle");
        browser.signOut();

        browser.desktop();
        browser.signedInAs("manager.jinzhong");
        browser.go("project/view.xhtml?id=" + projectId);
        assertThat(browser.text(By.id("ratingList"))).contains("代办服务（整体）", "不满意", "材料反复退回", "已办结");
        assertThat(browser.text(By.id("problemList"))).contains("尚未回访");
        String today = ChinaTime.today().toString();
        browser.choose("returnVisit:problem", today + "：差评整改：代办服务评价为不满意。材料反复退回，代办员不接电话");
        browser.choose("returnVisit:way", "电话回访");
        browser.type("returnVisit:visitedOn_input", today);
        browser.click("returnVisit:saveReturnVisit");
        browser.waitForText(By.id("returnVisit"), "必填");
        browser.type("returnVisit:visited", "王经理");
        browser.type("returnVisit:finding", "情况属实，已改为专人对接，企业表示满意");
        browser.click("returnVisit:saveReturnVisit");
        browser.waitForText(By.tagName("body"), "回访已记录");
        assertThat(browser.text(By.id("problemList"))).contains("回访 · ", "情况属实，已改为专人对接",
                "（" + today + "，电话回访，回访对象：王经理）").doesNotContain("尚未回访");
        assertThat(browser.text(By.id("ratingList"))).contains(today + " 已回访");
        browser.go("report/overview.xhtml");
        assertThat(browser.text(By.id("ratings"))).contains("满意率", "差评", "回访率");
    }

    /** The demo enterprise signed in to the portal on a phone, at 我的项目. */
    private void demoEnterpriseOnAPhone() {
        browser.open(base);
        browser.phone();
        browser.logInAs("enterprise.demo", Browser.DEMO_PASSWORD);
        browser.waitForText(By.cssSelector("h1.zf-title"), "我的项目");
    }

    /** 晋中's manager accepts the project's problem waiting for it and gives it to the unit. */
    private void zoneAccepts(String code, String responsible) {
        ApiClient manager = ApiClient.as(base, "manager.jinzhong");
        assertThat(manager.post("tasks/" + Projects.taskOf(manager, code, "acceptProblem") + "/complete",
                Json.createObjectBuilder().add("decision", "assign").add("responsible", responsible).build())
                .status()).isEqualTo(204);
    }

    /** 晋中's officers answer the project's problem in hand. */
    private void zoneAnswers(String code, String answer) {
        ApiClient officer = ApiClient.as(base, "officer.jinzhong");
        assertThat(officer.post("tasks/" + Projects.taskOf(officer, code, "handleProblem") + "/complete",
                Json.createObjectBuilder().add("decision", "answer").add("answer", answer).build()).status())
                .isEqualTo(204);
    }

    @Test
    void aLeaderRaisesAProblemTheZoneAssignsAndAnswersTheLeaderReopensItOnceAndConfirmsItTheSecondTime()
            throws IOException {
        ApiClient officerApi = ApiClient.as(base, "officer.jinzhong");
        ApiClient managerApi = ApiClient.as(base, "manager.jinzhong");
        String code = Projects.newCode();
        officerApi.post("projects", Projects.signed(code, "晋中开发区", "20000"));
        long id = Projects.idOf(officerApi, code);
        long version = managerApi.get("projects/" + id).json().getJsonNumber("version").longValue();
        assertThat(managerApi.put("projects/" + id + "/assignment", Json.createObjectBuilder()
                .add("leaderAccount", "leader.jinzhong").add("version", version).build()).status()).isEqualTo(200);
        By openStep = By.xpath("//*[@id='problemList']//a[contains(@id, 'openStep')]");

        browser.open(base).signedInAs("leader.jinzhong");
        browser.go("leader/project.xhtml?id=" + id);
        browser.click("problem:raiseProblem");
        browser.waitForText(By.cssSelector("#problem .ui-message-error"), "必填");
        browser.choose("problem:category", "水电气暖");
        browser.type("problem:description", "用电增容<b>迟迟未批</b>");
        browser.click("problem:raiseProblem");
        browser.waitForText(By.id("problemList"), "待受理");
        assertThat(browser.text(By.id("problemList"))).contains("用电增容<b>迟迟未批</b>", "晋中市包联领导");
        browser.go("leader/projects.xhtml");
        assertThat(browser.text(By.xpath("//tr[contains(., '" + code + "')]"))).as("one open problem").contains("1个");
        browser.signOut();

        browser.signedInAs("manager.jinzhong");
        browser.go("project/view.xhtml?id=" + id);
        browser.clickFound(openStep);
        browser.waitForText(By.id("taskTitle"), "受理交办问题");
        browser.type("step:responsible", "市供电公司");
        browser.clickFound(By.cssSelector("[id='step:immediate'] .ui-chkbox-box"));
        browser.click("step:assignButton");
        browser.waitForText(By.cssSelector("h1.zf-title"), "我的待办");
        browser.signOut();

        browser.signedInAs("officer.jinzhong");
        browser.go("project/view.xhtml?id=" + id);
        assertThat(browser.text(By.id("problemList"))).contains("市供电公司", "马上办", ChinaTime.today().toString());
        browser.clickFound(openStep);
        browser.waitForText(By.id("taskTitle"), "办理答复问题");
        Path reply = Files.createDirectories(Path.of("target", "uploads")).resolve("供电公司复函-" + code + ".png");
        ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "png", reply.toFile());
        browser.attach(By.cssSelector("#materials input[type=file]"), reply);
        browser.waitForText(By.id("materials:list_data"), reply.getFileName().toString());
        browser.type("step:answer", "已批复增容");
        browser.click("step:answerButton");
        browser.waitForText(By.cssSelector("h1.zf-title"), "我的待办");
        browser.signOut();

        browser.signedInAs("leader.jinzhong");
        browser.go("leader/project.xhtml?id=" + id);
        browser.clickFound(openStep);
        browser.waitForText(By.id("taskTitle"), "确认问题办理结果");
        assertThat(browser.text(By.id("problemHistory"))).contains("已批复增容", "市供电公司");
        browser.follow(By.cssSelector("[id='materials:list_data'] a.zf-preview-link"));
        assertThat(browser.count(By.tagName("img"))).as("the leader opens the reply the officer attached")
                .isEqualTo(1);
        assertThat(browser.count(By.cssSelector("h1.zf-title"))).as("no error page").isZero();
        browser.go("leader/project.xhtml?id=" + id);
        browser.clickFound(openStep);
        browser.waitForText(By.id("taskTitle"), "确认问题办理结果");
        browser.click("step:reopenButton");
        browser.waitForText(By.cssSelector("#step .ui-message-error"), "必填");
        browser.type("step:reason", "批复了但未送电");
        browser.click("step:reopenButton");
        browser.waitForText(By.id("problemList"), "办理中");
        assertThat(browser.currentPath()).as("back on the leader's own page").contains("leader/project.xhtml");
        browser.signOut();

        browser.signedInAs("officer.jinzhong");
        browser.go("project/view.xhtml?id=" + id);
        browser.clickFound(openStep);
        browser.waitForText(By.id("problemHistory"), "批复了但未送电");
        assertThat(browser.text(By.id("materials:list_data"))).as("the files of the earlier round stay with the problem")
                .contains("供电公司复函-" + code);
        browser.type("step:answer", "已送电");
        browser.click("step:answerButton");
        browser.waitForText(By.cssSelector("h1.zf-title"), "我的待办");
        browser.signOut();

        browser.signedInAs("leader.jinzhong");
        browser.go("leader/project.xhtml?id=" + id);
        browser.clickFound(openStep);
        browser.waitForText(By.id("taskTitle"), "确认问题办理结果");
        browser.click("step:solveButton");
        browser.waitForText(By.id("problemList"), "已办结");
        assertThat(browser.text(By.id("problemList"))).contains("第2轮", "批复了但未送电", "已送电");
        browser.signOut();

        browser.signedInAs("supervisor.jinzhong");
        browser.go("report/overview.xhtml");
        browser.click("openProblems");
        browser.waitForText(By.cssSelector("h1.zf-title"), "问题清单");
        assertThat(browser.text(By.id("selection"))).contains("晋中市", "未办结");
        browser.click("backToFigures");
        browser.waitForText(By.cssSelector("h1.zf-title"), "问题办理情况");
        assertThat(browser.text(By.id("scopeName"))).isEqualTo("晋中市");
        browser.clickFound(By.xpath("//*[@id='places']//a[contains(., '晋中开发区')]"));
        browser.waitForText(By.id("scopeName"), "晋中开发区");
        browser.clickFound(By.xpath("//*[@id='categories']//tr[contains(., '水电气暖')]/td[3]/a"));
        browser.waitForText(By.id("selection"), "晋中开发区 · 水电气暖 · 已办结");
        assertThat(browser.text(By.id("problems"))).as("the solved problems the figure counts, this one among them")
                .contains("用电增容<b>迟迟未批</b>", "市供电公司", "已办结");
    }

    @Test
    void anOfficerNarrowsTheInboxToOneProjectAndKindOfTaskClaimsItAndHandsItBack() {
        ApiClient officerApi = ApiClient.as(base, "officer.jinzhong");
        String code = Projects.entrusted(officerApi);

        browser.open(base).signedInAs("officer.jinzhong");
        browser.type("inbox:keyword", "新能源有限公司 " + code + Keys.TAB);
        browser.waitForText(By.cssSelector(".ui-paginator-current"), "共 2 条");
        assertThat(browser.texts(By.cssSelector("[id='inbox:tasks_data'] > tr"))).as("found by part of the enterprise")
                .hasSize(2).allSatisfy(row -> assertThat(row).contains(code));
        assertThat(browser.text(By.cssSelector(".zf-badge"))).as("the badge counts what is shown").isEqualTo("2");
        browser.choose("inbox:taskType", "签订代办协议");
        browser.waitForText(By.cssSelector(".ui-paginator-current"), "共 1 条");
        assertThat(browser.text(By.id("inbox:tasks_data"))).contains("签订代办协议").doesNotContain("申请进入下一阶段");

        browser.click("inbox:tasks:0:claim");
        browser.waitForText(By.id("inbox:tasks_data"), "officer.jinzhong");
        browser.click("inbox:tasks:0:unclaim");
        browser.find(By.id("inbox:tasks:0:claim"));
        assertThat(browser.text(By.id("inbox:tasks_data"))).doesNotContain("officer.jinzhong");

        browser.clickFound(By.cssSelector("[id='inbox:tasks_data'] > tr:first-child .ui-chkbox-box"));
        browser.click("inbox:tasks:claimSelected");
        browser.waitForText(By.cssSelector(".ui-growl"), "已认领 1 项");
        assertThat(browser.text(By.id("inbox:tasks_data"))).as("claimed by ticking it").contains("officer.jinzhong");
        browser.click("inbox:tasks:0:unclaim");
        browser.find(By.id("inbox:tasks:0:claim"));

        browser.go("project/list.xhtml");
        browser.go("task/inbox.xhtml");
        browser.waitForText(By.cssSelector(".ui-paginator-current"), "共 1 条");
        assertThat(browser.find(By.id("inbox:keyword")).getAttribute("value")).as("the inbox as it was left")
                .isEqualTo("新能源有限公司 " + code);
        browser.click("inbox:clearFilters");
        browser.waitForValue("inbox:keyword", "");
        browser.go("task/inbox.xhtml");
        assertThat(browser.find(By.id("inbox:keyword")).getAttribute("value")).isNullOrEmpty();
        assertThat(Integer.parseInt(browser.text(By.cssSelector(".zf-badge")))).isGreaterThan(2);
    }

    @Test
    void aManagerApprovesSeveralRequestedStageMovesAtOnceEachAsIfApprovedAlone() {
        ApiClient officerApi = ApiClient.as(base, "officer.jinzhong");
        ApiClient managerApi = ApiClient.as(base, "manager.jinzhong");
        String batch = "批量审批" + Projects.newCode().substring(18);
        List<String> codes = List.of(Projects.newCode(), Projects.newCode());
        for (String code : codes) {
            assertThat(officerApi.post("projects", Json.createObjectBuilder(Projects.signed(code, "晋中开发区", "9000"))
                    .add("name", batch + " " + code).build()).status()).isEqualTo(201);
            assertThat(officerApi.post("tasks/" + Projects.taskOf(officerApi, code, "requestStageMove") + "/complete",
                    Json.createObjectBuilder().add("evidence", "施工许可证已核发").build()).status()).isEqualTo(204);
        }

        browser.open(base).signedInAs("manager.jinzhong");
        browser.type("inbox:keyword", batch + Keys.TAB);
        browser.waitForText(By.cssSelector(".ui-paginator-current"), "共 2 条");
        browser.clickFound(By.cssSelector("[id='inbox:tasks_data'] > tr:nth-child(1) .ui-chkbox-box"));
        browser.clickFound(By.cssSelector("[id='inbox:tasks_data'] > tr:nth-child(2) .ui-chkbox-box"));
        browser.click("inbox:tasks:approveSelected");
        browser.waitForText(By.cssSelector(".ui-confirm-dialog"), "批准所选的阶段变更");
        browser.click("inbox:confirmYes");
        browser.waitForText(By.cssSelector(".ui-growl"), "已批准 2 项");

        for (String code : codes) {
            JsonObject project = officerApi.get("projects/" + Projects.idOf(officerApi, code)).json();
            assertThat(project.getString("stage")).as(code).isEqualTo("STARTED");
            assertThat(project.getJsonArray("stageHistory").getJsonObject(1).getString("approvedBy"))
                    .isEqualTo("manager.jinzhong");
        }
        browser.waitForText(By.cssSelector(".ui-paginator-current"), "共 0 条");
    }

    @Test
    void anOfficerFindsTheRedProjectFromTheInboxAndReadsWhyOnItsPage() {
        ApiClient officerApi = ApiClient.as(base, "officer.jinzhong");
        String code = Projects.newCode();
        LocalDate plannedStart = ChinaTime.today().minusMonths(4).withDayOfMonth(10);
        assertThat(officerApi.post("projects", Json.createObjectBuilder(Projects.signed(code, "晋中开发区", "900"))
                .add("signedOn", plannedStart.minusMonths(1).toString())
                .add("plannedStartDate", plannedStart.toString()).build()).status()).isEqualTo(201);

        browser.open(base).signedInAs("officer.jinzhong");
        assertThat(browser.text(By.id("atRisk"))).contains("进度预警", "红灯");
        browser.click("redProjects");
        browser.waitForText(By.cssSelector("h1.zf-title"), "项目库");
        assertThat(browser.find(By.id("projects:light_label")).getText()).as("narrowed to red").isEqualTo("红灯");
        browser.type("projects:keyword", code);
        browser.click("projects:search");
        browser.waitForText(By.cssSelector(".ui-paginator-current"), "共 1 个项目");
        assertThat(browser.text(By.id("projects:table_data"))).contains(code, "红灯");
        browser.clickFound(By.linkText("晋中测试光伏组件项目 " + code));
        browser.waitForText(By.id("warningReasons"), "计划" + plannedStart + "开工，已逾期");
        assertThat(browser.text(By.id("light"))).isEqualTo("红灯");
        assertThat(browser.text(By.id("warningHistory"))).contains(ChinaTime.today().toString(), "绿灯 → 红灯");
    }

    @Test
    void aCitySupervisorNarrowsTheInboxToOneZoneAndSortsItNewestFirst() {
        ApiClient officerApi = ApiClient.as(base, "officer.jinzhong");
        ApiClient managerApi = ApiClient.as(base, "manager.jinzhong");
        String code = Projects.newCode();
        assertThat(officerApi.post("projects", Projects.signed(code, "晋中开发区", "120000")).status()).isEqualTo(201);
        officerApi.post("tasks/" + Projects.taskOf(officerApi, code, "requestStageMove") + "/complete",
                Json.createObjectBuilder().add("evidence", "施工许可证").build());
        managerApi.post("tasks/" + Projects.taskOf(managerApi, code, "approveStageMove") + "/complete",
                Json.createObjectBuilder().add("decision", "approve").build());
        String otherZone = officerApi.get("zones?city=" + ApiClient.query("晋中市")).jsonArray()
                .getValuesAs(JsonObject.class).stream().map(zone -> zone.getString("name"))
                .filter(name -> !name.equals("晋中开发区")).findFirst().orElseThrow();

        browser.open(base).signedInAs("supervisor.jinzhong");
        browser.choose("inbox:zone", "晋中 · 晋中开发区");
        browser.waitForText(By.id("inbox:tasks_data"), code);
        assertThat(browser.texts(By.cssSelector("[id='inbox:tasks_data'] > tr"))).allSatisfy(row ->
                assertThat(row).contains("晋中开发区"));
        browser.click("inbox:tasks:created");
        browser.click("inbox:tasks:created");
        // after any returned request or notice, which come first whatever the order
        browser.waitForText(By.cssSelector("[id='inbox:tasks_data'] > tr:not(:has(.zf-mark))"), code);

        browser.choose("inbox:zone", "晋中 · " + otherZone);
        browser.waitForText(By.cssSelector(".ui-paginator-current"), "共");
        assertThat(browser.text(By.id("inbox:tasks_data"))).doesNotContain(code).doesNotContain("晋中开发区");
    }

    @Test
    void onATabletHeldUprightTheWorkScreensFitTheWidth() throws IOException {
        ApiClient officerApi = ApiClient.as(base, "officer.jinzhong");
        String code = Projects.entrusted(officerApi, true);

        browser.open(base).signedInAs("officer.jinzhong");
        browser.resize(768, 1024);
        browser.go("task/inbox.xhtml");
        assertThat(browser.shows(By.id("menu:projectsLink"))).as("the menu folded").isFalse();
        browser.find(By.id("menuToggle")).click();
        assertThat(browser.shows(By.id("menu:projectsLink"))).as("and opened by its button").isTrue();
        assertThat(browser.shows(By.cssSelector("[id='inbox:tasks'] thead th:nth-child(2)")))
                .as("the inbox as cards: no column headings").isFalse();
        assertThat(browser.find(By.cssSelector("[id='inbox:tasks_data'] > tr:first-child > td:nth-child(2) .ui-column-title")).getText())
                .as("each value under its column's name").isEqualTo("事项");
        browser.screenshot("inbox-tablet");
        for (String page : List.of("task/inbox.xhtml", "project/list.xhtml",
                "project/view.xhtml?id=" + Projects.idOf(officerApi, code),
                "task/request-stage-move.xhtml?id=" + Projects.taskOf(officerApi, code, "requestStageMove"),
                "task/sign-agency-agreement.xhtml?id=" + Projects.taskOf(officerApi, code, "signAgencyAgreement"),
                "project/register.xhtml", "project/import.xhtml",
                "project/plan.xhtml?id=" + Projects.idOf(officerApi, code))) {
            browser.go(page);
            assertThat(browser.sidewaysOverflow()).as("sideways scrolling on " + page).isLessThanOrEqualTo(0);
        }
    }

    @Test
    void onATabletHeldUprightTheSupervisorsScreensFitTheWidth() {
        browser.open(base).signedInAs("supervisor.jinzhong");
        browser.resize(768, 1024);
        for (String page : List.of("supervision/overdue.xhtml", "supervision/stalls.xhtml",
                "supervision/notices.xhtml", "activity/list.xhtml", "report/rates.xhtml", "report/monthly.xhtml",
                "report/overview.xhtml", "report/targets.xhtml", "report/reserve.xhtml", "project/list.xhtml")) {
            browser.go(page);
            assertThat(browser.sidewaysOverflow()).as("sideways scrolling on " + page).isLessThanOrEqualTo(0);
        }
    }

    @Test
    void theMonthlyNoticeTheStallListsAndTheProjectPagePrintEveryRowWithoutMenuOrButtons() throws IOException {
        int zones = ApiClient.as(base, "supervisor.province").get("reports/monthly-notice").json()
                .getJsonArray("zones").size();
        browser.open(base).signedInAs("supervisor.province");
        browser.go("report/monthly.xhtml");
        assertThat(browser.count(By.cssSelector("[id$='ranking_data'] > tr"))).as("one page on screen")
                .isLessThan(zones);

        browser.follow(By.cssSelector("a.zf-print-link"));
        browser.printMedia();

        assertThat(browser.count(By.cssSelector("[id$='ranking_data'] > tr"))).as("every zone on paper")
                .isEqualTo(zones);
        assertThat(browser.shows(By.cssSelector(".zf-header"))).as("the menu").isFalse();
        assertThat(browser.shows(By.cssSelector(".ui-paginator, .ui-button"))).as("paginators and buttons").isFalse();
        browser.screenshot("print-monthly-notice");

        browser.screenMedia();
        browser.go("supervision/stalls.xhtml");
        browser.follow(By.cssSelector("a.zf-print-link"));
        browser.printMedia();
        assertThat(browser.texts(By.cssSelector("h2.zf-print-only"))).as("the three lists one after another")
                .containsExactly("签而未落", "落而未投", "投而未达");
        assertThat(browser.shows(By.cssSelector(".ui-tabs-nav"))).isFalse();
        browser.screenshot("print-stall-lists");
    }

    @Test
    void theSystemAdministratorChangesWhenALateStartTurnsRedAndRedBeforeYellowIsRefused() {
        browser.open(base).signedInAs("admin");
        browser.click("menu:warningRulesLink");
        browser.waitForText(By.cssSelector("h1.zf-title"), "预警规则");
        assertThat(browser.text(By.id("rules:table_data"))).contains("计划开工", "计划投产");

        browser.type("rules:table:0:redAfterMonths_input", "0");
        browser.click("rules:table:0:save");
        browser.waitForText(By.id("pageMessages"), "红灯须在黄灯之后");
        browser.type("rules:table:0:redAfterMonths_input", "4");
        browser.click("rules:table:0:save");
        browser.waitForText(By.id("pageMessages"), "已保存");
        browser.go("admin/warning-rules.xhtml");
        assertThat(browser.find(By.id("rules:table:0:redAfterMonths_input")).getDomProperty("value")).isEqualTo("4");

        browser.type("rules:table:0:redAfterMonths_input", "3");
        browser.click("rules:table:0:save");
        browser.waitForText(By.id("pageMessages"), "已保存");
    }

    @Test
    void theSystemAdministratorListsADepartmentTakingPartAndStopsItAndAZonesOwnOffice() {
        String name = "大同市文物局 " + System.nanoTime() % 1_000_000L;
        browser.open(base).signedInAs("admin");
        browser.click("menu:departmentsLink");
        browser.waitForText(By.cssSelector("h1.zf-title"), "联动审批部门");
        assertThat(browser.text(By.id("departments:table_data"))).contains("朔州市", "自然资源部门", "朔州市自然资源局",
                "参与联动审批");

        browser.choose("add:city", "朔州市");
        browser.choose("add:kind", "自然资源部门");
        browser.type("add:name", name);
        browser.click("add:submit");
        browser.waitForText(By.cssSelector("#add .ui-message-error"), "已在联动审批部门中");
        browser.choose("add:city", "大同市");
        browser.choose("add:kind", "文物部门");
        browser.click("add:submit");
        browser.waitForText(By.id("pageMessages"), "已新增联动审批部门：" + name);

        browser.clickFound(By.xpath("//tr[contains(., '" + name + "')]//button[contains(@id, ':stop')]"));
        browser.waitForText(By.id("pageMessages"), name + " 已停止联动审批");
        assertThat(browser.waitForTexts(By.xpath("//tr[contains(., '" + name + "')]"), rows -> rows.size() == 1
                && rows.get(0).contains("已停止"))).singleElement().asString().contains("大同市", "文物部门", "市级部门");

        String zoneOffice = "大同经开区文物所 " + System.nanoTime() % 1_000_000L;
        browser.choose("add:city", "大同市");
        browser.choose("add:zone", "大同经济技术开发区");
        browser.choose("add:kind", "文物部门");
        browser.type("add:name", zoneOffice);
        browser.click("add:submit");
        browser.waitForText(By.id("pageMessages"), "已新增联动审批部门：" + zoneOffice);
        assertThat(browser.text(By.xpath("//tr[contains(., '" + zoneOffice + "')]")))
                .as("承接赋权: beside the city's stopped office, the zone's own").contains("大同经济技术开发区", "参与联动审批");
    }

    @Test
    void onATabletHeldUprightTheAdministratorsScreensFitTheWidth() {
        browser.open(base).signedInAs("admin");
        browser.resize(768, 1024);
        for (String page : List.of("admin/incidents.xhtml", "admin/calendar.xhtml", "admin/procedures.xhtml",
                "admin/zones.xhtml", "admin/warning-rules.xhtml", "admin/departments.xhtml")) {
            browser.go(page);
            assertThat(browser.sidewaysOverflow()).as("sideways scrolling on " + page).isLessThanOrEqualTo(0);
        }
    }

    @Test
    void anOfficerReportsTheMonthsCompletedInvestmentOfAStartedProject() {
        String code = Projects.newCode();
        ApiClient officerApi = ApiClient.as(base, "officer.jinzhong");
        ApiClient managerApi = ApiClient.as(base, "manager.jinzhong");
        officerApi.post("projects", Projects.signed(code, "晋中开发区", "8000"));
        officerApi.post("tasks/" + Projects.onlyTask(officerApi, code) + "/complete",
                Json.createObjectBuilder().add("evidence", "开工报告").build());
        managerApi.post("tasks/" + Projects.onlyTask(managerApi, code) + "/complete",
                Json.createObjectBuilder().add("decision", "approve").build());

        String lastMonth = ChinaTime.thisMonth().minusMonths(1).toString();
        assertThat(officerApi.post("projects/" + Projects.idOf(officerApi, code) + "/investment",
                Json.createObjectBuilder().add("month", lastMonth).add("completed", 800).build()).status())
                .isEqualTo(200);

        browser.open(base).signedInAs("officer.jinzhong");
        browser.go("task/monthly-progress.xhtml?id=" + Projects.taskOf(officerApi, code, "recordMonthlyProgress"));
        assertThat(browser.find(By.id("progress:month_input")).getAttribute("value")).isEqualTo(lastMonth);
        assertThat(browser.text(By.id("progress:replaceWarning"))).as("the month already recorded, with its value")
                .contains(lastMonth, "800", "officer.jinzhong");
        browser.type("progress:completed_input", "1500");
        browser.type("progress:note", "基础施工完成");
        browser.click("progress:submit");
        browser.waitForText(By.cssSelector("#progress .ui-message-warn, #progress .ui-message-error"), "再次提交");
        browser.click("progress:submit");
        browser.waitForText(By.cssSelector("h1.zf-title"), "我的待办");

        browser.go("project/view.xhtml?id=" + Projects.idOf(officerApi, code));
        assertThat(browser.text(By.id("investments_data"))).contains(ChinaTime.thisMonth().minusMonths(1).toString(),
                "1,500");
    }

    @Test
    void theProjectListShowsTheOfficersZoneAndLeadsToTheProjectsTimeline() {
        browser.open(base).signedInAs("officer.jinzhong");
        browser.go("project/list.xhtml");

        String table = browser.text(By.id("projects:table_data"));
        assertThat(table).contains("晋中开发区").doesNotContain("朔州经济开发区");
        browser.type("projects:keyword", "晋中");
        browser.click("projects:search");
        browser.settle();
        browser.find(By.cssSelector("#projects\\:table_data a.zf-project-link")).click();
        browser.waitForText(By.cssSelector("h1.zf-title"), "项目详情");
        assertThat(browser.text(By.id("timeline"))).contains("签约");

        browser.go("project/list.xhtml");
        assertThat(browser.find(By.id("projects:keyword")).getAttribute("value")).as("the list as it was left")
                .isEqualTo("晋中");
        browser.go("project/list.xhtml?stage=SIGNED");
        assertThat(browser.find(By.id("projects:keyword")).getAttribute("value"))
                .as("a link naming its own filters replaces them").isNullOrEmpty();
    }

    @Test
    void theProjectPageDrawsItsProcessesWithTheStepsWaitingNowHighlighted() {
        ApiClient officerApi = ApiClient.as(base, "officer.jinzhong");
        String code = Projects.entrusted(officerApi);

        browser.open(base).signedInAs("officer.jinzhong");
        browser.go("project/view.xhtml?id=" + Projects.idOf(officerApi, code));
        browser.find(By.cssSelector("#processDiagram.zf-diagram-drawn"));
        assertThat(browser.text(By.id("currentSteps"))).contains("申请进入下一阶段");
        assertThat(browser.find(By.cssSelector("#processDiagram g.zf-step-current[data-element-id='requestStageMove']"))
                .getText()).contains("申请进入下一阶段");
        browser.find(By.cssSelector("#processDiagram g.zf-step-passed[data-element-id='projectRegistered']"));
        assertThat(browser.texts(By.cssSelector("#processDiagram g.zf-step-current"))).hasSize(1);

        browser.find(By.xpath("//ul[@id='processTracks']//a[contains(., '全代办服务')]")).click();
        browser.find(By.cssSelector("#processDiagram.zf-diagram-drawn"));
        assertThat(browser.currentPath()).contains("process=");
        browser.find(By.cssSelector("#processDiagram g.zf-step-current[data-element-id='signAgencyAgreement']"));
        assertThat(browser.text(By.cssSelector("#processTracks .zf-shown"))).contains("全代办服务");
    }

    @Test
    void aProjectOfAnotherZoneCannotBeOpenedByItsAddress() {
        long jinzhongProject = ApiClient.as(base, "officer.jinzhong").get("projects?size=1").json()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();

        browser.open(base).signedInAs("officer.shuozhou");
        browser.go("project/view.xhtml?id=" + jinzhongProject);

        browser.waitForText(By.tagName("body"), "页面不存在");
        assertThat(browser.text(By.tagName("body"))).doesNotContain("晋中开发区");
    }

    @Test
    void anOfficerImportsAListSeesEveryWrongCellCorrectsItAndImportsItAgain() throws IOException {
        String code = Projects.newCode();
        String headers = String.join(",", "项目代码", "项目名称", "企业名称", "统一社会信用代码", "所属开发区", "产业领域",
                "战新项目", "产业项目", "总投资(万元)", "预计年产值(万元)", "当前阶段", "签约日期", "开工日期", "投产日期",
                "达效日期", "累计完成投资(万元)", "承诺制", "全代办", "标准地地块编号", "三个一批活动", "批次", "活动日期");
        String creditCode = CreditCode.completing("91140700MA2" + code.substring(code.length() - 6)).value();
        String wrong = String.join(",", code, "浏览器导入测试项目 " + code, "浏览器导入测试企业 " + code, creditCode,
                "晋中开发区", "新能源", "是", "是", "五千", "9000", "开工", "2026-02-02", "", "", "", "", "", "", "",
                "", "", "");
        Path file = Files.createDirectories(Path.of("target", "uploads")).resolve("清单-" + code + ".csv");

        browser.open(base).signedInAs("officer.jinzhong");
        browser.click("menu:importLink");
        browser.waitForText(By.cssSelector("h1.zf-title"), "导入项目清单");
        Files.writeString(file, headers + "\n" + wrong + "\n");
        browser.attach(By.cssSelector("input[type=file]"), file);
        browser.waitForText(By.id("importRefused"), "未导入任何数据");
        assertThat(browser.text(By.id("wrongCells"))).contains("总投资(万元)", "开工日期", "五千");

        Files.writeString(file, headers + "\n" + wrong.replace("五千", "5000").replace("2026-02-02,,",
                "2026-02-02,2026-03-09,") + "\n");
        browser.attach(By.cssSelector("input[type=file]"), file);
        browser.waitForText(By.id("importDone"), "新建");
        assertThat(browser.text(By.id("created"))).isEqualTo("1");
        JsonObject project = ApiClient.as(base, "officer.jinzhong")
                .get("projects/" + Projects.idOf(ApiClient.as(base, "officer.jinzhong"), code)).json();
        assertThat(project.getString("stageName")).isEqualTo("开工");
    }

    @Test
    void markupTypedIntoNamesShowsAsTypedOnTheScreensAndRunsNowhere() {
        ApiClient officerApi = ApiClient.as(base, "officer.jinzhong");
        String code = Projects.newCode();
        String name = "<script>alert('项目')</script>\"><img src=x onerror=alert(1)> " + code;
        String enterprise = "'><svg onload=alert(2)> 企业 " + code;
        JsonObject hostile = Json.createObjectBuilder(Projects.signed(code, "晋中开发区", "30000"))
                .add("name", name).add("enterpriseName", enterprise).build();
        assertThat(officerApi.post("projects", hostile).status()).isEqualTo(201);
        long id = Projects.idOf(officerApi, code);

        browser.open(base).signedInAs("officer.jinzhong");
        browser.go("project/view.xhtml?id=" + id);
        assertThat(browser.text(By.cssSelector(".zf-summary-title"))).isEqualTo(name);
        assertThat(browser.text(By.id("projectSummary"))).contains(enterprise);
        assertThat(browser.count(By.cssSelector("img[onerror], svg[onload]"))).as("no element made of the text")
                .isZero();
        for (String page : List.of("task/inbox.xhtml", "project/list.xhtml")) {
            browser.go(page);
            browser.find(By.cssSelector("h1.zf-title"));
            assertThat(browser.count(By.cssSelector("img[onerror], svg[onload]"))).as(page).isZero();
        }
        browser.go("report/overview.xhtml");
        assertThat(browser.text(By.id("scopeName"))).as("no alert interrupted the pages").isEqualTo("晋中开发区");
    }

    @Test
    void markupTypedAsEvidenceOrIntoANoticeShowsAsTypedWhereverItIsRead() {
        ApiClient officerApi = ApiClient.as(base, "officer.jinzhong");
        ApiClient managerApi = ApiClient.as(base, "manager.jinzhong");
        String code = Projects.newCode();
        officerApi.post("projects", Projects.signed(code, "晋中开发区", "3000"));
        long id = Projects.idOf(officerApi, code);
        String evidence = "<img src=x onerror=alert(3)> 施工许可证 " + code;
        String requirement = "\"><svg onload=alert(4)> 请报送环评材料 " + code;
        assertThat(officerApi.post("tasks/" + Projects.taskOf(officerApi, code, "requestStageMove") + "/complete",
                Json.createObjectBuilder().add("evidence", evidence).build()).status()).isEqualTo(204);
        assertThat(ApiClient.as(base, "supervisor.jinzhong").post("supervision/notices", Json.createObjectBuilder()
                .add("projectId", id).add("addressee", "officer.jinzhong").add("requirement", requirement)
                .add("deadline", ChinaTime.today().plusDays(3).toString()).build()).status()).isEqualTo(201);

        browser.open(base).signedInAs("manager.jinzhong");
        browser.go("task/approve-stage-move.xhtml?id=" + Projects.taskOf(managerApi, code, "approveStageMove"));
        browser.waitForText(By.tagName("main"), evidence);
        assertThat(browser.count(By.cssSelector("img[onerror], svg[onload]"))).as("approval page").isZero();
        browser.signOut();
        browser.signedInAs("officer.jinzhong");
        browser.go("task/notice.xhtml?id=" + Projects.taskOf(officerApi, code, "answerNotice"));
        browser.waitForText(By.tagName("main"), requirement);
        assertThat(browser.count(By.cssSelector("img[onerror], svg[onload]"))).as("notice page").isZero();
        browser.go("project/view.xhtml?id=" + id);
        browser.find(By.cssSelector("h1.zf-title"));
        assertThat(browser.count(By.cssSelector("img[onerror], svg[onload]"))).as("project page").isZero();
    }

    @Test
    void theFilteredProjectListExportsAsTheImportTemplateWithFormulasInertAndImportsBackUnchanged()
            throws IOException {
        ApiClient officerApi = ApiClient.as(base, "officer.jinzhong");
        String code = Projects.newCode();
        JsonObject hostile = Json.createObjectBuilder(Projects.signed(code, "晋中开发区", "30000"))
                .add("name", "@HYPERLINK(\"http://127.0.0.1/\",\"点击\") " + code).build();
        assertThat(officerApi.post("projects", hostile).status()).isEqualTo(201);
        long total = officerApi.get("projects?size=1").json().getJsonNumber("total").longValue();

        browser.open(base).signedInAs("officer.jinzhong");
        browser.click("menu:projectsLink");
        Path workbook = browser.download("projects:export");

        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(StreamSupport.stream(sheet.getRow(0).spliterator(), false).map(Cell::getStringCellValue))
                    .as("the import template's columns").containsExactlyElementsOf(
                            Arrays.stream(ImportColumn.values()).map(ImportColumn::header).toList());
            assertThat(sheet.getLastRowNum()).as("every project of the zone, not one page").isEqualTo(total);
            Row row = StreamSupport.stream(sheet.spliterator(), false)
                    .filter(candidate -> code.equals(candidate.getCell(0).getStringCellValue())).findFirst()
                    .orElseThrow();
            assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(1).getCellStyle().getQuotePrefixed()).as("marked as text, never run").isTrue();
            Cell investment = row.getCell(ImportColumn.TOTAL_INVESTMENT.ordinal());
            assertThat(investment.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(investment.getNumericCellValue()).as("万元, as the template asks").isEqualTo(30000.0);
        }

        Answer again = officerApi.upload("projects/import", Files.readAllBytes(workbook), ImportTemplate.CONTENT_TYPE);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().getInt("created")).isZero();
        assertThat(again.json().getInt("updated")).isZero();
        assertThat(again.json().getInt("unchanged")).isEqualTo((int) total);
    }

    @Test
    void theAuditorSearchesTheTrailAndHasItsChainVerified() {
        browser.open(base).logInAs("officer.jinzhong", "wrong-password");
        browser.waitForText(By.tagName("body"), "用户名或密码");

        browser.signedInAs("auditor");
        browser.click("menu:auditLink");
        browser.waitForText(By.cssSelector("h1.zf-title"), "审计日志");
        browser.type("audit:keyword", "ficer.jinzh");
        browser.click("audit:search");
        browser.waitForText(By.id("audit:entries"), "登录");
        assertThat(browser.text(By.id("audit:entries"))).as("found by a part of who acted")
                .contains("失败", "127.0.0.1");
        browser.type("audit:keyword", "");
        browser.type("audit:actor", "officer.jinzhong");
        browser.click("audit:search");
        browser.waitForText(By.id("audit:entries"), "登录");
        browser.click("audit:verify");
        browser.waitForText(By.id("audit:verification"), "审计日志完整");
    }

    @Test
    void aSupervisorCreatesAnActivityPresentsAProjectAndReadsTheBulletinsTableAndTakesItAsExcel()
            throws IOException {
        JsonObject started = ApiClient.as(base, "supervisor.province").get("projects?size=1&stage=STARTED").json()
                .getJsonArray("items").getJsonObject(0);
        String name = "浏览器测试活动 " + Projects.newCode();

        browser.open(base).signedInAs("supervisor.province");
        browser.click("menu:activitiesLink");
        browser.waitForText(By.cssSelector("h1.zf-title"), "三个一批活动");
        browser.type("create:name", name);
        browser.type("create:heldOn_input", ChinaTime.today().toString());
        browser.click("create:submit");
        browser.waitForText(By.cssSelector("h1.zf-title"), name);
        browser.click("enrol:submit");
        browser.waitForText(By.id("enrol"), "必填");
        browser.type("enrol:projectCode", started.getString("code"));
        browser.choose("enrol:batch", "开工一批");
        browser.click("enrol:submit");

        browser.waitForText(By.id("summary"), started.getString("city") + "市");
        assertThat(browser.texts(By.cssSelector("#summary tbody tr")))
                .anySatisfy(row -> assertThat(row).contains("全省", "开工一批", "1"))
                .anySatisfy(row -> assertThat(row).contains(started.getString("city") + "市", "合计"));

        Path workbook = browser.download("export:workbook");
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).startsWith(name);
            assertThat(book.getSheetAt(0).getLastRowNum() - 1)
                    .isEqualTo(browser.texts(By.cssSelector("#summary tbody tr")).size());
        }

        String activityPage = browser.currentPath();
        browser.signOut();
        browser.signedInAs("supervisor.jinzhong");
        browser.go(activityPage.substring(1));
        browser.waitForText(By.cssSelector("h1.zf-title"), name);
        assertThat(browser.texts(By.cssSelector("#summary tbody tr"))).as("a city's figures are named for the city")
                .hasSize(4).allSatisfy(row -> assertThat(row).startsWith("晋中市").doesNotContain("全省"));
    }

    @Test
    void aCitySupervisorReadsTheMonthlyNoticesRankingOfTheirZonesAndExportsIt() throws IOException {
        browser.open(base).signedInAs("supervisor.jinzhong");
        browser.click("menu:monthlyLink");
        browser.waitForText(By.cssSelector("h1.zf-title"), "月通报");
        assertThat(browser.text(By.id("scopeName"))).isEqualTo("晋中市");
        List<String> rows = browser.texts(By.cssSelector("[id$='ranking_data'] tr"));
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("晋中开发区", "已办结"));
        assertThat(rows).noneSatisfy(row -> assertThat(row).contains("朔州"));

        Path workbook = browser.download("filters:export");
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
            Sheet ranking = book.getSheet("开发区排名");
            assertThat(ranking.getLastRowNum() - 1).isEqualTo(rows.size());
            assertThat(ranking.getRow(2).getCell(0).getNumericCellValue()).isEqualTo(1);
        }

        browser.type("filters:month", "2026/11");
        browser.click("filters:search");
        browser.waitForText(By.id("pageMessages"), "应为“年-月”");
    }

    @Test
    void aSupervisorReadsTheFollowUpRatesWithTheirFiguresDrillsDownToACityAndExportsThem() throws IOException {
        browser.open(base).signedInAs("supervisor.province");
        browser.click("menu:ratesLink");
        browser.waitForText(By.cssSelector("h1.zf-title"), "三个一批跟踪率");

        assertThat(browser.text(By.id("scopeName"))).isEqualTo("山西省");
        assertThat(browser.text(By.id("rate-SIGNED_TO_STARTED"))).contains("签约项目开工率", "按投资额", "按项目数");
        assertThat(browser.text(By.cssSelector("#rate-SIGNED_TO_STARTED .zf-by-count"))).matches("\\d+\\.\\d{2}%|—");
        assertThat(browser.find(By.cssSelector("#chart canvas")).isDisplayed()).isTrue();
        browser.find(By.linkText("晋中市")).click();
        browser.waitForText(By.id("scopeName"), "晋中市");
        assertThat(browser.text(By.id("places"))).contains("晋中开发区").doesNotContain("朔州");
        int places = browser.count(By.cssSelector("[id='places_data'] > tr:not(.ui-datatable-empty-message)"));
        Path workbook = browser.download("export:workbook");
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("晋中市 三个一批跟踪率");
            assertThat(sheet.getLastRowNum() - 1).as("three rates by count and by investment, for the city and each zone")
                    .isEqualTo((1 + places) * 3 * 2);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("晋中市");
        }
        browser.signOut();

        browser.signedInAs("officer.jinzhong");
        browser.go("report/rates.xhtml?scope=province");
        browser.waitForText(By.tagName("body"), "页面不存在");
    }

    @Test
    void aSupervisorReadsTheOverviewDrillsDownToACityTakesItAsExcelAndOpensTheProjectsBehindACount()
            throws IOException {
        browser.open(base).signedInAs("supervisor.province");
        browser.click("menu:overviewLink");
        browser.waitForText(By.cssSelector("h1.zf-title"), "总览");

        assertThat(browser.text(By.id("scopeName"))).isEqualTo("山西省");
        assertThat(browser.text(By.id("stage-STARTED"))).contains("开工", "亿元");
        assertThat(browser.find(By.cssSelector("#funnelChart canvas")).isDisplayed()).isTrue();
        assertThat(browser.find(By.cssSelector("#trendChart canvas")).isDisplayed()).isTrue();
        assertThat(browser.text(By.id("procedures"))).contains("手续办结率", "已办结");
        assertThat(browser.text(By.id("places"))).contains("晋中市", "朔州市");
        browser.find(By.linkText("晋中市")).click();
        browser.waitForText(By.id("scopeName"), "晋中市");
        assertThat(browser.text(By.id("crumbs"))).startsWith("山西省");
        assertThat(browser.text(By.id("places"))).contains("晋中开发区").doesNotContain("朔州");

        String started = browser.find(By.cssSelector("#stage-STARTED a")).getText();
        Path workbook = browser.download("export:workbook");
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
            Sheet places = book.getSheetAt(0);
            assertThat(places.getRow(0).getCell(0).getStringCellValue()).startsWith("晋中市 总览");
            List<String> headers = StreamSupport.stream(places.getRow(1).spliterator(), false)
                    .map(Cell::getStringCellValue).toList();
            Row city = places.getRow(2);
            assertThat(city.getCell(0).getStringCellValue()).isEqualTo("晋中市");
            assertThat((long) city.getCell(headers.indexOf("开工项目（个）")).getNumericCellValue())
                    .as("the figure the page shows").isEqualTo(Long.parseLong(started));
            assertThat(headers).contains("手续办结率（%）", "超期待办（件）", "签而未落");
            assertThat(StreamSupport.stream(places.spliterator(), false).skip(3)
                    .map(row -> row.getCell(0).getStringCellValue())).contains("晋中开发区");
            assertThat(book.getSheetAt(1).getSheetName()).as("the follow-up rates beside it").isEqualTo("三个一批跟踪率");
        }
        browser.find(By.cssSelector("#stage-STARTED a")).click();
        browser.waitForText(By.cssSelector("h1.zf-title"), "项目库");
        assertThat(browser.text(By.cssSelector(".ui-paginator-current"))).contains("共 " + started + " 个项目");
        assertThat(browser.texts(By.cssSelector("[id='projects:table_data'] tr")))
                .allSatisfy(row -> assertThat(row).contains("开工"));
    }

    @Test
    void theSystemAdministratorOpensTheIncidentListAndNobodyElseDoes() {
        browser.open(base).signedInAs("admin");
        browser.click("menu:incidentsLink");
        browser.waitForText(By.cssSelector("h1.zf-title"), "故障处理");
        assertThat(browser.find(By.id("incidents:table")).isDisplayed()).isTrue();
        assertThat(browser.texts(By.cssSelector("#menu a"))).as("no project screens for an administrator")
                .doesNotContain("我的待办", "项目库", "总览");
        for (String page : List.of("project/list.xhtml", "report/overview.xhtml", "documents/1")) {
            browser.go(page);
            browser.waitForText(By.tagName("body"), "页面不存在");
        }
        browser.go("admin/incidents.xhtml");
        browser.signOut();

        browser.signedInAs("officer.jinzhong");
        browser.go("admin/incidents.xhtml");
        browser.waitForText(By.tagName("body"), "页面不存在");
        ApiClient auditor = ApiClient.as(base, "auditor");
        assertThat(refusedPages(auditor, "admin")).as("each refused page is in the audit trail")
                .contains("/project/list.xhtml", "/report/overview.xhtml");
        assertThat(refusedPages(auditor, "officer.jinzhong")).contains("/admin/incidents.xhtml");
    }

    private static List<String> refusedPages(ApiClient auditor, String actor) {
        return auditor.get("audit?action=ACCESS_DENIED&size=100&actor=" + actor).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(entry -> entry.getString("objectId")).toList();
    }

    /** The only test that publishes 2027, whose notice the seeded calendar lacks. */
    @Test
    void theSystemAdministratorPublishesNextYearsHolidaysFromAFileCorrectingTheLineTheCalendarRefuses()
            throws IOException {
        browser.open(base).signedInAs("admin");
        browser.click("menu:calendarLink");
        browser.waitForText(By.cssSelector("h1.zf-title"), "工作日历");
        assertThat(browser.text(By.id("missingYear"))).contains("2027年的放假安排尚未发布");
        assertThat(browser.text(By.id("years:table_data"))).contains("2026", "2023").doesNotContain("2027");
        Path file = Files.writeString(Files.createDirectories(Path.of("target", "uploads")).resolve("2027.json"), """
                {"year": 2027, "papers": ["https://www.gov.cn/zhengce/zhengceku/202611/content_7000000.htm"],
                 "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true},
                          {"name": "春节", "date": "2027-02-08", "isOffDay": false},
                          {"name": "<b>国庆节</b>", "date": "2027-10-01", "isOffDay": true}]}
                """);

        browser.attach(By.cssSelector("#publish input[type=file]"), file);
        browser.waitForText(By.id("state"), "已读取“2027.json”");
        assertThat(browser.find(By.id("publish:days")).getAttribute("value")).contains("2027-02-08 班 春节");
        browser.click("publish:submit");
        browser.waitForText(By.id("publish:daysMessages"), "「2027-02-08 班 春节」：调休上班日应在周六或周日");
        assertThat(browser.text(By.id("years:table_data"))).doesNotContain("2027");
        browser.type("publish:days", "2027-01-01 休 元旦\n2027-02-07 班 春节\n2027-10-01 休 <b>国庆节</b>");
        browser.click("publish:submit");

        browser.waitForText(By.id("state"), "已发布2027年日历：放假2天，调休上班1天。");
        assertThat(browser.count(By.id("missingYear"))).isZero();
        assertThat(browser.text(By.id("years:table_data"))).contains("2027", "content_7000000.htm");
        List<String> days = browser.texts(By.cssSelector("[id$='dayTable_data'] tr"));
        assertThat(days).hasSize(3);
        assertThat(days.get(0)).contains("2027-01-01", "星期五", "放假", "元旦");
        assertThat(days.get(1)).contains("2027-02-07", "星期日", "调休上班", "春节");
        assertThat(days.get(2)).as("markup shown as typed").contains("<b>国庆节</b>");
    }

    @Test
    void theSystemAdministratorGivesAProcedureItsNewDepartmentAndAWrongLimitIsRefusedBesideItsField() {
        browser.open(base).signedInAs("admin");
        browser.click("menu:proceduresLink");
        browser.waitForText(By.cssSelector("h1.zf-title"), "手续目录");
        List<String> rows = browser.texts(By.cssSelector("[id='catalogue:table_data'] tr"));
        int discharge = IntStream.range(0, rows.size()).filter(i -> rows.get(i).contains("DISCHARGE_PERMIT"))
                .findFirst().orElseThrow();
        assertThat(rows.get(discharge)).contains("排污许可", "投产");

        browser.click("catalogue:table:" + discharge + ":change");
        browser.waitForText(By.id("editor"), "DISCHARGE_PERMIT");
        assertThat(browser.text(By.id("editTitle"))).as("titled with its name").startsWith("修改手续 排污许可");
        browser.click("edit:cancel");
        browser.waitForCount(By.id("edit"), 0);
        browser.click("catalogue:table:" + discharge + ":change");
        browser.waitForText(By.id("editor"), "DISCHARGE_PERMIT");
        browser.type("edit:department", "市行政审批服务管理局");
        browser.type("edit:statutoryDays", "0");
        browser.click("edit:submit");
        browser.waitForText(By.cssSelector("[id='edit'] .ui-message-error"), "1至250");
        browser.type("edit:statutoryDays", "15");
        browser.click("edit:submit");

        browser.waitForText(By.id("pageMessages"), "“排污许可”已保存");
        assertThat(browser.texts(By.cssSelector("[id='catalogue:table_data'] tr")))
                .as("in working order again, the quicker limit further up")
                .anySatisfy(row -> assertThat(row).contains("DISCHARGE_PERMIT", "市行政审批服务管理局", "15"));
    }

    @Test
    void theSystemAdministratorAddsAZoneAndRenamesItAndTheOldNameStillFindsIt() {
        browser.open(base).signedInAs("admin");
        browser.click("menu:zonesLink");
        browser.waitForText(By.cssSelector("h1.zf-title"), "开发区管理");
        browser.choose("add:city", "吕梁市");
        browser.type("add:name", "晋中开发区");
        browser.choose("add:category", "工业类");
        browser.choose("add:level", "省级");
        browser.click("add:submit");
        browser.waitForText(By.cssSelector("[id='add'] .ui-message-error"), "已是另一个开发区的名称或别名");

        browser.type("add:name", "临县经济开发区");
        browser.type("add:aliases", "临县经开区");
        browser.click("add:submit");
        browser.waitForText(By.id("pageMessages"), "已添加“临县经济开发区”");
        List<String> rows = browser.texts(By.cssSelector("[id='zones:table_data'] tr"));
        int added = IntStream.range(0, rows.size()).filter(i -> rows.get(i).contains("临县经济开发区"))
                .findFirst().orElseThrow();
        assertThat(rows.get(added)).contains("吕梁市", "临县经开区", "工业类", "省级");

        browser.click("zones:table:" + added + ":change");
        browser.waitForText(By.id("editor"), "修改 临县经济开发区");
        browser.type("change:name", "临县经济技术开发区");
        browser.choose("change:level", "国家级");
        browser.click("change:submit");

        browser.waitForText(By.id("pageMessages"), "“临县经济技术开发区”已保存");
        assertThat(browser.texts(By.cssSelector("[id='zones:table_data'] tr")).get(added))
                .contains("临县经济技术开发区", "临县经开区、临县经济开发区", "国家级");
        assertThat(ApiClient.as(base, "supervisor.province").get("zones?city=" + ApiClient.query("吕梁市")).body())
                .as("every reader finds the zone as changed").contains("临县经济技术开发区", "NATIONAL");
    }

    @Test
    void aCitySupervisorFindsTheOverdueWorkOfTheirCityOnTheBoardAndTakesTheWeeklyDispatchList() throws IOException {
        browser.open(base).signedInAs("supervisor.jinzhong");
        browser.click("menu:overdueLink");
        browser.waitForText(By.cssSelector("h1.zf-title"), "超期督办");

        int late = Integer.parseInt(browser.text(By.id("lateCount")));
        assertThat(Integer.parseInt(browser.text(By.id("overdueCount")))).isPositive();
        String board = browser.text(By.id("lateWork:board_data"));
        assertThat(board).contains("晋中", "超期").doesNotContain("朔州");
        assertThat(browser.find(By.cssSelector("[id='lateWork:board_data'] tr.zf-overdue")).isDisplayed()).isTrue();
        By lateRows = By.cssSelector(
                "[id='lateWork:board_data'] > tr:not(.ui-rowgroup-header):not(.ui-datatable-empty-message)");
        String someCode = browser.text(By.cssSelector(
                "[id='lateWork:board_data'] tr.zf-overdue td:nth-child(4) .zf-secondary"));
        long rowsOfProject = browser.texts(lateRows).stream().filter(row -> row.contains(someCode)).count();
        browser.type("lateWork:board:globalFilter", someCode);
        assertThat(browser.waitForTexts(lateRows, rows -> rows.size() == rowsOfProject))
                .as("the board searched for one project").allSatisfy(row -> assertThat(row).contains(someCode));

        Path dispatch = browser.download("dispatch:export");
        assertThat(dispatch.getFileName().toString()).startsWith("周调度-").endsWith(".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(dispatch))) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("超期及临期事项");
            assertThat(book.getSheetAt(0).getLastRowNum() - 1).isEqualTo(late);
            assertThat(book.getSheetAt(1).getSheetName()).isEqualTo("三未项目");
            assertThat(book.getSheetAt(2).getSheetName()).isEqualTo("督办通知");
            assertThat(book.getSheetAt(3).getSheetName()).isEqualTo("问题办理");
        }
    }

    @Test
    void aSupervisorSendsANoticeAboutALateTaskFromTheBoardAndTheOfficerAnswersIt() {
        String deadline = ChinaTime.today().plusDays(4).toString();
        browser.open(base).signedInAs("supervisor.jinzhong");
        browser.click("menu:overdueLink");
        browser.waitForText(By.cssSelector("h1.zf-title"), "超期督办");
        browser.find(By.xpath("//tbody[@id='lateWork:board_data']/tr[contains(@class,'zf-overdue')][td[2][.='晋中开发区']]"
                + "//a[contains(@class,'zf-notice-link')]")).click();
        browser.waitForText(By.cssSelector("h1.zf-title"), "发出督办通知");
        assertThat(browser.find(By.id("notice:requirement")).getAttribute("value")).contains("已超过办理时限");
        browser.choose("notice:addressee", "晋中开发区代办员（officer.jinzhong）");
        browser.type("notice:deadline_input", deadline);
        browser.click("notice:issue");
        browser.waitForText(By.cssSelector("h1.zf-title"), "督办通知");
        assertThat(browser.text(By.id("noticeList:notices_data"))).contains("officer.jinzhong", deadline, "待答复");
        browser.signOut();

        ApiClient officerApi = ApiClient.as(base, "officer.jinzhong");
        String answer = officerApi.get("tasks?size=100&taskType=answerNotice").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .filter(task -> deadline.equals(task.getString("due"))).findFirst().orElseThrow()
                .getString("id");
        browser.signedInAs("officer.jinzhong");
        browser.go("task/notice.xhtml?id=" + answer);
        assertThat(browser.text(By.id("noticeDeadline"))).isEqualTo(deadline);
        browser.click("answer:submit");
        browser.waitForText(By.cssSelector("#answer .ui-message-error"), "必填");
        browser.type("answer:text", "已补充施工许可材料，本周内提交审批");
        browser.click("answer:submit");
        browser.waitForText(By.cssSelector("h1.zf-title"), "我的待办");
        browser.signOut();

        browser.signedInAs("supervisor.jinzhong");
        browser.click("menu:noticesLink");
        browser.waitForText(By.id("noticeList:notices_data"), "已补充施工许可材料，本周内提交审批");
    }

    @Test
    void aSupervisorSendsNoticesForSeveralLateTasksAtOnceEachTiedToItsTask() {
        browser.open(base).signedInAs("supervisor.jinzhong");
        browser.click("menu:overdueLink");
        browser.waitForText(By.cssSelector("h1.zf-title"), "超期督办");
        By rows = By.cssSelector("[id='lateWork:board_data'] > tr[data-ri]");
        List<String> before = browser.texts(rows);
        List<Integer> notNoticed = IntStream.range(0, before.size()).filter(row -> !before.get(row).contains("已督办"))
                .limit(2).boxed().toList();
        assertThat(notNoticed).as("the demo data has late work without a notice yet").hasSize(2);

        notNoticed.forEach(row -> browser.clickFound(By.cssSelector("[id='lateWork:board_data'] > tr[data-ri='" + row
                + "'] .ui-chkbox-box")));
        browser.click("lateWork:noticeSelected");
        browser.waitForText(By.id("lateWork"), "必填");
        browser.type("lateWork:deadline_input", ChinaTime.today().plusDays(5).toString());
        browser.click("lateWork:noticeSelected");

        browser.waitForText(By.id("lateWork:boardMessages"), "已发出 2 份督办通知");
        List<String> after = browser.texts(rows);
        notNoticed.forEach(row -> assertThat(after.get(row)).as("the row says so").contains("已督办"));
        assertThat(after.stream().filter(row -> row.contains("已督办")).count())
                .isEqualTo(before.stream().filter(row -> row.contains("已督办")).count() + 2);
    }

    @Test
    void aSupervisorReadsTheThreeStallListsOfTheCity() {
        browser.open(base).signedInAs("supervisor.jinzhong");
        browser.click("menu:stallsLink");
        browser.waitForText(By.cssSelector("h1.zf-title"), "三未项目");

        assertThat(browser.text(By.id("stalls"))).contains("签而未落", "落而未投", "投而未达", "签约满 6 个月仍未开工");
        assertThat(browser.texts(By.cssSelector(".zf-stall-count"))).hasSize(3);
        assertThat(browser.texts(By.cssSelector(".zf-stall-projects tbody tr a.zf-project-link"))).isNotEmpty();
        assertThat(browser.text(By.cssSelector(".zf-stall-projects tbody"))).doesNotContain("朔州", "太原", "大同");
    }

    @Test
    void anOfficerCannotOpenTheSupervisorsBoard() {
        browser.open(base).signedInAs("officer.jinzhong");
        browser.go("supervision/overdue.xhtml");

        browser.waitForText(By.tagName("body"), "无权查看");
    }

    @Test
    void anOfficerRegistersASignedProjectFixingTheFieldTheFormRefused() {
        String code = Projects.newCode();
        browser.open(base).signedInAs("officer.jinzhong");
        browser.click("menu:registerLink");
        browser.waitForText(By.cssSelector("h1.zf-title"), "登记签约项目");

        browser.waitForText(By.cssSelector(".zf-register"), "项目代码");
        browser.type("register:code", code);
        browser.type("register:name", "晋中浏览器测试储能项目");
        browser.type("register:enterpriseName", "山西浏览器测试储能有限公司");
        browser.type("register:creditCode", "91140700MA0000000X");
        browser.choose("register:industry", "新能源");
        browser.type("register:totalInvestment_input", "35000");
        browser.type("register:expectedAnnualOutput_input", "42000");
        browser.type("register:signedOn_input", ChinaTime.today().minusDays(1).toString());
        browser.click("register:submit");

        browser.waitForText(By.cssSelector(".ui-message-error"), "校验码");
        assertThat(browser.texts(By.cssSelector(".ui-message-error"))).as("only the credit code was refused")
                .singleElement().asString().contains("校验码");
        String creditCode = CreditCode.completing("91140700MA" + code.substring(18) + "1").value();
        browser.type("register:creditCode", creditCode);
        browser.type("register:contactPerson", "赵经理");
        browser.type("register:contactPhone", "0354-3216547");
        browser.click("register:submit");

        browser.waitForText(By.cssSelector("h1.zf-title"), "项目详情");
        assertThat(browser.text(By.id("projectCode"))).isEqualTo(code);
        assertThat(browser.text(By.id("projectStage"))).isEqualTo("签约");
        assertThat(browser.text(By.id("creditCode"))).as("what was registered is shown").isEqualTo(creditCode);
        assertThat(browser.text(By.id("enterpriseContact"))).isEqualTo("赵经理 · 0354-3216547");
    }

    @Test
    void anOfficerEntersAProjectIntoTheReserveConfirmsItsCriteriaAndTheManagerGradesItInTheReserveLibrary() {
        String code = Projects.newCode();
        browser.open(base).signedInAs("officer.jinzhong");
        browser.click("menu:registerLink");
        browser.waitForText(By.cssSelector(".zf-register"), "项目代码");
        browser.type("register:code", code);
        browser.type("register:name", "晋中浏览器测试储备项目");
        browser.type("register:enterpriseName", "山西浏览器测试储备有限公司");
        browser.type("register:creditCode", CreditCode.completing("91140700MA" + code.substring(18) + "2").value());
        browser.choose("register:industry", "新能源");
        browser.type("register:totalInvestment_input", "18000");
        browser.type("register:expectedAnnualOutput_input", "20000");
        browser.click("register:enterReserve");

        browser.waitForText(By.cssSelector("h1.zf-title"), "项目详情");
        assertThat(browser.text(By.id("projectStage"))).isEqualTo("储备");
        String page = browser.currentPath();
        List<WebElement> boxes = browser.findAll(By.cssSelector("[id='reserveCriteria:criteria'] .ui-chkbox-box"));
        boxes.get(0).click();
        boxes.get(1).click();
        browser.click("reserveCriteria:save");
        browser.waitForText(By.id("reserveCriteria:reserveMessages"), "已保存入库标准");
        assertThat(browser.texts(By.cssSelector("#reserveCriteriaList .zf-criterion-met"))).hasSize(2)
                .allSatisfy(line -> assertThat(line).contains(ChinaTime.today().toString(), "officer.jinzhong"));

        browser.signOut();
        browser.signedInAs("manager.jinzhong");
        browser.go(page.substring(page.indexOf("project/")));
        browser.choose("assignment:reserveTier", "成熟库");
        browser.click("assignment:save");
        browser.waitForText(By.cssSelector("#assignment .ui-message-error"), "项目用地已落实");
        browser.choose("assignment:reserveTier", "重点库");
        browser.click("assignment:save");
        browser.waitForText(By.id("assignment:assignmentMessages"), "已保存");
        assertThat(browser.text(By.id("tierMoves"))).contains("未分级", "重点库", "manager.jinzhong");

        browser.click("menu:reserveLink");
        browser.waitForText(By.cssSelector("h1.zf-title"), "储备库");
        assertThat(browser.text(By.id("projects"))).contains("晋中浏览器测试储备项目", "重点库");
        assertThat(browser.text(By.id("places"))).contains("储备转化率");
    }

    @Test
    void wrongPasswordIsToldPlainlyAndKeepsTheUserOnTheLoginPage() {
        browser.open(base).logInAs("officer.jinzhong", "not-the-password");

        browser.waitForText(By.id("login:messages"), "用户名或密码错误");
        assertThat(browser.currentPath()).startsWith("/login.xhtml");
    }

    @Test
    void theSecurityAdministratorCreatesACitysLeaderInChargeWhoLeadsNoZoneAlone() {
        String username = "leader.t" + System.nanoTime() % 1_000_000_000L;
        browser.open(base).signedInAs("security");
        fillInNewAccount(username, "晋中市副市长", "包联领导", "晋中开发区");
        browser.choose("create:city", "晋中市");
        browser.type("create:temporaryPassword", "Temp#2026x");
        browser.click("create:submit");
        browser.waitForText(By.cssSelector("#create .ui-message-error"), "不能同时选择");

        browser.choose("create:zone", "不限于一个开发区（市级或省级领导）");
        browser.type("create:temporaryPassword", "Temp#2026x");
        browser.click("create:submit");
        browser.waitForText(By.id("pageMessages"), "已新建账户 " + username);
        browser.type("accounts:table:globalFilter", username);
        assertThat(browser.waitForTexts(By.cssSelector("[id='accounts:table_data'] > tr"), rows -> rows.size() == 1
                && rows.get(0).contains(username))).singleElement().asString().contains("包联领导", "晋中市");
    }

    @Test
    void theSecurityAdministratorCreatesAnOfficerWhoMustReplaceTheTemporaryPasswordBeforeAnythingElse() {
        String username = "officer.t" + System.nanoTime() % 1_000_000_000L;
        browser.open(base).signedInAs("security");
        fillInNewAccount(username, "朔州经开区代办员（新）", "代办员", "朔州经济开发区");
        browser.type("create:temporaryPassword", "short");
        browser.click("create:submit");
        browser.waitForText(By.cssSelector("#create .ui-message-error"), "至少8位");

        browser.type("create:temporaryPassword", "Temp#2026x");
        browser.click("create:submit");
        browser.waitForText(By.id("pageMessages"), "已新建账户 " + username);
        assertThat(browser.text(By.id("accounts:table"))).contains(username, "朔州经济开发区", "临时密码");
        browser.type("accounts:table:globalFilter", username);
        assertThat(browser.waitForTexts(By.cssSelector("[id='accounts:table_data'] > tr"), rows -> rows.size() == 1
                && rows.get(0).contains(username))).as("the list searched").hasSize(1);
        browser.clickFound(By.cssSelector("[id='accounts:table_data'] > tr:first-child button[id$=':disable']"));
        browser.waitForText(By.cssSelector(".ui-confirm-dialog"), username + " 将无法登录");
        browser.click("accounts:confirmNo");
        assertThat(browser.text(By.id("accounts:table_data"))).as("nothing changed on 取消").doesNotContain("已停用");
        assertThat(ApiClient.withPassword(base, username, "Temp#2026x").get("tasks").status())
                .as("the API refuses a temporary password").isEqualTo(403);
        browser.signOut();

        browser.logInAs(username, "Temp#2026x");
        browser.waitForText(By.cssSelector("h1.zf-title"), "修改密码");
        browser.go("project/list.xhtml");
        browser.waitForText(By.id("password:temporary"), "须先修改密码");
        browser.type("password:currentPassword", "Temp#2026x");
        browser.type("password:newPassword", "Shuozhou#2027");
        browser.type("password:confirmation", "Shuozhou#2026");
        browser.click("password:submit");
        browser.waitForText(By.cssSelector("#password .ui-message-error"), "不一致");
        changeOwnPassword("Temp#2026x", "Shuozhou#2027");
        assertThat(browser.text(By.cssSelector(".zf-user"))).contains("朔州经济开发区");
        assertThat(ApiClient.withPassword(base, username, "Shuozhou#2027").get("tasks").status()).isEqualTo(200);
        browser.go("admin/users.xhtml");
        browser.waitForText(By.tagName("body"), "页面不存在");
    }

    /**
     * 部门联动审批 in the browser: the security administrator gives 朔州市自然资源局 a user; on a phone the user replaces the
     * temporary password, finds 朔州's 建设用地审批 on 部门审批, opens its material, is refused an approval without its
     * number and approves it; the zone's screens and the enterprises' portal stay closed to them.
     */
    @Test
    void aDepartmentsNewUserApprovesAProcedureSubmittedToItOnAPhone() throws IOException {
        ApiClient officer = ApiClient.as(base, "officer.shuozhou");
        String code = Projects.submittedToShuozhouDepartment(officer, "宗地图.png", Projects.png());
        String username = "zrzy.t" + System.nanoTime() % 1_000_000_000L;
        browser.open(base).signedInAs("security");
        fillInNewAccount(username, "朔州市自然资源局审批科（新）", "审批部门");
        browser.choose("create:department", "朔州市自然资源局");
        browser.type("create:temporaryPassword", "Temp#2026x");
        browser.click("create:submit");
        browser.waitForText(By.id("pageMessages"), "已新建账户 " + username);
        browser.type("accounts:table:globalFilter", username);
        assertThat(browser.waitForTexts(By.cssSelector("[id='accounts:table_data'] > tr"), rows -> rows.size() == 1
                && rows.get(0).contains(username))).singleElement().asString().contains("审批部门", "朔州市自然资源局");
        browser.signOut();

        browser.phone();
        browser.logInAs(username, "Temp#2026x");
        browser.waitForText(By.cssSelector("h1.zf-title"), "修改密码");
        changeOwnPassword("Temp#2026x", "Ziran#2027x", "部门审批");
        assertThat(browser.text(By.tagName("main"))).contains("朔州市自然资源局");
        browser.clickFound(By.xpath("//div[contains(@class, 'zf-department-submission')][contains(., '" + code
                + "')]//a"));
        browser.waitForText(By.cssSelector("h1.zf-title"), "审批手续");
        assertThat(browser.text(By.id("taskFacts"))).contains("部门审批：建设用地审批", code, "朔州经济开发区",
                "20 个工作日");
        assertThat(browser.text(By.id("materials"))).contains("宗地图.png", "officer.shuozhou");
        assertThat(browser.sidewaysOverflow()).as("sideways scrolling on a phone").isLessThanOrEqualTo(0);
        browser.screenshot("department-phone");

        browser.click("answer:approved");
        browser.waitForText(By.cssSelector("#answer .ui-message-error"), "此项为必填项");
        browser.type("answer:approvalNumber", "朔自然资审〔2026〕9号");
        browser.click("answer:approved");
        browser.waitForText(By.id("pageMessages"), "已准予");
        assertThat(browser.currentPath()).endsWith("portal/department/index.xhtml");
        assertThat(browser.text(By.id("waiting"))).doesNotContain(code);
        assertThat(officer.get("projects/" + Projects.idOf(officer, code)).json().getJsonObject("agency")
                .getJsonArray("procedures").getValuesAs(JsonObject.class)).anySatisfy(procedure -> {
                    assertThat(procedure.getString("code")).isEqualTo("LAND_USE");
                    assertThat(procedure.getString("status")).isEqualTo("CLOSED");
                    assertThat(procedure.getString("approvalNumber")).isEqualTo("朔自然资审〔2026〕9号");
                });

        browser.go("task/inbox.xhtml");
        assertThat(browser.count(By.id("inbox"))).as("the zone's inbox is closed to a department").isZero();
        browser.go("portal/index.xhtml");
        assertThat(browser.count(By.id("toDo"))).as("so is the enterprises' portal").isZero();
        browser.go("portal/department/index.xhtml");
        browser.click("menuToggle");
        browser.signOut();
        browser.desktop();
    }

    @Test
    void aZoneManagerGivesAProblemToTheCityDepartmentWhichReadsItsFilesAndAnswersItOnItsDesk() throws IOException {
        ApiClient officer = ApiClient.as(base, "officer.shuozhou");
        ApiClient manager = ApiClient.as(base, "manager.shuozhou");
        String code = Projects.newCode();
        assertThat(officer.post("projects", Projects.signed(code, "朔州经济开发区", "6000")).status()).isEqualTo(201);
        long problem = officer.post("projects/" + Projects.idOf(officer, code) + "/problems", Json.createObjectBuilder()
                .add("category", "LAND").add("description", "用地指标<i>不足</i>").build()).json().getJsonNumber("id")
                .longValue();
        String accept = Projects.taskOf(manager, code, "acceptProblem");
        assertThat(manager.upload("tasks/" + accept + "/documents?name=" + ApiClient.query("红线图.png"), Projects.png(),
                "image/png").status()).isEqualTo(201);

        browser.open(base).signedInAs("manager.shuozhou");
        browser.go("task/problem.xhtml?id=" + accept);
        browser.waitForText(By.id("taskTitle"), "受理交办问题");
        browser.choose("step:department", "朔州市自然资源局");
        browser.click("step:assignButton");
        browser.waitForText(By.cssSelector("h1.zf-title"), "我的待办");
        browser.signOut();
        assertThat(officer.get("problems/" + problem).json().getString("responsible")).isEqualTo("朔州市自然资源局");

        browser.signedInAs("department.shuozhou");
        browser.clickFound(By.xpath("//div[contains(@class, 'zf-department-problem')][contains(., '" + code
                + "')]//a"));
        browser.waitForText(By.cssSelector("h1.zf-title"), "办理问题");
        assertThat(browser.text(By.id("problemFacts"))).contains("用地指标<i>不足</i>", "朔州市自然资源局");
        assertThat(browser.text(By.id("files"))).contains("红线图.png", "manager.shuozhou");
        String answerPage = browser.currentPath();
        browser.follow(By.cssSelector("#files a.zf-preview-link"));
        assertThat(browser.count(By.tagName("img"))).as("the department opens the zone's file").isEqualTo(1);
        browser.go(answerPage.substring(answerPage.indexOf("portal/")));
        browser.waitForText(By.cssSelector("h1.zf-title"), "办理问题");
        Path reply = Files.createDirectories(Path.of("target", "uploads")).resolve("复函-" + code + ".png");
        Files.write(reply, Projects.png());
        browser.attach(By.cssSelector("#fileForm input[type=file]"), reply);
        browser.waitForText(By.id("files"), reply.getFileName().toString());
        // the upload widget names the file before the list comes back: wait for the list's own button, on its file only
        browser.waitForCount(By.cssSelector("#files button[id$=':remove']"), 1);
        browser.clickFound(By.cssSelector("#files button[id$=':remove']"));
        browser.waitForText(By.cssSelector(".ui-growl"), "已删除材料");
        assertThat(browser.text(By.id("files"))).doesNotContain(reply.getFileName().toString()).contains("红线图.png");
        browser.click("answer:answered");
        browser.waitForText(By.cssSelector("#answer .ui-message-error"), "必填");
        browser.type("answer:text", "已调剂用地指标，红线内可开工");
        browser.click("answer:answered");
        browser.waitForText(By.id("pageMessages"), "已答复");
        assertThat(browser.currentPath()).endsWith("portal/department/index.xhtml");
        assertThat(browser.text(By.id("problems"))).doesNotContain(code);
        browser.signOut();
        JsonObject answered = officer.get("problems/" + problem).json();
        assertThat(answered.getString("status")).isEqualTo("ANSWERED");
        assertThat(answered.getJsonArray("entries").toString()).contains("已调剂用地指标，红线内可开工");
    }

    @Test
    void aDepartmentReturnsAProblemNotItsOwnAndTheZoneManagerReadsWhyWhenGivingItAnew() {
        ApiClient officer = ApiClient.as(base, "officer.shuozhou");
        ApiClient manager = ApiClient.as(base, "manager.shuozhou");
        String code = Projects.newCode();
        long problem = Projects.problemGivenToShuozhouDepartment(officer, manager, code, "UTILITIES", "供暖管网未接入");

        browser.open(base).signedInAs("department.shuozhou");
        browser.clickFound(By.xpath("//div[contains(@class, 'zf-department-problem')][contains(., '" + code
                + "')]//a"));
        browser.waitForText(By.cssSelector("h1.zf-title"), "办理问题");
        browser.click("returnForm:returned");
        browser.waitForText(By.cssSelector("#returnForm .ui-message-error"), "必填");
        browser.type("returnForm:reason", "供热管网属热力公司，请交朔州市热力公司");
        browser.click("returnForm:returned");
        browser.waitForText(By.id("pageMessages"), "退回开发区");
        assertThat(browser.text(By.id("problems"))).doesNotContain(code);
        browser.signOut();

        browser.signedInAs("manager.shuozhou");
        browser.go("task/problem.xhtml?id=" + Projects.taskOf(manager, code, "acceptProblem"));
        browser.waitForText(By.id("taskTitle"), "受理交办问题");
        assertThat(browser.text(By.id("problemFacts"))).contains("部门退回", "供热管网属热力公司，请交朔州市热力公司");
        browser.signOut();
        assertThat(officer.get("problems/" + problem).json().getString("status")).isEqualTo("RAISED");
    }

    @Test
    void aNewPasswordAnotherRoleOrDisablingEndsTheAccountsApiTokenAtOnce() {
        String username = "officer.t" + System.nanoTime() % 1_000_000_000L;
        browser.open(base).signedInAs("security");
        fillInNewAccount(username, "朔州经开区接口账户", "代办员", "朔州经济开发区");
        browser.type("create:temporaryPassword", "Temp#2026x");
        browser.click("create:submit");
        browser.waitForText(By.id("pageMessages"), "已新建账户 " + username);
        browser.signOut();
        browser.logInAs(username, "Temp#2026x");
        changeOwnPassword("Temp#2026x", "Shuozhou#2027");

        ApiClient client = ApiClient.withPassword(base, username, "Shuozhou#2027").signedInWithToken();
        assertThat(client.get("tasks").status()).isEqualTo(200);
        changeOwnPassword("Shuozhou#2027", "Shuozhou#2028");
        assertThat(client.get("tasks").status()).as("the token after its owner's new password").isEqualTo(401);

        ApiClient again = ApiClient.withPassword(base, username, "Shuozhou#2028").signedInWithToken();
        browser.signOut();
        browser.signedInAs("security");
        browser.go("admin/users.xhtml");
        browser.type("accounts:table:globalFilter", username);
        browser.waitForTexts(By.cssSelector("[id='accounts:table_data'] > tr"), rows -> rows.size() == 1);
        browser.clickFound(By.cssSelector("[id='accounts:table_data'] > tr:first-child button[id$=':manage']"));
        browser.choose("assign:role", "包联领导");
        browser.click("assign:submit");
        browser.waitForText(By.id("pageMessages"), "已调整账户 " + username);
        Answer asOfficer = again.get("tasks");
        assertThat(asOfficer.status()).as("the officer's token after the role changed").isEqualTo(401);
        assertThat(asOfficer.header("WWW-Authenticate")).contains("Bearer", "invalid_token");

        ApiClient leader = ApiClient.withPassword(base, username, "Shuozhou#2028").signedInWithToken();
        assertThat(leader.get("leader/projects").status()).isEqualTo(200);
        browser.clickFound(By.cssSelector("[id='accounts:table_data'] > tr:first-child button[id$=':disable']"));
        browser.click("accounts:confirmYes");
        browser.waitForText(By.id("pageMessages"), "已停用账户 " + username);
        assertThat(leader.get("leader/projects").status()).as("the token of an account disabled").isEqualTo(401);
    }

    /** 用户管理's form for a new account, filled in by the security administrator up to its temporary password. */
    private void fillInNewAccount(String username, String displayName, String role, String zone) {
        fillInNewAccount(username, displayName, role);
        browser.choose("create:zone", zone);
    }

    /** 用户管理's form for a new account, filled in by the security administrator up to its role. */
    private void fillInNewAccount(String username, String displayName, String role) {
        browser.click("menu:usersLink");
        browser.waitForText(By.cssSelector("h1.zf-title"), "用户管理");
        browser.type("create:username", username);
        browser.type("create:displayName", displayName);
        browser.choose("create:role", role);
    }

    /** On the password page, as its owner types it; ZoneFlow then opens the start page, the inbox. */
    private void changeOwnPassword(String current, String replacement) {
        changeOwnPassword(current, replacement, "我的待办");
    }

    /** On the password page, as its owner types it; ZoneFlow then opens the start page of the user's role. */
    private void changeOwnPassword(String current, String replacement, String startPageTitle) {
        browser.go("account/password.xhtml");
        browser.type("password:currentPassword", current);
        browser.type("password:newPassword", replacement);
        browser.type("password:confirmation", replacement);
        browser.click("password:submit");
        browser.waitForText(By.cssSelector("h1.zf-title"), startPageTitle);
    }
}
