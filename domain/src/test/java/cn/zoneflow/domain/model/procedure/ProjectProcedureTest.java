package cn.zoneflow.domain.model.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectTest;
import cn.zoneflow.domain.model.shared.InvalidValueException;
import cn.zoneflow.domain.model.shared.Stage;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectProcedureTest {

    private static final Procedure LAND = new Procedure("LAND_USE", "建设用地审批", "自然资源部门", 20, Stage.STARTED,
            false, false);
    private static final Procedure SOIL_WATER = new Procedure("SOIL_WATER", "水土保持方案审批", "水利部门", 20,
            Stage.STARTED, true, true);
    private static final Procedure PLANNING = new Procedure("PLANNING_PERMIT", "建设工程规划许可", "自然资源部门", 10,
            Stage.STARTED, true, false);
    private static final Procedure DISCHARGE = new Procedure("DISCHARGE_PERMIT", "排污许可", "生态环境部门", 20,
            Stage.PRODUCING, true, false);
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    private final Project project = ProjectTest.signedProject();

    @Test
    void aProcedureRequiredBeforeAStageTheProjectReachedIsNoLongerAhead() {
        assertThat(LAND.isAheadOf(Stage.SIGNED)).isTrue();
        assertThat(LAND.isAheadOf(Stage.STARTED)).isFalse();
        assertThat(DISCHARGE.isAheadOf(Stage.STARTED)).isTrue();
        assertThat(DISCHARGE.isAheadOf(Stage.PRODUCING)).isFalse();
    }

    @Test
    void standardLandWaivesWhatTheRegionalAssessmentsCoverAndNothingElse() {
        assertThat(ProjectProcedure.planned(project, SOIL_WATER, true, false).status())
                .isEqualTo(ProcedureStatus.WAIVED);
        assertThat(ProjectProcedure.planned(project, LAND, true, false).status()).isEqualTo(ProcedureStatus.PENDING);
        assertThat(ProjectProcedure.planned(project, SOIL_WATER, false, false).status())
                .isEqualTo(ProcedureStatus.PENDING);
    }

    @Test
    void aCommitmentStandsInOnlyForEligibleProcedures() {
        ProjectProcedure planning = ProjectProcedure.planned(project, PLANNING, false, true);
        ProjectProcedure land = ProjectProcedure.planned(project, LAND, false, true);

        assertThat(planning.status()).isEqualTo(ProcedureStatus.UNDER_COMMITMENT);
        assertThat(planning.isCommitted()).isTrue();
        assertThat(land.status()).isEqualTo(ProcedureStatus.PENDING);
        assertThat(land.isCommitted()).isFalse();
    }

    @Test
    void goesThroughCorrectionAndClosesWithTheApprovalNumber() {
        ProjectProcedure land = ProjectProcedure.planned(project, LAND, false, false);

        land.submit("officer.jinzhong", MONDAY, MONDAY.plusDays(28));
        assertThat(land.status()).isEqualTo(ProcedureStatus.IN_PROGRESS);
        land.returnForCorrection("缺少宗地图");
        assertThat(land.status()).isEqualTo(ProcedureStatus.CORRECTION);
        land.submit("officer.jinzhong", MONDAY.plusDays(3), MONDAY.plusDays(31));
        land.close("晋中自然资〔2026〕12号", MONDAY.plusDays(10));

        assertThat(land.status()).isEqualTo(ProcedureStatus.CLOSED);
        assertThat(land.corrections()).isEqualTo(1);
        assertThat(land.correctionReason()).isEqualTo("缺少宗地图");
        assertThat(land.approvalNumber()).isEqualTo("晋中自然资〔2026〕12号");
        assertThat(land.completedOn()).isEqualTo(MONDAY.plusDays(10));
        assertThat(land.dueDate()).isEqualTo(MONDAY.plusDays(31));
    }

    @Test
    void cannotCloseBeforeItWasSubmittedNorBeforeTheSubmissionDay() {
        ProjectProcedure land = ProjectProcedure.planned(project, LAND, false, false);
        assertThatThrownBy(() -> land.close("号", MONDAY)).isInstanceOf(IllegalStateException.class);

        land.submit("officer.jinzhong", MONDAY, MONDAY.plusDays(28));
        assertThatThrownBy(() -> land.close("号", MONDAY.minusDays(1))).isInstanceOf(InvalidValueException.class);
        assertThat(land.status()).isEqualTo(ProcedureStatus.IN_PROGRESS);
    }

    @Test
    void theChecklistCountsClosedAndWaivedAsDoneAndNamesWhatHoldsTheStartBack() {
        ProjectProcedure land = ProjectProcedure.planned(project, LAND, false, true);
        ProjectProcedure planning = ProjectProcedure.planned(project, PLANNING, false, true);
        ProjectProcedure soilWater = ProjectProcedure.planned(project, SOIL_WATER, true, true);
        ProjectProcedure discharge = ProjectProcedure.planned(project, DISCHARGE, false, false);
        ProcedureChecklist checklist = new ProcedureChecklist(List.of(land, planning, soilWater, discharge));

        assertThat(checklist.done()).isEqualTo(1);
        assertThat(checklist.total()).isEqualTo(4);
        assertThat(checklist.holdingBack(Stage.STARTED, true)).containsExactly(land);
        assertThat(checklist.holdingBack(Stage.PRODUCING, true)).containsExactly(discharge);
        assertThat(checklist.toHandleBefore(Stage.STARTED)).containsExactly(land, planning);

        land.submit("officer.jinzhong", MONDAY, MONDAY.plusDays(28));
        land.close("晋中自然资〔2026〕12号", MONDAY.plusDays(5));
        assertThat(checklist.holdingBack(Stage.STARTED, true)).isEmpty();
        assertThat(checklist.done()).isEqualTo(2);
    }

    @Test
    void aCommittedProcedureHoldsTheStartBackUntilTheCommitmentIsSigned() {
        ProjectProcedure planning = ProjectProcedure.planned(project, PLANNING, false, true);
        ProcedureChecklist checklist = new ProcedureChecklist(List.of(planning));

        assertThat(planning.status()).isEqualTo(ProcedureStatus.UNDER_COMMITMENT);
        assertThat(checklist.holdingBack(Stage.STARTED, false)).containsExactly(planning);
        assertThat(checklist.holdingBack(Stage.STARTED, true)).isEmpty();
    }

    @Test
    void takesTheEnterprisesMaterialsBeforeTheyGoToTheDepartmentAndWhileACorrectionIsMadeOnly() {
        ProjectProcedure land = ProjectProcedure.planned(project, LAND, false, false);
        assertThat(land.takesMaterials()).as("to do").isTrue();
        land.submit("officer.jinzhong", MONDAY, MONDAY.plusDays(28));
        assertThat(land.takesMaterials()).as("the department decides").isFalse();
        land.returnForCorrection("缺少宗地图");
        assertThat(land.takesMaterials()).as("correction").isTrue();
        land.submit("officer.jinzhong", MONDAY.plusDays(3), MONDAY.plusDays(31));
        land.close("晋中自然资〔2026〕12号", MONDAY.plusDays(10));
        assertThat(land.takesMaterials()).as("closed").isFalse();
        assertThat(ProjectProcedure.planned(project, PLANNING, false, true).takesMaterials())
                .as("under commitment, still to be handled").isTrue();
        assertThat(ProjectProcedure.planned(project, SOIL_WATER, true, false).takesMaterials()).as("waived").isFalse();
    }
}
