package cn.zoneflow.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoneflow.domain.model.enterprise.CreditCode;
import cn.zoneflow.domain.model.land.RegionalAssessment;
import cn.zoneflow.domain.model.shared.ChinaTime;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Fresh projects for tests that need one of their own, registered through the API as a zone would. */
public final class Projects {

    /** The import template's header line, as a CSV file carries it. */
    private static final String PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
    public static final String IMPORT_HEADERS = String.join(",", "项目代码", "项目名称", "企业名称", "统一社会信用代码",
            "所属开发区", "产业领域", "战新项目", "产业项目", "总投资（万元）", "预计年产值（万元）", "当前阶段", "签约日期", "开工日期",
            "投产日期", "达效日期", "累计完成投资（万元）", "承诺制", "全代办", "标准地地块编号", "三个一批活动", "批次", "活动日期");

    private Projects() {
    }

    /** A national project code no demo project has (serials from 900000 up). */
    /** A picture of one pixel, as small as a real file the zone uploads can be. */
    public static byte[] png() {
        return Base64.getDecoder().decode(PNG);
    }

    public static String newCode() {
        // the two middle segments vary too: a serial alone collides within the thousand projects a run registers
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("2026-140700-%02d-%02d-%06d", random.nextInt(45, 100), random.nextInt(10, 100),
                random.nextInt(900_000, 1_000_000));
    }

    /**
     * The body of a registration of a project signed on the first day of last month: whatever the day, last month's
     * investment is one it can report, and the agency agreement signed yesterday comes after the signing.
     */
    public static JsonObject signed(String code, String zone, String totalInvestment) {
        String organisation = Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
        return Json.createObjectBuilder()
                .add("code", code)
                .add("name", "晋中测试光伏组件项目 " + code)
                .add("enterpriseName", "山西测试新能源有限公司 " + code)
                .add("creditCode", CreditCode.completing("91140700MA" + organisation).value())
                .add("contactPerson", "王经理")
                .add("contactPhone", "0354-3000000")
                .add("zone", zone)
                .add("industry", "新能源")
                .add("strategicEmerging", true)
                .add("industrial", "是")
                .add("totalInvestment", Json.createValue(new BigDecimal(totalInvestment)))
                .add("expectedAnnualOutput", 12000)
                .add("plannedStartDate", ChinaTime.today().plusMonths(2).toString())
                .add("plannedProductionDate", ChinaTime.today().plusMonths(14).toString())
                .add("signedOn", ChinaTime.thisMonth().minusMonths(1).atDay(1).toString())
                .build();
    }

    /**
     * Registers, as the client, a 2亿 photovoltaic project in 晋中开发区 on standard land that the enterprise entrusts to
     * the zone (全代办); its agency process waits for the agreement.
     *
     * @return its code
     */
    public static String entrusted(ApiClient client) {
        return entrusted(client, false);
    }

    /**
     * A newly signed project entrusted to the zone, under 承诺制 or not, on a parcel its manager registered with every
     * regional assessment done.
     */
    public static String entrusted(ApiClient client, boolean underCommitment) {
        return entrusted(client, underCommitment, parcel(client.colleague("manager.jinzhong"),
                RegionalAssessment.values()));
    }

    /** A newly signed project entrusted to the zone on the given parcel. */
    public static String entrusted(ApiClient client, boolean underCommitment, String parcelCode) {
        String code = newCode();
        register(client, Json.createObjectBuilder(signed(code, "晋中开发区", "20000"))
                .add("fullAgency", "是").add("underCommitment", underCommitment ? "是" : "否")
                .add("landParcelCode", parcelCode));
        return code;
    }

    /**
     * A newly signed project of the portal's demo enterprise ({@code enterprise.demo}), entrusted to 晋中开发区, under
     * 承诺制 or not, with the agency agreement signed by {@code officer.jinzhong}.
     *
     * @return its code
     */
    public static String agreedForTheDemoEnterprise(ApiClient officer, boolean underCommitment) {
        long ownProject = officer.colleague("enterprise.demo").get("portal/projects").json()
                .getJsonArray("projects").getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject facts = officer.get("projects/" + ownProject).json();
        String code = entrustedFor(officer, facts.getString("enterprise"), facts.getString("creditCode"),
                underCommitment);
        assertThat(officer.post("tasks/" + taskOf(officer, code, "signAgencyAgreement") + "/complete",
                agreement(code, "officer.jinzhong")).status()).isEqualTo(204);
        return code;
    }

