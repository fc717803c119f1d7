package cn.zoneflow.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zoneflow.domain.application.CommitmentService;
import cn.zoneflow.domain.application.ProjectRegistration;
import cn.zoneflow.domain.model.commitment.CommitmentFile;
import cn.zoneflow.domain.model.commitment.CommitmentSignature;
import cn.zoneflow.domain.model.commitment.CommitmentStatus;
import cn.zoneflow.domain.model.commitment.SignatureLapse;
import cn.zoneflow.domain.model.enterprise.Enterprise;
import cn.zoneflow.domain.model.enterprise.CreditCode;
import cn.zoneflow.domain.model.message.EnterpriseMessage;
import cn.zoneflow.domain.model.message.EnterpriseMessageKind;
import cn.zoneflow.domain.model.message.EnterpriseMessageRepository;
import cn.zoneflow.domain.model.project.ProjectRepository;
import cn.zoneflow.domain.model.project.ProjectReforms;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.shared.FieldError;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.user.UserAccountRepository;
import cn.zoneflow.processes.AgencyProcess;
import cn.zoneflow.processes.CommitmentProcess.Activities;
import cn.zoneflow.processes.CommitmentProcess;
import cn.zoneflow.workflow.agency.ProcedureTasks;
import cn.zoneflow.workflow.commitment.CommitmentTasks;
import cn.zoneflow.workflow.task.Actor;
import cn.zoneflow.workflow.task.TaskDeadline;
import cn.zoneflow.workflow.task.TaskFilter;
import cn.zoneflow.workflow.task.TaskInbox;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 承诺制 inside the application: the dual commitment signed in the agency, verified when its timer fires, and a
 * commitment neither kept nor rectified ending as the enterprise's credit record in the city supervisors' inbox,
 * the enterprise told of each decision; a text signed by the zone on line and left unsigned lapsing on its day.
 */
@ExtendWith(ArquillianExtension.class)
class CommitmentIT {

    private static final long JINZHONG_ZONE = 22;
    private static final Actor OFFICER = new Actor("officer.jinzhong", List.of("officer", "officer:zone-22"));
    private static final Actor SUPERVISOR = new Actor("supervisor.jinzhong",
            List.of("supervisor", "supervisor:city-140700"));

    @Inject
    private ProjectRegistration registration;

    @Inject
    private ProcedureTasks procedureTasks;

    @Inject
    private CommitmentTasks commitmentTasks;

    @Inject
    private CommitmentService commitments;

    @Inject
    private TaskInbox inbox;

    @Inject
    private ProjectRepository projects;

    @Inject
    private EnterpriseMessageRepository enterpriseMessages;

    @Inject
    private TaskService taskService;

    @Inject
    private RuntimeService runtimeService;

    @Inject
    private ManagementService managementService;

    @Inject
    private UserAccountRepository accounts;

    @Test
    void aCommitmentNeitherKeptNorRectifiedBecomesACreditRecordTheCitysSupervisorsDealWith() {
        String code = "2026-140700-44-01-" + (600_000 + System.nanoTime() % 100_000);
        LocalDate today = ChinaTime.today();
        long projectId = registration.registerSigned(Scope.ofZone(JINZHONG_ZONE), Registrations.signedInJinzhong(code,
                "承诺制核查测试项目", "山西承诺核查测试有限公司", CreditCode.completing("91140700MA" + code.substring(18) + "2"),
                today.minusDays(5), new ProjectReforms(true, true, null)),
                "officer.jinzhong").id();
        procedureTasks.signAgreement(OFFICER, taskOf(code, AgencyProcess.Activities.SIGN_AGENCY_AGREEMENT).getId(),
                "晋中承诺核查〔2026〕" + code.substring(18) + "号", today.minusDays(1).toString(), "officer.jinzhong");

        commitmentTasks.sign(OFFICER, taskOf(code, Activities.SIGN_COMMITMENTS).getId(),
                today.minusDays(1).toString(), today.minusDays(1).toString(), today.plusDays(1).toString());
        promisedDayComes(code);

        String verification = taskOf(code, Activities.VERIFY_COMMITMENT).getId();
        InvalidInputException notAllDone = assertThrows(InvalidInputException.class,
                () -> commitmentTasks.verify(OFFICER, verification, true, null, null));
        FieldError refusal = notAllDone.errors().get(0);
        assertEquals("decision", refusal.field());
        assertTrue(refusal.rejectedValue().contains("建设工程规划许可"), "names the committed procedures still open");
        assertEquals(CommitmentStatus.SIGNED, commitments.file(projectId).commitment().status());

        commitmentTasks.verify(OFFICER, verification, false, "规划许可、施工许可均未在承诺期内办结", today.plusDays(10).toString());
        Task rectification = taskOf(code, Activities.RECTIFY_COMMITMENT);
        assertEquals(today.plusDays(10), TaskDeadline.day(rectification.getDueDate()),
                "the rectification is due on the day the verification set");

        commitmentTasks.checkRectification(OFFICER, rectification.getId(), false, "逾期仍未提交施工图审查");

        CommitmentFile file = commitments.file(projectId);
        assertEquals(CommitmentStatus.BREACHED, file.commitment().status());
        assertNotNull(file.creditRecord(), "the breach stands on the enterprise's credit record");
        assertEquals("规划许可、施工许可均未在承诺期内办结；逾期仍未提交施工图审查", file.creditRecord().reason());
        Task review = taskOf(code, Activities.REVIEW_BREACH);
        assertTrue(inbox.page(SUPERVISOR, new TaskFilter(code, Activities.REVIEW_BREACH, null), 0, 5).items().stream()
                .anyMatch(task -> task.id().equals(review.getId())), "the city's supervisors find the breach");
        assertThrows(InvalidInputException.class, () -> commitmentTasks.handleBreach(SUPERVISOR, review.getId(), " "));

        commitmentTasks.handleBreach(SUPERVISOR, review.getId(), "已约谈企业负责人，纳入信用监管");
        assertEquals("supervisor.jinzhong", commitments.file(projectId).creditRecord().handledBy());
        assertNull(runtimeService.createProcessInstanceQuery().processDefinitionKey(CommitmentProcess.PROCESS_KEY)
                .processInstanceBusinessKey(code).singleResult(), "the commitment process has ended");
        long enterprise = projects.find(projectId).orElseThrow().enterprise().id();
        assertEquals(List.of(EnterpriseMessageKind.COMMITMENT_BREACHED, EnterpriseMessageKind.RECTIFICATION_ASKED),
                enterpriseMessages.of(enterprise, 0, 10).items().stream()
                        .filter(message -> message.kind() != EnterpriseMessageKind.COMMITMENT_DUE)
                        .map(EnterpriseMessage::kind).toList(),
                "the enterprise was told what to rectify by when, and then of the breach, newest first");
    }

