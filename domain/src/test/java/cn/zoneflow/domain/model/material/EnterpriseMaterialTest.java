package cn.zoneflow.domain.model.material;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zoneflow.domain.model.document.Document;
import cn.zoneflow.domain.model.document.DocumentTest;
import cn.zoneflow.domain.model.project.ProjectTest;
import cn.zoneflow.domain.model.shared.InvalidValueException;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class EnterpriseMaterialTest {

    private static final LocalDateTime SUBMITTED = LocalDateTime.of(2026, 12, 1, 9, 0);
    private static final LocalDateTime LOOKED_AT = LocalDateTime.of(2026, 12, 1, 15, 30);

    private final EnterpriseMaterial material = new EnterpriseMaterial(new Document(ProjectTest.signedProject(),
            "LAND_USE", "宗地图.png", DocumentTest.PNG, "enterprise.demo", SUBMITTED));

    @Test
    void waitsForTheOfficersUntilTheyAcceptOrReturnIt() {
        assertThat(material.state()).isEqualTo(MaterialState.SUBMITTED);
        assertThat(material.isUndecided()).isTrue();
        assertThat(material.procedureCode()).isEqualTo("LAND_USE");
        assertThat(material.fileName()).isEqualTo("宗地图.png");
        assertThat(material.submittedBy()).isEqualTo("enterprise.demo");
        assertThat(material.submittedAt()).isEqualTo(SUBMITTED);
    }

    @Test
    void anAcceptedFileIsTheProceduresWithWhoTookItAndWhen() {
        material.accept("officer.jinzhong", LOOKED_AT);

        assertThat(material.state()).isEqualTo(MaterialState.ACCEPTED);
        assertThat(material.isUndecided()).isFalse();
        assertThat(material.decidedBy()).isEqualTo("officer.jinzhong");
        assertThat(material.decidedAt()).isEqualTo(LOOKED_AT);
        assertThat(material.reason()).isNull();
    }

    @Test
    void aReturnedFileSaysWhatIsWrongAsTyped() {
        material.returnWith("  缺少盖章页 <b>请补</b>  ", "officer.jinzhong", LOOKED_AT);

        assertThat(material.state()).isEqualTo(MaterialState.RETURNED);
        assertThat(material.reason()).isEqualTo("缺少盖章页 <b>请补</b>");
        assertThat(material.decidedBy()).isEqualTo("officer.jinzhong");
    }

    @Test
    void aReturnNeedsItsReasonWithinAThousandCharactersAndChangesNothingWithout() {
        assertThatThrownBy(() -> material.returnWith(" ", "officer.jinzhong", LOOKED_AT))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("material.reason.required");
        assertThatThrownBy(() -> material.returnWith("错".repeat(1001), "officer.jinzhong", LOOKED_AT))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("material.reason.tooLong");
        assertThat(material.state()).isEqualTo(MaterialState.SUBMITTED);
        assertThat(material.decidedBy()).isNull();
    }

    @Test
    void isDecidedOnce() {
        material.returnWith("模糊不清", "officer.jinzhong", LOOKED_AT);

        assertThatThrownBy(() -> material.accept("manager.jinzhong", LOOKED_AT.plusHours(1)))
                .isInstanceOf(MaterialDecidedException.class);
        assertThatThrownBy(() -> material.returnWith("再退", "manager.jinzhong", LOOKED_AT.plusHours(1)))
                .isInstanceOf(MaterialDecidedException.class);
        assertThat(material.state()).isEqualTo(MaterialState.RETURNED);
        assertThat(material.reason()).isEqualTo("模糊不清");
    }
}
