package cn.zoneflow.domain.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.zoneflow.domain.model.enterprise.CreditCode;
import cn.zoneflow.domain.model.project.ProjectCode;
import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.FieldError;
import cn.zoneflow.domain.model.shared.Refusals;
import cn.zoneflow.domain.model.shared.constraint.CommandCheck;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignedProjectTest {

    private static final ProjectDetails DETAILS = new ProjectDetails(ProjectCode.of("2026-140700-44-01-900001"),
            "晋中光伏组件项目", "山西测试新能源有限公司", CreditCode.completing("91140700MA0000001"), "晋中开发区", "新能源",
            false, true, Amount.ofWan("8500"), Amount.ofWan("12000"), false, true, null);

    @Test
    void aCompleteRegistrationPassesItsFieldRules() {
        assertThat(refusalsOf(new SignedProject(DETAILS, "王经理", "0354-3000000", null, null, null,
                LocalDate.of(2026, 11, 2)))).isEmpty();
    }

    @Test
    void eachWrongFieldIsNamedOnceInTheOrderTheFormShowsThem() {
        ProjectDetails details = new ProjectDetails(null, "  ", "山西\u202E司公限有", DETAILS.creditCode(), "晋中开发区",
                null, false, true, Amount.ofWan("1"), null, false, false, "J".repeat(41));
        SignedProject signed = new SignedProject(details, "=HYPERLINK(\"https://evil.example\")", null, null,
                LocalDate.of(1899, 12, 31), null, null);

        assertThat(refusalsOf(signed)).extracting(FieldError::field, FieldError::messageKey).containsExactly(
                tuple("code", "field.required"),
                tuple("name", "field.required"),
                tuple("enterpriseName", "text.direction"),
                tuple("industry", "field.required"),
                tuple("expectedAnnualOutput", "field.required"),
                tuple("landParcelCode", "field.tooLong"),
                tuple("contactPerson", "text.formula"),
                tuple("plannedProductionDate", "date.range"),
                tuple("signedOn", "field.required"));
    }

    @Test
    void aFieldTheEdgeCouldNotReadIsNotAlsoCalledMissing() {
        SignedProject signed = new SignedProject(DETAILS, null, null, null, null, null, null);
        Refusals refusals = new Refusals(List.of(new FieldError("signedOn", "date.format", "2026-13-01")));

        CommandCheck.check(signed, refusals);

        assertThat(refusals.errors()).containsExactly(new FieldError("signedOn", "date.format", "2026-13-01"));
    }

    @Test
    void textIsHeldWithoutTheSpacesAroundItAndEmptyTextIsNone() {
        SignedProject signed = new SignedProject(DETAILS, "  王经理 ", " ", null, null, null, null);

        assertThat(signed.contactPerson()).isEqualTo("王经理");
        assertThat(signed.contactPhone()).isNull();
    }

    private static List<FieldError> refusalsOf(Object command) {
        Refusals refusals = new Refusals();
        CommandCheck.check(command, refusals);
        return refusals.errors();
    }
}