    /** A newly signed project of an enterprise already known, entrusted to the zone under 承诺制. */
    public static String entrustedUnderCommitmentFor(ApiClient client, String enterpriseName, String creditCode) {
        return entrustedFor(client, enterpriseName, creditCode, true);
    }

    /** A newly signed project of an enterprise already known, entrusted to the zone, under 承诺制 or not. */
    public static String entrustedFor(ApiClient client, String enterpriseName, String creditCode,
            boolean underCommitment) {
        String code = newCode();
        register(client, Json.createObjectBuilder(signed(code, "晋中开发区", "20000"))
                .add("enterpriseName", enterpriseName).add("creditCode", creditCode)
                .add("fullAgency", "是").add("underCommitment", underCommitment ? "是" : "否")
                .add("landParcelCode", parcel(client.colleague("manager.jinzhong"), RegionalAssessment.values())));
        return code;
    }

    private static void register(ApiClient client, JsonObjectBuilder body) {
        ApiClient.Answer registered = client.post("projects", body.build());
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    }

    /**
     * Registers, as the zone's manager, a 20-mu standard-land parcel of 晋中开发区 sold at 300 万元/亩 investment,
     * 500 万元/亩 output, 30 万元/亩 tax and 0.5 吨标准煤/万元, with soil and water and seismic safety assessed.
     *
     * @return its code
     */
    public static String parcel(ApiClient manager) {
        return parcel(manager, RegionalAssessment.SOIL_WATER, RegionalAssessment.SEISMIC_SAFETY);
    }

    /** Registers, as the zone's manager, such a parcel with the given regional assessments done. */
    public static String parcel(ApiClient manager, RegionalAssessment... assessed) {
        String code = "JZ-BDD-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        JsonArrayBuilder assessments = Json.createArrayBuilder();
        Arrays.stream(assessed).map(RegionalAssessment::name).forEach(assessments::add);
        JsonObject body = Json.createObjectBuilder().add("code", code).add("zone", "晋中开发区").add("areaMu", "20")
                .add("soldOn", ChinaTime.today().minusMonths(2).toString()).add("investmentIntensity", "300")
                .add("outputPerMu", "500").add("taxPerMu", "30").add("energyPerOutput", "0.5")
                .add("assessments", assessments).build();
        assertThat(manager.post("land-parcels", body).status()).isEqualTo(201);
        return code;
    }

    /**
     * A project of 晋中开发区 on the parcel that its officer and manager moved to 投产, with 7,000 万元 of investment
     * completed: its lifecycle waits for the 达效 evaluation.
     */
    public static String producingOn(ApiClient officer, ApiClient manager, String parcelCode) {
        String code = newCode();
        assertThat(officer.post("projects", Json.createObjectBuilder(signed(code, "晋中开发区", "20000"))
                .add("landParcelCode", parcelCode).build()).status()).isEqualTo(201);
        for (int move = 0; move < 2; move++) {
            assertThat(officer.post("tasks/" + taskOf(officer, code, "requestStageMove") + "/complete",
                    Json.createObjectBuilder().add("evidence", "现场核实").build()).status()).isEqualTo(204);
            assertThat(manager.post("tasks/" + taskOf(manager, code, "approveStageMove") + "/complete",
                    Json.createObjectBuilder().add("decision", "approve").build()).status()).isEqualTo(204);
        }
        assertThat(officer.post("projects/" + idOf(officer, code) + "/investment", Json.createObjectBuilder()
                .add("month", ChinaTime.thisMonth().toString()).add("completed", "7000").build()).status())
                .isEqualTo(200);
        return code;
    }

    /**
     * A new project of 朔州经济开发区 entrusted to the zone, its agreement signed by 朔州's officer, its 建设用地审批's material
     * uploaded and the procedure submitted: the demo's 朔州市自然资源局 takes part in 部门联动审批, so the answer is the
     * department's to give.
     *
     * @return its code
     */
    public static String submittedToShuozhouDepartment(ApiClient shuozhouOfficer, String materialName,
            byte[] material) {
        return submittedInShuozhou(shuozhouOfficer, "建设用地审批", materialName, material);
    }

