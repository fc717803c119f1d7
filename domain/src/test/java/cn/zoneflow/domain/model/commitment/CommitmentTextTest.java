package cn.zoneflow.domain.model.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zoneflow.domain.model.procedure.Procedure;
import cn.zoneflow.domain.model.procedure.ProjectProcedure;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectTest;
import cn.zoneflow.domain.model.shared.Stage;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommitmentTextTest {

    private static final Procedure PLANNING = new Procedure("PLANNING_PERMIT", "建设工程规划许可", "自然资源部门", 10,
            Stage.STARTED, true, false);
    private static final Procedure CONSTRUCTION = new Procedure("CONSTRUCTION_PERMIT", "建筑工程施工许可",
            "住房和城乡建设部门", 7, Stage.STARTED, true, false);
    private static final LocalDate PROMISED = LocalDate.of(2027, 3, 31);

    private final Project project = ProjectTest.signedProject();
    private final List<ProjectProcedure> covered = List.of(ProjectProcedure.planned(project, PLANNING, false, true),
            ProjectProcedure.planned(project, CONSTRUCTION, false, true));

    @Test
    void theEnterprisesTextNamesItTheProjectEachCoveredProcedureWithItsDepartmentThePromisedDayAndTheCreditAtStake() {
        String text = CommitmentText.of(CommitmentParty.ENTERPRISE, project, covered, PROMISED).text();

        assertThat(text).startsWith("企业信用承诺书\n")
                .contains(project.enterprise().name(), project.enterprise().creditCode().value(), project.name(),
                        project.code().value(), project.zone().name())
                .contains("1. 建设工程规划许可（自然资源部门）\n2. 建筑工程施工许可（住房和城乡建设部门）")
                .contains("在2027年3月31日前办结上述全部承诺事项")
                .contains("记入企业信用记录");
    }

    @Test
    void theZonesTextIsItsServiceCommitmentForTheSameProceduresAndDay() {
        String text = CommitmentText.of(CommitmentParty.ZONE, project, covered, PROMISED).text();

        assertThat(text).startsWith("开发区服务承诺书\n")
                .contains("承诺单位：" + project.zone().name() + "管理委员会")
                .contains("1. 建设工程规划许可（自然资源部门）")
                .contains("全程代办", "在2027年3月31日前协助项目单位办结");
    }

    @Test
    void theSameFactsGiveTheSameTextAndHashAndAnyChangeAnother() {
        CommitmentText read = CommitmentText.of(CommitmentParty.ENTERPRISE, project, covered, PROMISED);
        CommitmentText again = CommitmentText.of(CommitmentParty.ENTERPRISE, project, covered, PROMISED);

        assertThat(again).isEqualTo(read);
        assertThat(read.sha256()).hasSize(64).matches("[0-9a-f]+").isEqualTo(again.sha256());
        assertThat(CommitmentText.of(CommitmentParty.ENTERPRISE, project, covered, PROMISED.plusDays(1)).sha256())
                .isNotEqualTo(read.sha256());
        assertThat(CommitmentText.of(CommitmentParty.ENTERPRISE, project, covered.subList(0, 1), PROMISED).sha256())
                .isNotEqualTo(read.sha256());
    }

    @Test
    void aSignatureKeepsTheTextAndItsHashAndTellsWhetherTheTextIsStillTheOneSigned() {
        CommitmentText text = CommitmentText.of(CommitmentParty.ENTERPRISE, project, covered, PROMISED);
        CommitmentSignature signature = new CommitmentSignature(project, text, PROMISED, "enterprise.demo",
                LocalDate.of(2026, 12, 7).atTime(10, 0), 9L);

        assertThat(signature.party()).isEqualTo(CommitmentParty.ENTERPRISE);
        assertThat(signature.signedText()).isEqualTo(text.text());
        assertThat(signature.textSha256()).isEqualTo(text.sha256());
        assertThat(signature.isIntact()).isTrue();
        assertThat(text.body()).startsWith("承诺单位：").doesNotContain("企业信用承诺书");
    }

    @Test
    void theEnterpriseSignsAfterTheZoneOnlyBeforeThePromisedDayAndOnlyOnce() {
        CommitmentSignature zone = new CommitmentSignature(project,
                CommitmentText.of(CommitmentParty.ZONE, project, covered, PROMISED), PROMISED, "officer.jinzhong",
                LocalDate.of(2026, 12, 7).atTime(9, 0), 8L);
        CommitmentSignature enterprise = new CommitmentSignature(project,
                CommitmentText.of(CommitmentParty.ENTERPRISE, project, covered, PROMISED), PROMISED, "enterprise.demo",
                LocalDate.of(2026, 12, 8).atTime(9, 0), 9L);

        assertThat(new CommitmentFile(covered, null, null, List.of()).awaitingEnterprise()).isEmpty();
        assertThat(new CommitmentFile(covered, null, null, List.of(zone)).awaitingEnterprise()).contains(zone);
        assertThat(new CommitmentFile(covered, null, null, List.of(zone, enterprise)).awaitingEnterprise()).isEmpty();
        assertThat(zone.openToCountersignOn(PROMISED.minusDays(1))).isTrue();
        assertThat(zone.openToCountersignOn(PROMISED)).as("a commitment promises a day after both signings")
                .isFalse();
    }

    @Test
    void aSignatureOfTheZoneTheEnterpriseDeclinedLapsesKeptWithWhyAndTheZonesNextOneIsAwaited() {
        CommitmentSignature declined = new CommitmentSignature(project,
                CommitmentText.of(CommitmentParty.ZONE, project, covered, PROMISED), PROMISED, "officer.jinzhong",
                LocalDate.of(2026, 12, 7).atTime(9, 0), 8L);
        LocalDate later = PROMISED.plusMonths(2);
        CommitmentSignature again = new CommitmentSignature(project,
                CommitmentText.of(CommitmentParty.ZONE, project, covered, later), later, "officer.jinzhong",
                LocalDate.of(2026, 12, 9).atTime(9, 0), 10L);

        declined.lapse(SignatureLapse.DECLINED, "环评需三个月，日期过紧", LocalDate.of(2026, 12, 8).atTime(10, 0));

        assertThat(declined.stands()).isFalse();
        assertThat(declined.declineReason()).isEqualTo("环评需三个月，日期过紧");
        assertThat(new CommitmentFile(covered, null, null, List.of(declined)).awaitingEnterprise())
                .as("nothing to sign once the zone's signature lapsed").isEmpty();
        assertThat(new CommitmentFile(covered, null, null, List.of(declined, again)).awaitingEnterprise())
                .contains(again);
        assertThatThrownBy(() -> declined.lapse(SignatureLapse.EXPIRED, null, LocalDate.of(2026, 12, 9).atTime(9, 0)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(declined.lapse()).isEqualTo(SignatureLapse.DECLINED);
    }
}
