package cn.zoneflow.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.zoneflow.domain.model.enterprise.CreditCode;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.web.it.ApiClient.Answer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** 全代办 over the API: agreement, the procedures the decision table chose, each handled to its close. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AgencyIT {

    @ArquillianResource
    private URL base;

    /** An entrusted project whose agreement the officer signed, naming themselves specialist: its procedures run. */
    private static String signedAgreement(ApiClient officer) {
        String code = Projects.entrusted(officer);
        assertThat(officer.post("tasks/" + Projects.taskOf(officer, code, "signAgencyAgreement") + "/complete",
                Projects.agreement(code, "officer.jinzhong")).status()).isEqualTo(204);
        return code;
    }

    @Test
    void aProjectImportedUnderConstructionIsEntrustedForTheProceduresBeforeProductionOnly() {
        ApiClient officer = ApiClient.as(base, "officer.jinzhong");
        String code = Projects.newCode();
        String headers = Projects.IMPORT_HEADERS;
        String line = String.join(",", code, "导入在建新材料项目 " + code, "山西导入在建新材料有限公司 " + code,
                CreditCode.completing("91140700MA1" + code.substring(code.length() - 6)).value(), "晋中开发区",
                "新能源", "否", "是", "26000", "40000", "开工", "2026-02-02", "2026-05-06", "", "", "8000", "否", "是",
                "", "", "", "");
        Answer imported = officer.upload("projects/import", (headers + "\n" + line).getBytes(StandardCharsets.UTF_8),
                "text/csv");
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);

        assertThat(officer.post("tasks/" + Projects.taskOf(officer, code, "signAgencyAgreement") + "/complete",
                Projects.agreement(code, "officer.jinzhong")).status()).isEqualTo(204);

        JsonObject agency = officer.get("projects/" + Projects.idOf(officer, code)).json().getJsonObject("agency");
        List<JsonObject> procedures = agency.getJsonArray("procedures").getValuesAs(JsonObject.class);
        assertThat(procedures).isNotEmpty()
                .allSatisfy(procedure -> assertThat(procedure.getString("requiredBefore")).isEqualTo("PRODUCING"));
        assertThat(agency.getInt("total")).isEqualTo(procedures.size());
        assertThat(Projects.tasksOf(officer, code, "collectMaterials")).as("each runs at once, the project started")
                .hasSize(procedures.size());
    }

    @Test
    void theAgreementNamesAnOfficerOfTheZoneAndPlansTheProceduresWithStandardLandWaivingItsAssessments() {
        ApiClient officer = ApiClient.as(base, "officer.jinzhong");
        String code = Projects.entrusted(officer);
        String signing = Projects.taskOf(officer, code, "signAgencyAgreement");

        Answer byAManager = officer.post("tasks/" + signing + "/complete", Projects.agreement(code, "manager.jinzhong"));
        assertThat(byAManager.status()).isEqualTo(400);
        assertThat(byAManager.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("specialist");
        assertThat(officer.post("tasks/" + signing + "/complete", Projects.agreement(code, "officer.jinzhong")).status())
                .isEqualTo(204);

        JsonObject agency = officer.get("projects/" + Projects.idOf(officer, code)).json().getJsonObject("agency");
        assertThat(agency.getJsonObject("agreement").getString("specialist")).isEqualTo("officer.jinzhong");
        assertThat(agency.getInt("total")).isEqualTo(11);
        assertThat(agency.getInt("done")).isEqualTo(2);
        Map<String, String> statuses = agency.getJsonArray("procedures").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(p -> p.getString("code"), p -> p.getString("status")));
        assertThat(statuses).containsEntry("SOIL_WATER", "WAIVED").containsEntry("GEOLOGICAL_HAZARD", "WAIVED")
                .containsEntry("ENERGY_REVIEW", "PENDING").containsEntry("DISCHARGE_PERMIT", "PENDING")
                .doesNotContainKey("SEISMIC_SAFETY");
        List<JsonObject> collecting = Projects.tasksOf(officer, code, "collectMaterials");
        assertThat(collecting).hasSize(6).allSatisfy(task -> {
            assertThat(task.getString("assignee")).isEqualTo("officer.jinzhong");
            assertThat(task.getString("name")).startsWith("收集申报材料：");
        });
    }

    /** Standard land waives procedures only as a parcel the zone registered says, so a code no parcel has is refused. */
    @Test
    void aParcelCodeTheZoneHasNotRegisteredIsRefusedAndNothingIsRegistered() {
        ApiClient officer = ApiClient.as(base, "officer.jinzhong");
        String code = Projects.newCode();

        Answer refused = officer.post("projects", Json.createObjectBuilder(Projects.signed(code, "晋中开发区", "20000"))
                .add("fullAgency", "是").add("landParcelCode", "JZKF-2099-07").build());

        assertThat(refused.status()).isEqualTo(400);
        JsonObject error = refused.json().getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo("landParcelCode");
        assertThat(error.getString("message")).isEqualTo("不是本开发区已登记的标准地地块，请先登记地块或不填");
        assertThat(officer.get("tasks?project=" + code).json().getJsonArray("items")).isEmpty();
    }

    @Test
    void onARegisteredParcelOnlyTheAssessmentsItHadDoneWaiveTheirProcedures() {
        ApiClient officer = ApiClient.as(base, "officer.jinzhong");
        String code = Projects.entrusted(officer, false, Projects.parcel(ApiClient.as(base, "manager.jinzhong")));
        assertThat(officer.post("tasks/" + Projects.taskOf(officer, code, "signAgencyAgreement") + "/complete",
                Projects.agreement(code, "officer.jinzhong")).status()).isEqualTo(204);

        assertThat(procedure(officer, code, "SOIL_WATER").getString("status")).isEqualTo("WAIVED");
        assertThat(procedure(officer, code, "GEOLOGICAL_HAZARD").getString("status"))
                .as("its geological hazard assessment was not done").isEqualTo("PENDING");
    }

    @Test
    void aProcedureReturnedForCorrectionIsSubmittedAgainAndClosedWithItsApprovalNumber() {
        ApiClient officer = ApiClient.as(base, "officer.jinzhong");
        String code = signedAgreement(officer);
        String land = Projects.tasksOf(officer, code, "collectMaterials").stream()
                .filter(task -> task.getString("name").endsWith("建设用地审批")).findFirst().orElseThrow()
                .getString("id");

        handOver(officer, land);
        String answer = answerTask(officer, code);
        Answer withoutReason = officer.post("tasks/" + answer + "/complete",
                Json.createObjectBuilder().add("decision", "return").build());
        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withoutReason.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("correctionReason");
        assertThat(officer.post("tasks/" + answer + "/complete", Json.createObjectBuilder().add("decision", "return")
                .add("correctionReason", "缺少宗地图").build()).status()).isEqualTo(204);
        assertThat(procedure(officer, code, "LAND_USE").getString("status")).isEqualTo("CORRECTION");

        String again = Projects.tasksOf(officer, code, "collectMaterials").stream()
                .filter(task -> task.getString("name").endsWith("建设用地审批")).findFirst().orElseThrow()
                .getString("id");
        handOver(officer, again);
        assertThat(procedure(officer, code, "LAND_USE").getString("status")).isEqualTo("CORRECTION");
        String secondAnswer = answerTask(officer, code);
        JsonObject deciding = procedure(officer, code, "LAND_USE");
        assertThat(deciding.getString("status")).isEqualTo("IN_PROGRESS");
        assertThat(officer.get("tasks/" + secondAnswer).json().getJsonObject("task").get("due"))
                .as("the answer is due when the procedure is")
                .isEqualTo(deciding.get("due"));
        assertThat(officer.post("tasks/" + secondAnswer + "/complete", Json.createObjectBuilder()
                .add("decision", "approve").add("approvalNumber", "晋中自然资〔2026〕12号").build()).status())
                .isEqualTo(204);

        JsonObject closed = procedure(officer, code, "LAND_USE");
        assertThat(List.of(closed.getString("status"), closed.getString("approvalNumber"),
                closed.getInt("corrections"), closed.getString("handler")))
                .containsExactly("CLOSED", "晋中自然资〔2026〕12号", 1, "officer.jinzhong");
    }

    @Test
    void theStartCannotBeRequestedWhileProceduresBeforeItAreOpen() {
        ApiClient officer = ApiClient.as(base, "officer.jinzhong");
        String code = signedAgreement(officer);

        Answer request = officer.post("tasks/" + Projects.taskOf(officer, code, "requestStageMove") + "/complete",
                Json.createObjectBuilder().add("evidence", "开工报告").build());

        assertThat(request.status()).isEqualTo(400);
        assertThat(request.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"))
                .containsExactly("evidence");
        assertThat(request.json().getJsonArray("errors").getJsonObject(0).getString("rejectedValue"))
                .contains("建设用地审批");
        assertThat(Projects.taskOf(officer, code, "requestStageMove")).isNotBlank();
    }

    @Test
    void underCommitmentTheSignedDualCommitmentLetsTheProjectStartWhileTheCommittedProceduresContinue() {
        ApiClient officer = ApiClient.as(base, "officer.jinzhong");
        String code = Projects.entrusted(officer, true);
        assertThat(officer.post("tasks/" + Projects.taskOf(officer, code, "signAgencyAgreement") + "/complete",
                Projects.agreement(code, "officer.jinzhong")).status()).isEqualTo(204);

        Answer beforeSigning = requestStart(officer, code);
        assertThat(beforeSigning.status()).isEqualTo(400);
        assertThat(beforeSigning.json().getJsonArray("errors").getJsonObject(0).getString("rejectedValue"))
                .contains("建设工程规划许可", "建设用地审批");

        String commitmentTask = Projects.taskOf(officer, code, "signCommitments");
        String yesterday = ChinaTime.today().minusDays(1).toString();
        Answer promisedTooEarly = officer.post("tasks/" + commitmentTask + "/complete", Json.createObjectBuilder()
                .add("creditCommittedOn", yesterday).add("serviceCommittedOn", yesterday)
                .add("promisedOn", ChinaTime.today().minusDays(2).toString()).build());
        assertThat(promisedTooEarly.status()).isEqualTo(400);
        assertThat(promisedTooEarly.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("promisedOn");
        assertThat(commitmentOf(officer, code).get("signed")).as("not signed yet").isIn(null, JsonValue.NULL);
        assertThat(officer.post("tasks/" + commitmentTask + "/complete", Json.createObjectBuilder()
                .add("creditCommittedOn", yesterday).add("serviceCommittedOn", yesterday)
                .add("promisedOn", ChinaTime.today().plusMonths(6).toString()).build()).status()).isEqualTo(204);

        JsonObject commitment = commitmentOf(officer, code);
        assertThat(commitment.getJsonObject("signed").getString("status")).isEqualTo("SIGNED");
        assertThat(commitment.getJsonArray("covered").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("code"))
                .contains("PLANNING_PERMIT", "CONSTRUCTION_PERMIT", "DISCHARGE_PERMIT")
                .doesNotContain("LAND_USE", "PROJECT_FILING");
        Answer stillHeld = requestStart(officer, code);
        assertThat(stillHeld.json().getJsonArray("errors").getJsonObject(0).getString("rejectedValue"))
                .contains("建设用地审批").doesNotContain("建设工程规划许可");

        closeProcedure(officer, code, "企业投资项目备案");
        closeProcedure(officer, code, "建设用地审批");
        assertThat(requestStart(officer, code).status()).isEqualTo(204);
        assertThat(procedure(officer, code, "PLANNING_PERMIT").getString("status")).isEqualTo("UNDER_COMMITMENT");
    }

    /**
     * 承诺制 on line: the officer signs the zone's service commitment with their password, then the enterprise reads its
     * credit commitment on the portal and signs exactly that text with its own; a wrong password, a text changed since
     * it was read and the zone signing for the enterprise are each refused with nothing signed. Each signature keeps
     * the text's SHA-256 and a PDF the enterprise downloads.
     */
    @Test
    void onLineTheZoneSignsItsHalfThenTheEnterpriseSignsTheTextItReadWithItsOwnPassword() {
        ApiClient officer = ApiClient.as(base, "officer.jinzhong");
        ApiClient enterprise = ApiClient.as(base, "enterprise.demo");
        long ownProject = enterprise.get("portal/projects").json().getJsonArray("projects").getJsonObject(0)
                .getJsonNumber("id").longValue();
        JsonObject facts = officer.get("projects/" + ownProject).json();
        String code = Projects.entrustedUnderCommitmentFor(officer, facts.getString("enterprise"),
                facts.getString("creditCode"));
        assertThat(officer.post("tasks/" + Projects.taskOf(officer, code, "signAgencyAgreement") + "/complete",
                Projects.agreement(code, "officer.jinzhong")).status()).isEqualTo(204);
        long id = Projects.idOf(officer, code);
        String zoneStep = Projects.taskOf(officer, code, "signCommitments");
        String promised = ChinaTime.today().plusMonths(6).toString();

        Answer unknownWay = officer.post("tasks/" + zoneStep + "/complete", Json.createObjectBuilder()
                .add("signing", "by-fax").add("promisedOn", promised).build());
        assertThat(unknownWay.status()).as(unknownWay.body()).isEqualTo(400);
        assertThat(unknownWay.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("signing");
        Answer wrongPassword = officer.post("tasks/" + zoneStep + "/complete", Json.createObjectBuilder()
                .add("signing", "online").add("promisedOn", promised).add("password", "not-mine").build());
        assertThat(wrongPassword.status()).as(wrongPassword.body()).isEqualTo(400);
        assertThat(wrongPassword.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("password");
        assertThat(commitmentOf(officer, code).getJsonArray("signatures")).as("nothing signed").isEmpty();
        Answer zoneSigned = officer.post("tasks/" + zoneStep + "/complete", Json.createObjectBuilder()
                .add("signing", "online").add("promisedOn", promised).add("password", ApiClient.DEMO_PASSWORD)
                .build());
        assertThat(zoneSigned.status()).as(zoneSigned.body()).isEqualTo(204);
        JsonObject afterZone = commitmentOf(officer, code);
        assertThat(afterZone.get("signed")).as("stands once both signed").isIn(null, JsonValue.NULL);
        assertThat(afterZone.getJsonArray("signatures").getValuesAs(JsonObject.class))
                .extracting(s -> s.getString("party"), s -> s.getString("signedBy"))
                .containsExactly(tuple("ZONE", "officer.jinzhong"));

        JsonObject toSign = enterprise.get("portal/projects/" + id).json().getJsonObject("toSign");
        assertThat(toSign.getString("title")).isEqualTo("企业信用承诺书");
        assertThat(toSign.getString("text")).contains(facts.getString("creditCode"), code, "建设工程规划许可",
                "记入企业信用记录");
        assertThat(enterprise.get("portal/projects").json().getJsonArray("toDo").getValuesAs(JsonObject.class))
                .anySatisfy(item -> {
                    assertThat(item.getJsonNumber("projectId").longValue()).isEqualTo(id);
                    assertThat(item.getBoolean("commitmentToSign")).isTrue();
                });
        String signature = "portal/projects/" + id + "/commitment/signature";
        Answer changed = enterprise.post(signature, Json.createObjectBuilder().add("textSha256", "0".repeat(64))
                .add("password", ApiClient.DEMO_PASSWORD).build());
        assertThat(changed.status()).as(changed.body()).isEqualTo(400);
        assertThat(changed.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("textSha256");
        Answer enterpriseWrong = enterprise.post(signature, Json.createObjectBuilder()
                .add("textSha256", toSign.getString("textSha256")).add("password", "Demo#2025").build());
        assertThat(enterpriseWrong.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("password");
        assertThat(officer.post(signature, Json.createObjectBuilder().add("textSha256", toSign.getString("textSha256"))
                .add("password", ApiClient.DEMO_PASSWORD).build()).status())
                .as("the zone does not sign for the enterprise").isEqualTo(403);
        assertThat(commitmentOf(officer, code).getJsonArray("signatures")).as("nothing signed on refusal").hasSize(1);

        Answer signed = enterprise.post(signature, Json.createObjectBuilder()
                .add("textSha256", toSign.getString("textSha256")).add("password", ApiClient.DEMO_PASSWORD).build());
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        assertThat(signed.json().get("toSign")).isIn(null, JsonValue.NULL);
        JsonObject commitment = signed.json().getJsonObject("commitment");
        assertThat(commitment.getJsonObject("signed").getString("status")).isEqualTo("SIGNED");
        assertThat(commitment.getJsonObject("signed").getString("promisedOn")).isEqualTo(promised);
        List<JsonObject> signatures = commitment.getJsonArray("signatures").getValuesAs(JsonObject.class);
        assertThat(signatures).extracting(s -> s.getString("party")).containsExactly("ZONE", "ENTERPRISE");
        JsonObject enterprisesOwn = signatures.get(1);
        assertThat(enterprisesOwn.getString("textSha256")).isEqualTo(toSign.getString("textSha256"));
        assertThat(enterprisesOwn.getString("text")).isEqualTo("企业信用承诺书\n\n" + toSign.getString("text"));
        byte[] pdf = enterprise.download("portal/projects/" + id + "/documents/"
                + enterprisesOwn.getJsonNumber("documentId").longValue());
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(enterprise.get("portal/projects/" + ownProject + "/documents/"
                + enterprisesOwn.getJsonNumber("documentId").longValue()).status())
                .as("a document of another project is not there").isEqualTo(404);
        assertThat(enterprise.post(signature, Json.createObjectBuilder()
                .add("textSha256", toSign.getString("textSha256")).add("password", ApiClient.DEMO_PASSWORD).build())
                .status()).as("signed once").isEqualTo(404);
        assertThat(Projects.tasksOf(officer, code, "signCommitments")).as("the zone's step is done").isEmpty();
    }

    /**
     * 承诺制 on line, declined: the enterprise will not sign the text the zone offered and must say why; the zone's
     * signature lapses, kept with the reason, the officer's step comes back, the zone signs a later date and the
     * enterprise signs that.
     */
    @Test
    void anEnterpriseDeclinesToSignWithItsReasonAndTheZoneSignsANewDateItThenSigns() {
        ApiClient officer = ApiClient.as(base, "officer.jinzhong");
        ApiClient enterprise = ApiClient.as(base, "enterprise.demo");
        String code = Projects.agreedForTheDemoEnterprise(officer, true);
        long id = Projects.idOf(officer, code);
        String tooSoon = ChinaTime.today().plusMonths(2).toString();
        assertThat(zoneSignsOnLine(officer, code, tooSoon).status()).isEqualTo(204);
        String refusal = "portal/projects/" + id + "/commitment/refusal";

        Answer noReason = enterprise.post(refusal, Json.createObjectBuilder().add("reason", " ").build());
        assertThat(noReason.status()).as(noReason.body()).isEqualTo(400);
        assertThat(noReason.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("reason");
        assertThat(enterprise.get("portal/projects/" + id).json().getJsonObject("toSign"))
                .as("still to sign after a refusal refused").isNotNull();
        Answer declined = enterprise.post(refusal, Json.createObjectBuilder()
                .add("reason", "环评需三个月，<b>日期过紧</b>").build());

        assertThat(declined.status()).as(declined.body()).isEqualTo(200);
        assertThat(declined.json().get("toSign")).isIn(null, JsonValue.NULL);
        JsonObject lapsed = commitmentOf(officer, code).getJsonArray("signatures").getJsonObject(0);
        assertThat(List.of(lapsed.getString("party"), lapsed.getString("lapse"), lapsed.getString("declineReason")))
                .containsExactly("ZONE", "DECLINED", "环评需三个月，<b>日期过紧</b>");
        assertThat(enterprise.post(refusal, Json.createObjectBuilder().add("reason", "再次").build()).status())
                .as("nothing left to decline").isEqualTo(404);
        String later = ChinaTime.today().plusMonths(5).toString();
        assertThat(zoneSignsOnLine(officer, code, later).status()).as("the officer's step came back").isEqualTo(204);
        JsonObject toSign = enterprise.get("portal/projects/" + id).json().getJsonObject("toSign");
        Answer signed = enterprise.post("portal/projects/" + id + "/commitment/signature", Json.createObjectBuilder()
                .add("textSha256", toSign.getString("textSha256")).add("password", ApiClient.DEMO_PASSWORD).build());
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        JsonObject commitment = signed.json().getJsonObject("commitment");
        assertThat(commitment.getJsonObject("signed").getString("promisedOn")).isEqualTo(later);
        assertThat(commitment.getJsonArray("signatures").getValuesAs(JsonObject.class))
                .extracting(s -> s.getString("party"), s -> s.getString("promisedOn"), s -> s.containsKey("lapse"))
                .containsExactly(tuple("ZONE", tooSoon, true), tuple("ZONE", later, false),
                        tuple("ENTERPRISE", later, false));
    }

    private static Answer zoneSignsOnLine(ApiClient officer, String code, String promised) {
        return officer.post("tasks/" + Projects.taskOf(officer, code, "signCommitments") + "/complete",
                Json.createObjectBuilder().add("signing", "online").add("promisedOn", promised)
                        .add("password", ApiClient.DEMO_PASSWORD).build());
    }

    @Test
    void theEnterpriseReadsOnThePortalAndInItsMailThatTheDepartmentAskedACorrectionAndThenApproved() {
        ApiClient officer = ApiClient.as(base, "officer.jinzhong");
        ApiClient enterprise = ApiClient.as(base, "enterprise.demo");
        String address = "project.manager@enterprise.test";
        Answer injected = enterprise.put("portal/messages/email", Json.createObjectBuilder()
                .add("email", address + "\r\nBcc: everyone@enterprise.test").build());
        assertThat(injected.status()).as(injected.body()).isEqualTo(400);
        assertThat(injected.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("email");
        assertThat(enterprise.get("portal/messages").json().getString("email")).as("nothing written").isEmpty();
        assertThat(enterprise.put("portal/messages/email", Json.createObjectBuilder().add("email", address).build())
                .json().getString("email")).isEqualTo(address);
        assertThat(enterprise.post("portal/messages/seen").json().getJsonNumber("newCount").longValue()).isZero();
        JsonObject facts = officer.get("projects/" + enterprise.get("portal/projects").json().getJsonArray("projects")
                .getJsonObject(0).getJsonNumber("id").longValue()).json();
        String code = Projects.entrustedFor(officer, facts.getString("enterprise"), facts.getString("creditCode"),
                false);
        long id = Projects.idOf(officer, code);
        String name = officer.get("projects/" + id).json().getString("name");
        assertThat(officer.post("tasks/" + Projects.taskOf(officer, code, "signAgencyAgreement") + "/complete",
                Projects.agreement(code, "officer.jinzhong")).status()).isEqualTo(204);

        try (MailInbox inbox = MailInbox.open()) {
            handOver(officer, Projects.procedureStep(officer, code, "collectMaterials", "建设用地审批"));
            assertThat(officer.post("tasks/" + answerTask(officer, code) + "/complete", Json.createObjectBuilder()
                    .add("decision", "return").add("correctionReason", "缺少宗地图").build()).status()).isEqualTo(204);

            JsonObject messages = enterprise.get("portal/messages").json();
            assertThat(messages.getJsonNumber("newCount").longValue()).isPositive();
            JsonObject correction = messagesOf(messages, id).get(0);
            assertThat(List.of(correction.getString("kind"), correction.getString("title"),
                    correction.getBoolean("isNew"))).containsExactly("CORRECTION_ASKED", "手续需要补正", true);
            assertThat(correction.getString("text")).isEqualTo("「" + name + "」的建设用地审批：审批部门要求补正——缺少宗地图。"
                    + "请在企业门户补交材料。");
            MailInbox.Mail mail = inbox.awaitMail(address, m -> m.text().contains("缺少宗地图")).orElseThrow(
                    () -> new AssertionError("no mail of the correction reached " + address));
            assertThat(mail.subject()).isEqualTo("【开发区项目服务】手续需要补正");
            assertThat(mail.from()).isEqualTo("zoneflow@zone.test");
            assertThat(mail.text()).contains(correction.getString("text"),
                    "https://zoneflow.test/portal/project.xhtml?id=" + id, "晋中开发区");

            handOver(officer, Projects.procedureStep(officer, code, "collectMaterials", "建设用地审批"));
            assertThat(officer.post("tasks/" + answerTask(officer, code) + "/complete", Json.createObjectBuilder()
                    .add("decision", "approve").add("approvalNumber", "晋中自然资〔2026〕31号").build()).status())
                    .isEqualTo(204);
            assertThat(inbox.awaitMail(address, m -> m.text().contains("晋中自然资〔2026〕31号"))).as("the approval mailed")
                    .hasValueSatisfying(m -> assertThat(m.subject()).isEqualTo("【开发区项目服务】手续已办结"));
        }
        JsonObject seen = enterprise.post("portal/messages/seen").json();
        assertThat(seen.getJsonNumber("newCount").longValue()).isZero();
        assertThat(messagesOf(seen, id)).as("none new in the answer to seeing them")
                .extracting(m -> m.getBoolean("isNew")).containsOnly(false);
        List<JsonObject> read = MailInbox.once(() -> messagesOf(enterprise.get("portal/messages").json(), id),
                items -> items.stream().allMatch(item -> !item.getString("mailedTo").isEmpty()));
        assertThat(read)
                .extracting(m -> m.getString("kind"), m -> m.getBoolean("isNew"), m -> m.getString("mailedTo"))
                .containsExactly(tuple("PROCEDURE_CLOSED", false, address), tuple("CORRECTION_ASKED", false, address));
        assertThat(messagesOf(ApiClient.as(base, "enterprise.demo").inEnglish().get("portal/messages").json(), id)
                .get(0).getString("title")).isEqualTo("Procedure approved");
        assertThat(enterprise.put("portal/messages/email", Json.createObjectBuilder().add("email", "").build())
                .json().getString("email")).as("no more mail").isEmpty();
    }

    /** The messages of one project, the newest first. */
    private static List<JsonObject> messagesOf(JsonObject messages, long projectId) {
        return messages.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(message -> message.getJsonNumber("projectId").longValue() == projectId).toList();
    }

    private static Answer requestStart(ApiClient officer, String code) {
        return officer.post("tasks/" + Projects.taskOf(officer, code, "requestStageMove") + "/complete",
                Json.createObjectBuilder().add("evidence", "开工报告").build());
    }

    private static JsonObject commitmentOf(ApiClient officer, String code) {
        return officer.get("projects/" + Projects.idOf(officer, code)).json().getJsonObject("commitment");
    }

    private static void closeProcedure(ApiClient officer, String code, String name) {
        handOver(officer, Projects.procedureStep(officer, code, "collectMaterials", name));
        String submit = Projects.tasksOf(officer, code, "submitToDepartment").get(0).getString("id");
        assertThat(officer.post("tasks/" + submit + "/complete", Json.createObjectBuilder().build()).status())
                .isEqualTo(204);
        String answer = Projects.taskOf(officer, code, "recordDepartmentAnswer");
        assertThat(officer.post("tasks/" + answer + "/complete", Json.createObjectBuilder()
                .add("decision", "approve").add("approvalNumber", "晋中〔2026〕" + name).build()).status())
                .isEqualTo(204);
    }

    private static void handOver(ApiClient officer, String collectTask) {
        assertThat(officer.post("tasks/" + collectTask + "/complete", Json.createObjectBuilder().build()).status())
                .isEqualTo(204);
    }

    private static String answerTask(ApiClient officer, String code) {
        String submit = Projects.taskOf(officer, code, "submitToDepartment");
        assertThat(officer.post("tasks/" + submit + "/complete", Json.createObjectBuilder().build()).status())
                .isEqualTo(204);
        return Projects.taskOf(officer, code, "recordDepartmentAnswer");
    }

    private static JsonObject procedure(ApiClient officer, String code, String procedureCode) {
        return officer.get("projects/" + Projects.idOf(officer, code)).json().getJsonObject("agency")
                .getJsonArray("procedures").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("code").equals(procedureCode)).findFirst().orElseThrow();
    }

    @Test
    void aDocumentIsUploadedForAProcedureCheckedByItsContentAndServedOnlyWithinTheZone() {
        ApiClient officer = ApiClient.as(base, "officer.jinzhong");
        String code = signedAgreement(officer);
        long id = Projects.idOf(officer, code);
        byte[] pdf = "%PDF-1.4\n宗地图\n%%EOF".getBytes(StandardCharsets.UTF_8);

        Answer uploaded = officer.upload("projects/" + id + "/documents?procedure=LAND_USE&name="
                + ApiClient.query("宗地图.pdf"), pdf, "application/pdf");
        Answer disguised = officer.upload("projects/" + id + "/documents?name=" + ApiClient.query("照片.png"),
                "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), "image/png");

        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        assertThat(disguised.status()).isEqualTo(400);
        assertThat(disguised.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("file");
        JsonObject listed = officer.get("projects/" + id + "/documents").jsonArray().getJsonObject(0);
        assertThat(listed.getString("fileName")).isEqualTo("宗地图.pdf");
        assertThat(listed.getString("procedureCode")).isEqualTo("LAND_USE");
        assertThat(listed.getString("mediaType")).isEqualTo("application/pdf");
        assertThat(officer.download(listed.getString("href"))).isEqualTo(pdf);
        assertThat(ApiClient.as(base, "officer.shuozhou").get(listed.getString("href")).status()).isEqualTo(404);
        assertThat(ApiClient.as(base, "officer.shuozhou").get("projects/" + id + "/documents").status())
                .isEqualTo(404);
    }

    /**
     * The signed agreement's scan goes with its step: a file uploaded there by mistake is removed before signing (and
     * the removal audited); once signed, the step's files are its record and a removal is refused with 409.
     */
    @Test
    void aStepsDocumentCanBeRemovedUntilTheStepIsCompletedAndThenStaysWithIt() {
        ApiClient officer = ApiClient.as(base, "officer.jinzhong");
        String code = Projects.entrusted(officer);
        String task = Projects.taskOf(officer, code, "signAgencyAgreement");
        byte[] scan = "%PDF-1.4\n代办协议\n%%EOF".getBytes(StandardCharsets.UTF_8);

        Answer agreement = officer.upload("tasks/" + task + "/documents?name=" + ApiClient.query("代办协议.pdf"),
                scan, "application/pdf");
        Answer wrong = officer.uploadForm("tasks/" + task + "/documents", "file", "other-project.docx",
                wordFile());
        assertThat(agreement.status()).as(agreement.body()).isEqualTo(201);
        assertThat(wrong.status()).as(wrong.body()).isEqualTo(201);
        assertThat(wrong.json().getString("mediaType")).as("a Word file, told by its content")
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(agreement.json().getString("step")).isEqualTo("signAgencyAgreement");
        long wrongId = wrong.json().getJsonNumber("id").longValue();
        assertThat(ApiClient.as(base, "officer.shuozhou").sendRaw("DELETE", "documents/" + wrongId, new byte[0])
                .status()).as("another zone's document").isEqualTo(404);

        assertThat(officer.sendRaw("DELETE", "documents/" + wrongId, new byte[0]).status()).isEqualTo(204);
        assertThat(officer.get("tasks/" + task + "/documents").jsonArray().getValuesAs(JsonObject.class))
                .extracting(document -> document.getString("fileName")).containsExactly("代办协议.pdf");
        assertThat(officer.post("tasks/" + task + "/complete", Projects.agreement(code, "officer.jinzhong"))
                .status()).isEqualTo(204);

        long kept = agreement.json().getJsonNumber("id").longValue();
        Answer tooLate = officer.sendRaw("DELETE", "documents/" + kept, new byte[0]);
        assertThat(tooLate.status()).isEqualTo(409);
        assertThat(tooLate.json().getString("detail")).contains("代办协议.pdf");
        assertThat(officer.get("projects/" + Projects.idOf(officer, code) + "/documents").jsonArray()
                .getValuesAs(JsonObject.class)).extracting(document -> document.getString("fileName"))
                .containsExactly("代办协议.pdf");
        assertThat(officer.upload("tasks/" + task + "/documents?name=late.pdf", scan, "application/pdf").status())
                .as("a completed step takes no more files").isEqualTo(409);
        JsonObject removal = ApiClient.as(base, "auditor").get("audit?action=DOCUMENT_REMOVED&q="
                + ApiClient.query(code)).json();
        assertThat(removal.getJsonArray("items").toString()).contains("other-project.docx");
    }

    /** The smallest package Word opens as a document: its content types and its main part. */
    private static byte[] wordFile() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String part : List.of("[Content_Types].xml", "word/document.xml")) {
                zip.putNextEntry(new ZipEntry(part));
                zip.write("<?xml version=\"1.0\"?><x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @Test
    void aDepartmentTakingPartDecidesWhatIsSubmittedToItOnItsDeskWithTheMaterialsAndTheOfficerNoLongerRecordsIt() {
        ApiClient officer = ApiClient.as(base, "officer.shuozhou");
        ApiClient department = ApiClient.as(base, "department.shuozhou");
        byte[] material = Projects.png();
        String code = Projects.submittedToShuozhouDepartment(officer, "用地申请表.png", material);

        assertThat(Projects.tasksOf(officer, code, "recordDepartmentAnswer")).as("the department answers itself")
                .isEmpty();
        JsonObject waiting = department.get("portal/department/procedures?size=100").json();
        JsonObject line = waiting.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(item -> item.getString("projectCode").equals(code)).findFirst().orElseThrow();
        assertThat(line.getString("taskType")).isEqualTo("departmentAnswer");
        assertThat(line.getString("name")).isEqualTo("部门审批：建设用地审批");
        assertThat(line.get("due")).as("the statutory limit from the day of submission, as the procedure has it "
                + "(none when it ends in a year whose holidays are not published yet)")
                .isEqualTo(procedure(officer, code, "LAND_USE").get("due"));
        String task = line.getString("id");

        JsonObject submission = department.get("portal/department/procedures/" + task).json();
        assertThat(submission.getJsonObject("project").getString("zone")).isEqualTo("朔州经济开发区");
        assertThat(submission.getJsonObject("procedure").getString("code")).isEqualTo("LAND_USE");
        assertThat(submission.getJsonObject("procedure").getInt("statutoryDays")).isEqualTo(20);
        JsonObject attached = submission.getJsonArray("materials").getJsonObject(0);
        assertThat(attached.getString("fileName")).isEqualTo("用地申请表.png");
        assertThat(department.download(attached.getString("href"))).as("the material itself")
                .isEqualTo(material);

        Answer noReason = department.post("portal/department/procedures/" + task + "/answer",
                Json.createObjectBuilder().add("decision", "return").build());
        assertThat(noReason.status()).as(noReason.body()).isEqualTo(400);
        assertThat(noReason.body()).contains("correctionReason");
        assertThat(department.get("portal/department/procedures/" + task).status())
                .as("a refused answer leaves the procedure waiting").isEqualTo(200);

        assertThat(department.post("portal/department/procedures/" + task + "/answer", Json.createObjectBuilder()
                .add("decision", "return").add("correctionReason", "<b>补充</b>宗地界址图").build()).status())
                .isEqualTo(204);
        assertThat(department.get("portal/department/procedures/" + task).status()).as("answered already")
                .isEqualTo(409);
        assertThat(procedure(officer, code, "LAND_USE").getInt("corrections")).isEqualTo(1);
        String collectAgain = Projects.procedureStep(officer, code, "collectMaterials", "建设用地审批");
        assertThat(officer.post("tasks/" + collectAgain + "/complete", Json.createObjectBuilder().build()).status())
                .isEqualTo(204);
        assertThat(officer.post("tasks/" + Projects.procedureStep(officer, code, "submitToDepartment", "建设用地审批") + "/complete",
                Json.createObjectBuilder().build()).status()).isEqualTo(204);
        String again = department.get("portal/department/procedures?size=100").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(item -> item.getString("projectCode").equals(code))
                .findFirst().orElseThrow().getString("id");
        assertThat(department.get("portal/department/procedures/" + again).json().getJsonObject("procedure")
                .getString("lastCorrectionReason")).as("kept as typed").isEqualTo("<b>补充</b>宗地界址图");
        assertThat(department.post("portal/department/procedures/" + again + "/answer", Json.createObjectBuilder()
                .add("decision", "approve").add("approvalNumber", "朔自然资审〔2026〕8号").build()).status())
                .isEqualTo(204);

        JsonObject closed = procedure(officer, code, "LAND_USE");
        assertThat(closed.getString("status")).isEqualTo("CLOSED");
        assertThat(closed.getString("approvalNumber")).isEqualTo("朔自然资审〔2026〕8号");
        assertThat(department.get("portal/department/procedures/" + collectAgain).status())
                .as("a zone's step is no department's").isEqualTo(404);
        assertThat(department.get(attached.getString("href")).status()).as("its material, once answered")
                .isEqualTo(409);
        assertThat(officer.get("portal/department/procedures").status()).as("the desk is the departments'")
                .isEqualTo(403);
        assertThat(department.get("projects/" + Projects.idOf(officer, code)).status())
                .as("none of the zone's calls").isEqualTo(403);
    }

    /**
     * 承接赋权: 朔州经济开发区 took the 发展和改革部门 power over, so its own 经济发展局 (the demo's) decides the zone's
     * 企业投资项目备案 even once 朔州's city office of the kind takes part too, and reads the material; the city's offices
     * see neither. The administrator cannot list a second office of the kind for the zone, nor a zone of another city.
     */
    @Test
    void aZonesOwnOfficeDecidesTheZonesProcedureOfItsKindInsteadOfTheCitysOffice() {
        ApiClient admin = ApiClient.as(base, "admin");
        JsonObject cityOffice = Json.createObjectBuilder().add("city", "朔州").add("kind", "发展和改革部门")
                .add("name", "朔州市发展和改革委员会").build();
        Answer listed = admin.post("departments", cityOffice);
        assertThat(listed.status()).as(listed.body()).isEqualTo(201);
        assertThat(listed.json().containsKey("zone")).as("the city's office").isFalse();
        Answer secondInZone = admin.post("departments", Json.createObjectBuilder(cityOffice)
                .add("zone", "朔州经开区").add("name", "朔州经济开发区行政审批局").build());
        assertThat(secondInZone.status()).as(secondInZone.body()).isEqualTo(400);
        assertThat(secondInZone.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("kind");
        Answer otherCitys = admin.post("departments", Json.createObjectBuilder(cityOffice).add("kind", "水利部门")
                .add("zone", "晋中开发区").add("name", "晋中开发区水务局").build());
        assertThat(otherCitys.status()).as(otherCitys.body()).isEqualTo(400);
        assertThat(otherCitys.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("zone");
        assertThat(admin.get("departments").jsonArray().getValuesAs(JsonObject.class))
                .filteredOn(department -> department.getString("kind").equals("发展和改革部门"))
                .extracting(department -> department.getString("name") + "@" + department.getString("zone", "全市"))
                .as("the city's office first; nothing written on refusal")
                .containsExactly("朔州市发展和改革委员会@全市", "朔州经济开发区经济发展局@朔州经济开发区");

        ApiClient officer = ApiClient.as(base, "officer.shuozhou");
        ApiClient zoneOffice = ApiClient.as(base, "department.shuozhou-zone");
        ApiClient cityNaturalResources = ApiClient.as(base, "department.shuozhou");
        String code = Projects.submittedInShuozhou(officer, "企业投资项目备案", "备案申请表.png", Projects.png());

        assertThat(Projects.tasksOf(officer, code, "recordDepartmentAnswer")).as("the zone's office answers itself")
                .isEmpty();
        JsonObject line = zoneOffice.get("portal/department/procedures?size=100").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(item -> item.getString("projectCode").equals(code))
                .findFirst().orElseThrow();
        assertThat(line.getString("name")).isEqualTo("部门审批：企业投资项目备案");
        String task = line.getString("id");
        JsonObject submission = zoneOffice.get("portal/department/procedures/" + task).json();
        String material = submission.getJsonArray("materials").getJsonObject(0).getString("href");
        assertThat(zoneOffice.get(material).status()).as("its material").isEqualTo(200);
        assertThat(cityNaturalResources.get(material).status()).as("another kind's city office").isEqualTo(404);
        assertThat(cityNaturalResources.get("portal/department/procedures/" + task).status()).isEqualTo(404);

        assertThat(zoneOffice.post("portal/department/procedures/" + task + "/answer", Json.createObjectBuilder()
                .add("decision", "approve").add("approvalNumber", "朔开经发备〔2026〕3号").build()).status())
                .isEqualTo(204);
        JsonObject closed = procedure(officer, code, "PROJECT_FILING");
        assertThat(closed.getString("status")).isEqualTo("CLOSED");
        assertThat(closed.getString("approvalNumber")).isEqualTo("朔开经发备〔2026〕3号");
    }

    /** A department gives back what is not its own, with the reason; the zone reads it and gives the problem anew. */
    @Test
    void aDepartmentReturnsAProblemNotItsOwnWithTheReasonAndTheZoneGivesItToAUnit() {
        ApiClient officer = ApiClient.as(base, "officer.shuozhou");
        ApiClient manager = ApiClient.as(base, "manager.shuozhou");
        ApiClient department = ApiClient.as(base, "department.shuozhou");
        String code = Projects.newCode();
        long problem = Projects.problemGivenToShuozhouDepartment(officer, manager, code, "UTILITIES", "双回路供电未接入");
        String task = onDepartmentDesk(department, code).getString("id");

        Answer withoutReason = department.post("portal/department/problems/" + task + "/return",
                Json.createObjectBuilder().add("reason", "  ").build());
        assertThat(withoutReason.status()).as(withoutReason.body()).isEqualTo(400);
        assertThat(withoutReason.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("reason");
        assertThat(officer.get("problems/" + problem).json().getString("status")).as("nothing written on refusal")
                .isEqualTo("IN_HAND");
        assertThat(department.post("portal/department/problems/" + task + "/return", Json.createObjectBuilder()
                .add("reason", "属供电企业职责，请交国网朔州供电公司").build()).status()).isEqualTo(204);

        JsonObject returned = officer.get("problems/" + problem).json();
        assertThat(returned.getString("status")).isEqualTo("RAISED");
        assertThat(returned.getJsonArray("entries").getValuesAs(JsonObject.class))
                .extracting(entry -> entry.getString("kind"), entry -> entry.getString("text", ""))
                .contains(tuple("RETURNED", "属供电企业职责，请交国网朔州供电公司"));
        assertThat(department.get("portal/department/problems/" + task).status()).as("no longer the department's")
                .isEqualTo(409);
        String again = Projects.taskOf(manager, code, "acceptProblem");
        assertThat(manager.post("tasks/" + again + "/complete", Json.createObjectBuilder().add("decision", "assign")
                .add("responsible", "国网朔州供电公司").build()).status()).isEqualTo(204);
        assertThat(Projects.tasksOf(officer, code, "handleProblem")).as("the zone's officers see to it now")
                .hasSize(1);
        assertThat(department.get("portal/department/problems?size=100").body()).doesNotContain(code);
    }

    @Test
    void aProblemTheZoneGivesToACityDepartmentIsAnsweredOnTheDepartmentsDeskWithItsFilesAndConfirmedByItsRaiser() {
        ApiClient officer = ApiClient.as(base, "officer.shuozhou");
        ApiClient manager = ApiClient.as(base, "manager.shuozhou");
        ApiClient department = ApiClient.as(base, "department.shuozhou");
        String code = Projects.newCode();
        assertThat(officer.post("projects", Projects.signed(code, "朔州经济开发区", "9000")).status()).isEqualTo(201);
        Answer raised = officer.post("projects/" + Projects.idOf(officer, code) + "/problems",
                Json.createObjectBuilder().add("category", "LAND").add("description", "用地<b>指标</b>不足").build());
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        long problem = raised.json().getJsonNumber("id").longValue();

        List<JsonObject> choices = manager.get("problems/" + problem + "/departments").jsonArray()
                .getValuesAs(JsonObject.class);
        assertThat(choices).extracting(choice -> choice.getString("name"))
                .as("the city's offices taking part and the zone's own, none of another city or zone")
                .contains("朔州市自然资源局", "朔州经济开发区经济发展局").allMatch(name -> name.startsWith("朔州"));
        long naturalResources = choices.stream().filter(choice -> choice.getString("name").equals("朔州市自然资源局"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        assertThat(ApiClient.as(base, "officer.jinzhong").get("problems/" + problem + "/departments").status())
                .as("another zone's problem").isEqualTo(404);
        String accept = Projects.taskOf(manager, code, "acceptProblem");
        byte[] photo = Projects.png();
        assertThat(manager.upload("tasks/" + accept + "/documents?name=" + ApiClient.query("现场照片.png"), photo,
                "image/png").status()).isEqualTo(201);
        for (JsonObject wrong : List.of(Json.createObjectBuilder().add("decision", "assign").build(),
                Json.createObjectBuilder().add("decision", "assign").add("department", "999999").build(),
                Json.createObjectBuilder().add("decision", "assign").add("department", "自然资源局").build())) {
            Answer refused = manager.post("tasks/" + accept + "/complete", wrong);
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                    .extracting(error -> error.getString("field")).as(wrong.toString())
                    .containsAnyOf("responsible", "department");
        }
        assertThat(officer.get("problems/" + problem).json().getString("status")).as("nothing written on refusal")
                .isEqualTo("RAISED");
        assertThat(manager.post("tasks/" + accept + "/complete", Json.createObjectBuilder().add("decision", "assign")
                .add("department", Long.toString(naturalResources)).add("immediate", "true").build()).status())
                .isEqualTo(204);
        assertThat(officer.get("problems/" + problem).json().getString("responsible")).isEqualTo("朔州市自然资源局");
        assertThat(Projects.tasksOf(officer, code, "handleProblem")).as("the department answers it itself")
                .isEmpty();

        JsonObject line = onDepartmentDesk(department, code);
        assertThat(line.getString("taskType")).isEqualTo("answerProblemInDepartment");
        assertThat(line.getString("due")).as("马上办: due today").isEqualTo(ChinaTime.today().toString());
        String task = line.getString("id");
        JsonObject given = department.get("portal/department/problems/" + task).json();
        assertThat(given.getJsonObject("problem").getString("description")).as("kept as typed")
                .isEqualTo("用地<b>指标</b>不足");
        JsonObject file = given.getJsonArray("files").getJsonObject(0);
        assertThat(file.getString("fileName")).isEqualTo("现场照片.png");
        assertThat(department.download(file.getString("href"))).as("the file itself").isEqualTo(photo);
        assertThat(department.get("portal/department/procedures/" + task).status())
                .as("a problem is no procedure").isEqualTo(404);

        byte[] reply = "%PDF-1.4\n复函\n%%EOF".getBytes(StandardCharsets.UTF_8);
        Answer notAPdf = department.upload("portal/department/problems/" + task + "/files?name="
                + ApiClient.query("复函.pdf"), "不是PDF".getBytes(StandardCharsets.UTF_8), "application/pdf");
        assertThat(notAPdf.status()).as(notAPdf.body()).isEqualTo(400);
        assertThat(notAPdf.body()).contains("file");
        Answer attached = department.upload("portal/department/problems/" + task + "/files?name="
                + ApiClient.query("复函.pdf"), reply, "application/pdf");
        assertThat(attached.status()).as(attached.body()).isEqualTo(201);
        Answer mistaken = department.upload("portal/department/problems/" + task + "/files?name="
                + ApiClient.query("错传.pdf"), reply, "application/pdf");
        assertThat(department.delete("portal/department/problems/" + task + "/files/"
                + file.getJsonNumber("id").longValue()).status()).as("the zone's file is not the department's to remove")
                .isEqualTo(404);
        assertThat(department.delete("portal/department/problems/" + task + "/files/"
                + mistaken.json().getJsonNumber("id").longValue()).status()).isEqualTo(204);
        assertThat(department.get("portal/department/problems/" + task).json().getJsonArray("files")
                .getValuesAs(JsonObject.class)).extracting(listed -> listed.getString("fileName"))
                .containsExactlyInAnyOrder("复函.pdf", "现场照片.png");
        Answer empty = department.post("portal/department/problems/" + task + "/answer",
                Json.createObjectBuilder().build());
        assertThat(empty.status()).as(empty.body()).isEqualTo(400);
        assertThat(empty.body()).contains("answer");
        assertThat(department.post("portal/department/problems/" + task + "/answer", Json.createObjectBuilder()
                .add("answer", "已调剂用地指标").build()).status()).isEqualTo(204);
        assertThat(department.get("portal/department/problems/" + task).status()).as("answered already")
                .isEqualTo(409);
        assertThat(department.get(file.getString("href")).status()).as("its files, once answered").isEqualTo(409);

        assertThat(department.upload("portal/department/problems/" + task + "/files?name=late.pdf", reply,
                "application/pdf").status()).as("an answered problem takes no more files").isEqualTo(409);
        String confirm = Projects.taskOf(officer, code, "confirmProblem");
        assertThat(officer.get("tasks/" + confirm + "/documents").jsonArray().getValuesAs(JsonObject.class))
                .as("the raiser reads the department's reply before confirming")
                .extracting(listed -> listed.getString("fileName")).contains("复函.pdf");
        assertThat(officer.post("tasks/" + confirm + "/complete", Json.createObjectBuilder()
                .add("decision", "solve").build()).status()).isEqualTo(204);
        JsonObject solved = officer.get("problems/" + problem).json();
        assertThat(solved.getString("status")).isEqualTo("SOLVED");
        assertThat(solved.getJsonArray("entries").toString()).contains("已调剂用地指标");
        assertThat(officer.get("portal/department/problems").status()).as("the desk is the departments'")
                .isEqualTo(403);
    }

    @Test
    void theSystemAdministratorListsADepartmentOnceAndStopsItTakingPart() {
        ApiClient admin = ApiClient.as(base, "admin");
        String name = "阳泉市地震局 " + Projects.newCode().substring(18);
        JsonObject yangquan = Json.createObjectBuilder().add("city", "阳泉").add("kind", "地震工作主管部门")
                .add("name", name).build();

        Answer added = admin.post("departments", yangquan);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().getString("cityCode")).isEqualTo("140300");
        assertThat(added.json().getBoolean("takesPart")).isTrue();
        Answer twice = admin.post("departments", Json.createObjectBuilder(yangquan).add("name", name + "二").build());
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.body()).contains("kind");
        Answer wrong = admin.post("departments", Json.createObjectBuilder().add("city", "长安")
                .add("kind", "外交部门").add("name", "").build());
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("city", "kind", "name");

        long id = added.json().getJsonNumber("id").longValue();
        Answer stopped = admin.put("departments/" + id, Json.createObjectBuilder().add("takesPart", false).build());
        assertThat(stopped.status()).as(stopped.body()).isEqualTo(200);
        assertThat(admin.get("departments").jsonArray().getValuesAs(JsonObject.class))
                .anySatisfy(department -> {
                    assertThat(department.getString("name")).isEqualTo(name);
                    assertThat(department.getBoolean("takesPart")).isFalse();
                })
                .anySatisfy(department -> assertThat(department.getString("name")).isEqualTo("朔州市自然资源局"));
        assertThat(admin.put("departments/" + id, Json.createObjectBuilder().add("takesPart", "maybe").build())
                .status()).isEqualTo(400);
        assertThat(ApiClient.as(base, "officer.jinzhong").get("departments").status()).isEqualTo(403);
    }

    /** The line of the department's problem desk about the project. */
    private static JsonObject onDepartmentDesk(ApiClient department, String code) {
        return department.get("portal/department/problems?size=100").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(item -> item.getString("projectCode").equals(code))
                .findFirst().orElseThrow();
    }
}
