package cn.zoneflow.domain.model.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zoneflow.domain.model.procedure.Procedure;
import cn.zoneflow.domain.model.procedure.ProcedureChecklist;
import cn.zoneflow.domain.model.procedure.ProjectProcedure;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectTest;
import cn.zoneflow.domain.model.shared.InvalidValueException;
import cn.zoneflow.domain.model.shared.Stage;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommitmentTest {

    private static final Procedure LAND = new Procedure("LAND_USE", "建设用地审批", "自然资源部门", 20, Stage.STARTED,
            false, false);
    private static final Procedure PLANNING = new Procedure("PLANNING_PERMIT", "建设工程规划许可", "自然资源部门", 10,
            Stage.STARTED, true, false);
    private static final Procedure CONSTRUCTION = new Procedure("CONSTRUCTION_PERMIT", "建筑工程施工许可",
            "住房和城乡建设部门", 7, Stage.STARTED, true, false);

    private final Project project = ProjectTest.signedProject();
    private final LocalDate signed = project.reached(Stage.SIGNED).orElseThrow();
    private final LocalDate today = signed.plusDays(10);
    private final ProjectProcedure land = ProjectProcedure.planned(project, LAND, false, true);
    private final ProjectProcedure planning = ProjectProcedure.planned(project, PLANNING, false, true);
    private final ProjectProcedure construction = ProjectProcedure.planned(project, CONSTRUCTION, false, true);
    private final ProcedureChecklist checklist = new ProcedureChecklist(List.of(land, planning, construction));

    private Commitment signedToday() {
        return Commitment.signed(project, today, today, today.plusMonths(6), "officer.jinzhong", today);
    }

    private void close(ProjectProcedure procedure) {
        procedure.submit("officer.jinzhong", today, today.plusDays(20));
        procedure.close("晋中〔2026〕1号", today.plusDays(1));
    }

    @Test
    void coversTheProceduresPlannedUnderCommitmentOnly() {
        assertThat(Commitment.covered(checklist)).containsExactly(planning, construction);
        assertThat(Commitment.stillOpen(checklist)).containsExactly(planning, construction);
    }

    @Test
    void isSignedOnOrAfterTheProjectsSigningNeverInTheFutureAndPromisesADayAfterBothSignings() {
        assertThat(signedToday().status()).isEqualTo(CommitmentStatus.SIGNED);
        assertThatThrownBy(() -> Commitment.signed(project, signed.minusDays(1), today, today.plusMonths(6), "o",
                today)).isInstanceOf(InvalidValueException.class).hasMessageContaining("beforeProject");
        assertThatThrownBy(() -> Commitment.signed(project, today, today.plusDays(1), today.plusMonths(6), "o",
                today)).isInstanceOf(InvalidValueException.class).hasMessageContaining("future");
        assertThatThrownBy(() -> Commitment.signed(project, today, today, today, "o", today))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("promisedOn");
    }

    @Test
    void cannotBeVerifiedAsKeptWhileACommittedProcedureIsOpenAndNamesIt() {
        Commitment commitment = signedToday();
        close(planning);

        assertThatThrownBy(() -> commitment.fulfilled(checklist, "officer.jinzhong", null, today.plusMonths(6)))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).rejectedValue()).isEqualTo("建筑工程施工许可"));
        assertThat(commitment.status()).isEqualTo(CommitmentStatus.SIGNED);

        close(construction);
        commitment.fulfilled(checklist, "officer.jinzhong", "按期办结", today.plusMonths(6));
        assertThat(commitment.status()).isEqualTo(CommitmentStatus.FULFILLED);
        assertThat(commitment.verifiedBy()).isEqualTo("officer.jinzhong");
    }

    @Test
    void notKeptGoesToRectificationByALaterDayAndIsKeptWhenTheProceduresAreDoneThen() {
        Commitment commitment = signedToday();
        LocalDate verified = today.plusMonths(6);
        assertThatThrownBy(() -> commitment.notFulfilled("officer.jinzhong", "施工许可未办结", verified, verified))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("rectificationDue");

        commitment.notFulfilled("officer.jinzhong", "施工许可未办结", verified.plusDays(30), verified);
        assertThat(commitment.status()).isEqualTo(CommitmentStatus.RECTIFYING);
        assertThat(commitment.rectificationDue()).isEqualTo(verified.plusDays(30));

        close(planning);
        close(construction);
        commitment.rectified(checklist, null, verified.plusDays(20));
        assertThat(commitment.status()).isEqualTo(CommitmentStatus.RECTIFIED);
        assertThat(commitment.status().isSettled()).isTrue();
    }

    @Test
    void stillNotKeptAfterRectificationIsABreachOnTheEnterprisesCreditRecord() {
        Commitment commitment = signedToday();
        LocalDate verified = today.plusMonths(6);
        commitment.notFulfilled("officer.jinzhong", "施工许可未办结", verified.plusDays(30), verified);
        commitment.rectificationFailed("逾期仍未提交施工图审查", verified.plusDays(31));

        CreditRecord record = commitment.breach(verified.plusDays(31));

        assertThat(commitment.status()).isEqualTo(CommitmentStatus.BREACHED);
        assertThat(record.enterprise()).isEqualTo(project.enterprise());
        assertThat(record.reason()).isEqualTo("施工许可未办结；逾期仍未提交施工图审查");
        record.handled("supervisor.jinzhong", "约谈企业负责人", verified.plusDays(32));
        assertThat(record.handling()).isEqualTo("约谈企业负责人");
        assertThatThrownBy(() -> record.handled("supervisor.jinzhong", "再次", verified.plusDays(33)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void isVerifiedOnceAndABreachNeedsTheFailedRectificationFirst() {
        Commitment commitment = signedToday();
        assertThatThrownBy(() -> commitment.breach(today)).isInstanceOf(IllegalStateException.class);
        commitment.notFulfilled("officer.jinzhong", "未办结", today.plusDays(30), today);
        assertThatThrownBy(() -> commitment.breach(today)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> commitment.notFulfilled("o", "再次", today.plusDays(40), today))
                .isInstanceOf(IllegalStateException.class);
    }
}
