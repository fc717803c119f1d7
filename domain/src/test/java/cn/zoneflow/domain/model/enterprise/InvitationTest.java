package cn.zoneflow.domain.model.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectTest;
import cn.zoneflow.domain.model.shared.InvalidValueException;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class InvitationTest {

    private static final LocalDateTime ISSUED = LocalDateTime.of(2026, 12, 1, 9, 30);

    private final Project project = ProjectTest.signedProject();
    private final InvitationCode code = InvitationCode.random();
    private final EnterpriseInvitation invitation = new EnterpriseInvitation(project, "王经理", code,
            "officer.jinzhong", ISSUED);

    @Test
    void aCodeIsShownInGroupsOfFourAndReadBackHoweverItIsTyped() {
        String shown = code.shown();
        assertThat(shown).matches("[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}");
        assertThat(InvitationCode.of(" " + shown.toLowerCase().replace("-", " ") + " ")).isEqualTo(code);
        assertThat(InvitationCode.of(shown).hash()).isEqualTo(code.hash()).hasSize(64);
        assertThat(code.toString()).doesNotContain(shown.substring(0, 4));
    }

    @Test
    void aCodeWithLookAlikesOrOfAnotherLengthIsNoCode() {
        assertThatThrownBy(() -> InvitationCode.of("ABCD-EFGH-JKL0")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> InvitationCode.of("ABCD-EFGH-JKLMN")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> InvitationCode.of("ABCD-EFGH-JK<M")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void twoInvitationsNeverShareACode() {
        assertThat(InvitationCode.random()).isNotEqualTo(InvitationCode.random());
    }

    @Test
    void anInvitationIsForTheProjectsEnterpriseAndValidForSevenDays() {
        assertThat(invitation.enterprise()).isEqualTo(project.enterprise());
        assertThat(invitation.statusAt(ISSUED.plusDays(7).minusMinutes(1))).isEqualTo(InvitationStatus.VALID);
        assertThat(invitation.statusAt(ISSUED.plusDays(7))).isEqualTo(InvitationStatus.EXPIRED);
    }

    @Test
    void anInvitationIsAcceptedOnceAndThenOpensNothing() {
        invitation.accept("wang.daheng", ISSUED.plusDays(1));

        assertThat(invitation.statusAt(ISSUED.plusDays(2))).isEqualTo(InvitationStatus.ACCEPTED);
        assertThat(invitation.accountUsername()).isEqualTo("wang.daheng");
        assertThatThrownBy(() -> invitation.accept("another", ISSUED.plusDays(2)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> invitation.revoke("officer.jinzhong", ISSUED.plusDays(2)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRevokedOrExpiredInvitationCannotBeAccepted() {
        invitation.revoke("manager.jinzhong", ISSUED.plusHours(1));

        assertThat(invitation.statusAt(ISSUED.plusHours(2))).isEqualTo(InvitationStatus.REVOKED);
        assertThatThrownBy(() -> invitation.accept("wang.daheng", ISSUED.plusHours(2)))
                .isInstanceOf(IllegalStateException.class);
        EnterpriseInvitation late = new EnterpriseInvitation(project, "王经理", InvitationCode.random(),
                "officer.jinzhong", ISSUED);
        assertThatThrownBy(() -> late.accept("wang.daheng", ISSUED.plusDays(8)))
                .isInstanceOf(IllegalStateException.class);
    }
}
