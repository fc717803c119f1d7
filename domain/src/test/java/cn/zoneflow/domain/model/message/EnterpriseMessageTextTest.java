package cn.zoneflow.domain.model.message;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoneflow.domain.model.commitment.Commitment;
import cn.zoneflow.domain.model.procedure.Procedure;
import cn.zoneflow.domain.model.procedure.ProjectProcedure;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectTest;
import cn.zoneflow.domain.model.shared.Stage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EnterpriseMessageTextTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 10, 0);
    private static final Procedure PLANNING = new Procedure("PLANNING_PERMIT", "建设工程规划许可", "自然资源部门", 10,
            Stage.STARTED, true, false);

    private final Project project = ProjectTest.signedProject();
    private final ProjectProcedure procedure = ProjectProcedure.planned(project, PLANNING, false, false);

    @Test
    void aCorrectionNamesTheProjectTheProcedureAndWhatTheDepartmentAsksAndIsToldOncePerRound() {
        procedure.submit("officer.jinzhong", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 15));
        procedure.returnForCorrection("总平面图缺少消防通道标注");
        EnterpriseMessage first = EnterpriseMessage.correctionAsked(procedure, NOW);
        procedure.submit("officer.jinzhong", LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 17));
        procedure.returnForCorrection("仍缺消防通道标注");
        EnterpriseMessage second = EnterpriseMessage.correctionAsked(procedure, NOW);

        assertThat(EnterpriseMessageText.chinese().sentence(first)).isEqualTo("「" + project.name()
                + "」的建设工程规划许可：审批部门要求补正——总平面图缺少消防通道标注。请在企业门户补交材料。");
        assertThat(second.about()).as("a second round is a second message").isNotEqualTo(first.about());
        assertThat(first.enterprise()).isSameAs(project.enterprise());
    }

    @Test
    void aClosedProcedureGivesItsApprovalNumberWhenThereIsOne() {
        procedure.submit("officer.jinzhong", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 15));
        procedure.close("晋规许〔2026〕18号", LocalDate.of(2026, 12, 7));

        assertThat(EnterpriseMessageText.chinese().sentence(EnterpriseMessage.procedureClosed(procedure, NOW)))
                .isEqualTo("「" + project.name() + "」的建设工程规划许可已办结，批文号 晋规许〔2026〕18号。");
        assertThat(EnterpriseMessageText.in(Locale.ENGLISH)
                .sentence(EnterpriseMessage.procedureClosed(procedure, NOW)))
                .isEqualTo(project.name() + ", 建设工程规划许可: approved, approval number 晋规许〔2026〕18号.");
    }

    @Test
    void theMailGreetsTheContactSaysTheSentenceLinksTheProjectPageAndNamesTheZone() {
        procedure.submit("officer.jinzhong", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 15));
        procedure.close(null, LocalDate.of(2026, 12, 7));
        EnterpriseMessage closed = EnterpriseMessage.procedureClosed(procedure, NOW);
        EnterpriseMessageText text = EnterpriseMessageText.chinese();

        String mail = text.mail(closed, "王经理", "https://zoneflow.example.cn/portal/project.xhtml?id=7");

        assertThat(mail).startsWith("王经理，您好：\n\n「" + project.name() + "」的建设工程规划许可已办结。\n\n")
                .contains("请登录企业门户查看：https://zoneflow.example.cn/portal/project.xhtml?id=7")
                .endsWith("——" + project.zone().name() + "（开发区项目全周期服务平台自动发送，请勿直接回复）");
        assertThat(text.mail(closed, "王经理", null)).contains("请登录企业门户查看详情。");
        assertThat(text.mailSubject(EnterpriseMessageKind.PROCEDURE_CLOSED)).isEqualTo("【开发区项目服务】手续已办结");
    }

    @Test
    void aCommitmentFallingDueGivesItsPromisedDateInTheReadersWay() {
        Commitment commitment = Commitment.signed(project, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 12, 18), "officer.jinzhong", LocalDate.of(2026, 11, 2));
        EnterpriseMessage due = EnterpriseMessage.commitmentDue(commitment, NOW);

        assertThat(EnterpriseMessageText.chinese().sentence(due)).isEqualTo("「" + project.name()
                + "」的承诺期限将于2026年12月18日届满：请在此之前办齐承诺办理的手续，届时开发区将逐项核查。");
        assertThat(EnterpriseMessageText.in(Locale.ENGLISH).sentence(due)).contains("falls due on 2026-12-18");
        assertThat(due.about()).endsWith(":due:2026-12-18");
    }

    @Test
    void everyKindReadsInChineseAndEnglish() {
        for (Locale locale : new Locale[] {Locale.CHINESE, Locale.ENGLISH, Locale.GERMAN}) {
            EnterpriseMessageText text = EnterpriseMessageText.in(locale);
            Arrays.stream(EnterpriseMessageKind.values())
                    .forEach(kind -> assertThat(text.title(kind)).as(kind + " in " + locale).isNotBlank());
        }
        assertThat(EnterpriseMessageText.in(Locale.ENGLISH).title(EnterpriseMessageKind.COMMITMENT_DUE))
                .isEqualTo("Commitment falling due");
        assertThat(EnterpriseMessageText.in(Locale.GERMAN).title(EnterpriseMessageKind.COMMITMENT_DUE))
                .as("Chinese for any other language").isEqualTo("承诺即将到期");
    }
}
