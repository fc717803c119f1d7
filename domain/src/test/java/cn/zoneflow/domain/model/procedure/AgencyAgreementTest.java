package cn.zoneflow.domain.model.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectTest;
import cn.zoneflow.domain.model.shared.InvalidValueException;
import cn.zoneflow.domain.model.shared.Stage;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AgencyAgreementTest {

    private final Project project = ProjectTest.signedProject();
    private final LocalDate signed = project.reached(Stage.SIGNED).orElseThrow();

    @Test
    void isSignedOnOrAfterTheContractAndNamesTheSpecialist() {
        AgencyAgreement agreement = new AgencyAgreement(project, "晋中代办〔2024〕001号", signed, "officer.jinzhong",
                "officer.jinzhong", signed.plusDays(1));
        assertThat(agreement.specialist()).isEqualTo("officer.jinzhong");
        assertThat(agreement.signedOn()).isEqualTo(signed);
    }

    @Test
    void refusesADayBeforeTheContractOrInTheFuture() {
        assertThatThrownBy(() -> new AgencyAgreement(project, "号", signed.minusDays(1), "o", "o", signed))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("agencyAgreement.signedOn.beforeProject");
        assertThatThrownBy(() -> new AgencyAgreement(project, "号", signed.plusDays(2), "o", "o", signed.plusDays(1)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("agencyAgreement.signedOn.future");
    }
}