    /**
     * 承诺制 on line left unsigned: the zone signs, the enterprise does not, and on the promised morning the zone's
     * signature lapses, the enterprise is told, and the officer's step comes back to agree anew.
     */
    @Test
    void aTextTheEnterpriseLeavesUnsignedLapsesOnThePromisedMorningAndTheOfficerAgreesAnew() {
        String code = "2026-140700-44-01-" + (700_000 + System.nanoTime() % 100_000);
        LocalDate today = ChinaTime.today();
        Enterprise demo = accounts.findByUsername("enterprise.demo").orElseThrow().enterprise().orElseThrow();
        long projectId = registration.registerSigned(Scope.ofZone(JINZHONG_ZONE), Registrations.signedInJinzhong(code,
                "承诺书逾期测试项目", demo.name(), demo.creditCode(), today.minusDays(5),
                new ProjectReforms(true, true, null)), "officer.jinzhong").id();
        procedureTasks.signAgreement(OFFICER, taskOf(code, AgencyProcess.Activities.SIGN_AGENCY_AGREEMENT).getId(),
                "晋中承诺逾期〔2026〕" + code.substring(18) + "号", today.minusDays(1).toString(), "officer.jinzhong");
        commitmentTasks.signOnLine(OFFICER, taskOf(code, Activities.SIGN_COMMITMENTS).getId(),
                today.plusDays(1).toString(), ApiClient.DEMO_PASSWORD);
        assertNotNull(taskOf(code, Activities.ENTERPRISE_SIGNS_COMMITMENT), "the enterprise's step waits");

        promisedDayComes(code);

        CommitmentFile file = commitments.file(projectId);
        assertEquals(List.of(SignatureLapse.EXPIRED), file.signatures().stream().map(CommitmentSignature::lapse)
                .toList(), "the zone's signature lapsed, kept");
        assertNull(file.commitment(), "no commitment stands");
        assertNull(taskOf(code, Activities.ENTERPRISE_SIGNS_COMMITMENT), "nothing left for the enterprise to sign");
        assertNotNull(taskOf(code, Activities.SIGN_COMMITMENTS), "the officer agrees the commitment anew");
        assertEquals(List.of(EnterpriseMessageKind.COMMITMENT_SIGNING_EXPIRED),
                enterpriseMessages.of(demo.id(), 0, 50).items().stream()
                        .filter(message -> message.project().id() == projectId).map(EnterpriseMessage::kind).toList(),
                "the enterprise is told its text lapsed");
    }

    /**
     * The promised day's timer fires, as the job executor would run it on that morning: the verification's, or the
     * lapse of a text the enterprise has not signed.
     */
    private void promisedDayComes(String code) {
        String instance = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(CommitmentProcess.PROCESS_KEY).processInstanceBusinessKey(code).singleResult()
                .getId();
        Job timer = managementService.createJobQuery().processInstanceId(instance).timers().singleResult();
        assertEquals(TaskDeadline.startOf(ChinaTime.today().plusDays(1)).toInstant().plusSeconds(9 * 3600),
                timer.getDuedate().toInstant(), "the verification falls due on the promised day's morning");
        managementService.executeJob(timer.getId());
    }

    private Task taskOf(String code, String step) {
        return taskService.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey(step).singleResult();
    }
}