    /**
     * A new project of 朔州经济开发区 entrusted to the zone, its agreement signed by 朔州's officer, the material of the
     * procedure named uploaded and the procedure submitted.
     *
     * @return its code
     */
    public static String submittedInShuozhou(ApiClient shuozhouOfficer, String procedureName, String materialName,
            byte[] material) {
        String code = newCode();
        JsonObject body = Json.createObjectBuilder(signed(code, "朔州经济开发区", "20000")).add("fullAgency", "是")
                .build();
        assertThat(shuozhouOfficer.post("projects", body).status()).isEqualTo(201);
        assertThat(shuozhouOfficer.post("tasks/" + taskOf(shuozhouOfficer, code, "signAgencyAgreement") + "/complete",
                agreement(code, "officer.shuozhou")).status()).isEqualTo(204);
        String collect = procedureStep(shuozhouOfficer, code, "collectMaterials", procedureName);
        assertThat(shuozhouOfficer.upload("tasks/" + collect + "/documents?name=" + ApiClient.query(materialName),
                material, "image/png").status()).isEqualTo(201);
        assertThat(shuozhouOfficer.post("tasks/" + collect + "/complete", Json.createObjectBuilder().build())
                .status()).isEqualTo(204);
        assertThat(shuozhouOfficer.post("tasks/" + procedureStep(shuozhouOfficer, code, "submitToDepartment",
                procedureName) + "/complete", Json.createObjectBuilder().build()).status()).isEqualTo(204);
        return code;
    }

    /**
     * A problem of a new project of 朔州经济开发区, raised by 朔州's officer and given by its manager to the city's
     * department working in ZoneFlow (the demo's 朔州市自然资源局), which is to answer it.
     *
     * @return the problem's id
     */
    public static long problemGivenToShuozhouDepartment(ApiClient shuozhouOfficer, ApiClient shuozhouManager,
            String code, String category, String description) {
        assertThat(shuozhouOfficer.post("projects", signed(code, "朔州经济开发区", "6000")).status()).isEqualTo(201);
        long problem = shuozhouOfficer.post("projects/" + idOf(shuozhouOfficer, code) + "/problems",
                Json.createObjectBuilder().add("category", category).add("description", description).build()).json()
                .getJsonNumber("id").longValue();
        long department = shuozhouManager.get("problems/" + problem + "/departments").jsonArray()
                .getValuesAs(JsonObject.class).stream()
                .filter(choice -> choice.getString("name").equals("朔州市自然资源局")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        assertThat(shuozhouManager.post("tasks/" + taskOf(shuozhouManager, code, "acceptProblem") + "/complete",
                Json.createObjectBuilder().add("decision", "assign").add("department", Long.toString(department))
                        .build()).status()).isEqualTo(204);
        return problem;
    }

    /** The fields of the project's agency agreement, signed yesterday, naming the specialist. */
    public static JsonObject agreement(String code, String specialist) {
        return Json.createObjectBuilder().add("agreementNumber", "晋中开发区代办〔2026〕" + code.substring(18) + "号")
                .add("signedOn", ChinaTime.today().minusDays(1).toString()).add("specialist", specialist).build();
    }

    /** The first open task of the given kind of the project the client can see. */
    public static String taskOf(ApiClient client, String projectCode, String taskType) {
        return tasksOf(client, projectCode, taskType).get(0).getString("id");
    }

    /** The open step of the given kind of one of the project's procedures, by the procedure's name. */
    public static String procedureStep(ApiClient client, String projectCode, String taskType, String procedureName) {
        return tasksOf(client, projectCode, taskType).stream()
                .filter(task -> task.getString("name").endsWith(procedureName)).findFirst().orElseThrow()
                .getString("id");
    }

    /** The open tasks of the given kind of the project the client can see. */
    public static List<JsonObject> tasksOf(ApiClient client, String projectCode, String taskType) {
        return client.get("tasks?size=50&project=" + projectCode + "&taskType=" + taskType).json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
    }

    /** The id of the one open task of the project the client can see. */
    public static String onlyTask(ApiClient client, String projectCode) {
        List<JsonObject> tasks = client.get("tasks?project=" + projectCode).json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertThat(tasks).hasSize(1);
        return tasks.get(0).getString("id");
    }

    /** The id of a project by its code, found within the client's scope. */
    public static long idOf(ApiClient client, String projectCode) {
        JsonObject task = client.get("tasks?project=" + projectCode).json().getJsonArray("items").getJsonObject(0);
        return task.getJsonNumber("projectId").longValue();
    }
}
