package cn.zoneflow.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoneflow.web.it.ApiClient.Answer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** 标准地 parcels and the 达效 evaluation over the API: standards registered, measured, decided on. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EvaluationIT {

    @ArquillianResource
    private URL base;

    @Test
    void aZonesManagerRegistersAParcelWithItsStandardsWhichOnlyThatZonesPeopleSee() {
        ApiClient manager = ApiClient.as(base, "manager.jinzhong");
        Answer zeroArea = manager.post("land-parcels", Json.createObjectBuilder().add("code", "JZ-BDD-ZERO")
                .add("zone", "晋中开发区").add("areaMu", "0").add("investmentIntensity", "300").add("outputPerMu", "x")
                .add("taxPerMu", "30").add("assessments", Json.createArrayBuilder().add("MOON_LANDING")).build());
        assertThat(zeroArea.status()).isEqualTo(400);
        assertThat(zeroArea.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsExactlyInAnyOrder("areaMu", "outputPerMu", "assessments");
        assertThat(ApiClient.as(base, "officer.jinzhong").post("land-parcels", Json.createObjectBuilder()
                .add("code", "JZ-BDD-OFFICER").build()).status()).isEqualTo(403);

        String code = Projects.parcel(manager);

        JsonObject parcel = ApiClient.as(base, "officer.jinzhong").get("land-parcels/" + code).json();
        assertThat(parcel.getJsonNumber("areaMu").bigDecimalValue()).isEqualByComparingTo("20");
        assertThat(parcel.getJsonArray("assessmentNames").getValuesAs(JsonString.class))
                .extracting(JsonString::getString).containsExactly("水土保持评估", "地震安全性评价");
        assertThat(ApiClient.as(base, "officer.shuozhou").get("land-parcels/" + code).status()).isEqualTo(404);
        assertThat(manager.get("land-parcels").jsonArray().getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("code")).contains(code);
    }

    @Test
    void theEvaluationMeasuresTheParcelsStandardsAndTheManagerFindsItEffectiveGivingTheReasonForWhatFellShort() {
        ApiClient officer = ApiClient.as(base, "officer.jinzhong");
        ApiClient manager = ApiClient.as(base, "manager.jinzhong");
        String code = Projects.producingOn(officer, manager, Projects.parcel(manager));
        long id = Projects.idOf(officer, code);

        String evaluation = Projects.taskOf(officer, code, "evaluateOutput");
        Answer negative = officer.post("tasks/" + evaluation + "/complete", Json.createObjectBuilder()
                .add("actualOutput", "-1").add("annualTax", "500").add("evidence", "统计部门数据").build());
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("actualOutput");
        assertThat(officer.post("tasks/" + evaluation + "/complete", Json.createObjectBuilder()
                .add("actualOutput", "12000").add("annualTax", "500").add("energyUse", "3000")
                .add("evidence", "2026年产值已纳入规上工业统计").build()).status()).isEqualTo(204);

        JsonObject evaluated = officer.get("projects/" + id).json().getJsonObject("evaluation");
        assertThat(evaluated.getBoolean("allMet")).isFalse();
        assertThat(evaluated.getJsonArray("measures").getValuesAs(JsonObject.class))
                .extracting(m -> m.getString("kind") + " " + m.getJsonNumber("actual").bigDecimalValue().toPlainString()
                        + " " + m.getBoolean("met"))
                .containsExactly("ANNUAL_OUTPUT 12000.0000 true", "INVESTMENT_INTENSITY 350.00 true",
                        "OUTPUT_PER_MU 600.00 true", "TAX_PER_MU 25.00 false", "ENERGY_PER_OUTPUT 0.2500 true");

        String decision = Projects.taskOf(manager, code, "approveStageMove");
        Answer withoutReason = manager.post("tasks/" + decision + "/complete",
                Json.createObjectBuilder().add("decision", "approve").build());
        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withoutReason.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("comment");
        assertThat(manager.post("tasks/" + decision + "/complete", Json.createObjectBuilder().add("decision", "approve")
                .add("comment", "享受税收减免，按规定认定达效").build()).status()).isEqualTo(204);

        JsonObject effective = officer.get("projects/" + id).json();
        assertThat(effective.getString("stage")).isEqualTo("EFFECTIVE");
        assertThat(effective.getJsonObject("evaluation").getString("decision")).isEqualTo("EFFECTIVE");
        assertThat(effective.getJsonObject("landParcel").getString("code")).startsWith("JZ-BDD-");
    }

    @Test
    void anEvaluationReturnedAsNotYetLeavesTheProjectProducingUntilItIsEvaluatedAgain() {
        ApiClient officer = ApiClient.as(base, "officer.jinzhong");
        ApiClient manager = ApiClient.as(base, "manager.jinzhong");
        String code = Projects.producingOn(officer, manager, Projects.parcel(manager));
        long id = Projects.idOf(officer, code);
        assertThat(officer.post("tasks/" + Projects.taskOf(officer, code, "evaluateOutput") + "/complete",
                Json.createObjectBuilder().add("actualOutput", "6000").add("annualTax", "100")
                        .add("evidence", "产能爬坡中").build()).status()).isEqualTo(204);

        assertThat(manager.post("tasks/" + Projects.taskOf(manager, code, "approveStageMove") + "/complete",
                Json.createObjectBuilder().add("decision", "return").add("returnReason", "产值未达预期，一季度后再评估")
                        .build()).status()).isEqualTo(204);

        JsonObject project = officer.get("projects/" + id).json();
        assertThat(project.getString("stage")).isEqualTo("PRODUCING");
        assertThat(project.getJsonObject("evaluation").getString("decision")).isEqualTo("NOT_YET");
        assertThat(Projects.tasksOf(officer, code, "evaluateOutput")).as("evaluated again only later").isEmpty();
        assertThat(Projects.tasksOf(manager, code, "approveStageMove")).isEmpty();
    }
}
