package cn.zoneflow.domain.model.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zoneflow.domain.model.commitment.Commitment;
import cn.zoneflow.domain.model.commitment.CommitmentParty;
import cn.zoneflow.domain.model.commitment.CommitmentSignature;
import cn.zoneflow.domain.model.commitment.CommitmentText;
import cn.zoneflow.domain.model.commitment.SignatureLapse;
import cn.zoneflow.domain.model.problem.ProblemActor;
import cn.zoneflow.domain.model.problem.ProblemCategory;
import cn.zoneflow.domain.model.problem.ProjectProblem;
import cn.zoneflow.domain.model.procedure.Procedure;
import cn.zoneflow.domain.model.procedure.ProcedureChecklist;
import cn.zoneflow.domain.model.procedure.ProjectProcedure;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectTest;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.domain.model.user.Role;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
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
        Commitment commitment = signed(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 12, 18));
        EnterpriseMessage due = EnterpriseMessage.commitmentDue(commitment, NOW);

        assertThat(EnterpriseMessageText.chinese().sentence(due)).isEqualTo("「" + project.name()
                + "」的承诺期限将于2026年12月18日届满：请在此之前办齐承诺办理的手续，届时开发区将逐项核查。");
        assertThat(EnterpriseMessageText.in(Locale.ENGLISH).sentence(due)).contains("falls due on 2026-12-18");
        assertThat(due.about()).endsWith(":due:2026-12-18");
    }

    @Test
    void theZonesDecisionsOnTheCommitmentSayWhatWasFoundAndByWhenToRectifyEachToldOnce() {
        Commitment commitment = signed(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 11, 30));
        commitment.notFulfilled("officer.jinzhong", "施工许可未办结", LocalDate.of(2027, 1, 15),
                LocalDate.of(2026, 12, 1));
        EnterpriseMessage rectify = EnterpriseMessage.commitmentVerified(commitment, NOW);
        commitment.rectificationFailed("施工许可仍未办结", LocalDate.of(2027, 1, 15));
        commitment.breach(LocalDate.of(2027, 1, 15));
        EnterpriseMessage breached = EnterpriseMessage.commitmentVerified(commitment, NOW);

        assertThat(rectify.kind()).isEqualTo(EnterpriseMessageKind.RECTIFICATION_ASKED);
        assertThat(EnterpriseMessageText.chinese().sentence(rectify)).isEqualTo("「" + project.name()
                + "」的承诺经开发区核查未按期履行——施工许可未办结。请于2027年1月15日前整改到位，逾期仍未整改将记入企业信用记录。");
        assertThat(EnterpriseMessageText.in(Locale.ENGLISH).sentence(rectify)).contains("rectify by 2027-01-15");
        assertThat(breached.kind()).isEqualTo(EnterpriseMessageKind.COMMITMENT_BREACHED);
        assertThat(EnterpriseMessageText.chinese().sentence(breached)).isEqualTo("「" + project.name()
                + "」的承诺经复核仍未整改到位——施工许可仍未办结。已记入企业信用记录，由市级主管部门依规处置。");
        assertThat(breached.about()).as("each decision is a message of its own").isNotEqualTo(rectify.about());
    }

    @Test
    void aCommitmentLeftUnsignedPastItsPromisedDateIsToldAsLapsedOncePerTextOffered() {
        LocalDate promised = LocalDate.of(2027, 3, 31);
        CommitmentSignature zone = new CommitmentSignature(project,
                CommitmentText.of(CommitmentParty.ZONE, project, List.of(procedure), promised), promised,
                "officer.jinzhong", NOW, 8L);
        zone.lapse(SignatureLapse.EXPIRED, null, NOW);

        EnterpriseMessage lapsed = EnterpriseMessage.commitmentSigningExpired(zone, NOW);

        assertThat(lapsed.kind()).isEqualTo(EnterpriseMessageKind.COMMITMENT_SIGNING_EXPIRED);
        assertThat(EnterpriseMessageText.chinese().sentence(lapsed)).isEqualTo("「" + project.name()
                + "」的企业信用承诺书未在承诺办结日期2027年3月31日前签署，开发区已签署的服务承诺书随之失效。"
                + "开发区将与您重新商定承诺办结日期，届时请在企业门户签署新的承诺书。");
        assertThat(EnterpriseMessageText.in(Locale.ENGLISH).sentence(lapsed))
                .contains("before its promised date, 2027-03-31");
        assertThat(EnterpriseMessageText.chinese().title(lapsed.kind())).isEqualTo("承诺书已失效");
    }

    @Test
    void aKeptCommitmentIsToldWithTheZonesNoteWhenItWroteOne() {
        Commitment commitment = signed(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 11, 30));
        commitment.fulfilled(new ProcedureChecklist(List.of()), "officer.jinzhong", null, LocalDate.of(2026, 12, 1));

        EnterpriseMessage kept = EnterpriseMessage.commitmentVerified(commitment, NOW);

        assertThat(kept.kind()).isEqualTo(EnterpriseMessageKind.COMMITMENT_KEPT);
        assertThat(EnterpriseMessageText.chinese().sentence(kept))
                .isEqualTo("「" + project.name() + "」的承诺已经开发区核查：承诺办理的手续均已办结，承诺履行完毕。");
    }

    @Test
    void anAnsweredRequestQuotesWhatTheEnterpriseAskedAndTheAnswerAndIsToldOncePerAnswer() {
        ProblemActor enterprise = new ProblemActor("wang.jinneng", "王经理", Role.ENTERPRISE);
        ProblemActor officer = new ProblemActor("officer.jinzhong", "代办员", Role.OFFICER);
        ProjectProblem request = new ProjectProblem(project, new ProblemCategory("UTILITIES", "水电气暖", 10, 4),
                "用电增容迟迟未批", enterprise, NOW);
        request.accept("officer.jinzhong", LocalDate.of(2026, 12, 21), false, officer, NOW);
        request.answer("已协调供电公司，本周内完成增容", officer, NOW);
        EnterpriseMessage first = EnterpriseMessage.problemAnswered(request, "已协调供电公司，本周内完成增容", NOW);
        request.reopen("仍未送电", enterprise, NOW);
        request.answer("已送电", officer, NOW);
        EnterpriseMessage second = EnterpriseMessage.problemAnswered(request, "已送电", NOW);

        assertThat(EnterpriseMessageText.chinese().sentence(first)).isEqualTo("「" + project.name()
                + "」：您提出的诉求“用电增容迟迟未批”已有答复——已协调供电公司，本周内完成增容。请在企业门户确认是否已经解决，未解决可说明原因退回。");
        assertThat(second.about()).as("an answer after reopening is told again").isNotEqualTo(first.about());
    }

    @Test
    void aCommitmentNotYetVerifiedHasNoDecisionToTell() {
        Commitment commitment = signed(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 11, 30));

        assertThatThrownBy(() -> EnterpriseMessage.commitmentVerified(commitment, NOW))
                .isInstanceOf(IllegalStateException.class);
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

    private Commitment signed(LocalDate day, LocalDate promisedOn) {
        return Commitment.signed(project, day, day, promisedOn, "officer.jinzhong", day);
    }
}
