package cn.zoneflow.web.it;

import cn.zoneflow.domain.application.AccountAdministration;
import cn.zoneflow.domain.application.AuditTrail;
import cn.zoneflow.domain.application.CalendarAdministration;
import cn.zoneflow.domain.application.Deadlines;
import cn.zoneflow.domain.application.MessageBox;
import cn.zoneflow.domain.application.ProjectDetails;
import cn.zoneflow.domain.application.ProjectProblems;
import cn.zoneflow.domain.application.ProjectRegistration;
import cn.zoneflow.domain.application.SignedProject;
import cn.zoneflow.domain.application.SupervisionService;
import cn.zoneflow.domain.application.WarningRuleAdministration;
import cn.zoneflow.domain.application.demo.DemoData;
import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEntry;
import cn.zoneflow.domain.model.audit.AuditFilter;
import cn.zoneflow.domain.model.audit.AuditResult;
import cn.zoneflow.domain.model.calendar.CalendarYearInput;
import cn.zoneflow.domain.model.calendar.DueState;
import cn.zoneflow.domain.model.enterprise.CreditCode;
import cn.zoneflow.domain.model.message.MessageKind;
import cn.zoneflow.domain.model.problem.ProblemReport;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectCode;
import cn.zoneflow.domain.model.project.ProjectReforms;
import cn.zoneflow.domain.model.project.ProjectRepository;
import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.shared.Page;
import cn.zoneflow.domain.model.shared.ReadCommand;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.domain.model.supervision.NoticeSource;
import cn.zoneflow.domain.model.supervision.NoticeStatus;
import cn.zoneflow.domain.model.supervision.SupervisionNotice;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.user.RoleRequiredException;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.user.UserAccount;
import cn.zoneflow.domain.model.user.UserAccountRepository;
import cn.zoneflow.domain.model.warning.WarningKind;
import cn.zoneflow.domain.model.warning.WarningRule;
import cn.zoneflow.domain.model.zone.Zone;
import cn.zoneflow.domain.model.zone.ZoneRepository;
import cn.zoneflow.processes.ProblemProcess;
import cn.zoneflow.processes.ProjectLifecycle.Activities;
import cn.zoneflow.processes.ProjectLifecycle;
import cn.zoneflow.processes.SupervisionNoticeProcess;
import cn.zoneflow.workflow.engine.EngineClock;
import cn.zoneflow.workflow.incident.IncidentSummary;
import cn.zoneflow.workflow.incident.Incidents;
import cn.zoneflow.workflow.lifecycle.StageMoveTasks;
import cn.zoneflow.workflow.problem.ProblemTasks;
import cn.zoneflow.workflow.supervision.NoticeTasks;
import cn.zoneflow.workflow.supervision.OverdueBoard;
import cn.zoneflow.workflow.supervision.OverdueNotices;
import cn.zoneflow.workflow.task.Actor;
import cn.zoneflow.workflow.task.NearDeadlineReminders;
import cn.zoneflow.workflow.task.PendingDeadlines.Waiting;
import cn.zoneflow.workflow.task.PendingDeadlines;
import cn.zoneflow.workflow.task.TaskDeadline;
import cn.zoneflow.workflow.task.TaskFilter;
import cn.zoneflow.workflow.task.TaskHandover;
import cn.zoneflow.workflow.task.TaskInbox;
import cn.zoneflow.workflow.task.TaskInputException;
import cn.zoneflow.workflow.task.TaskSummary;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.NoSuchElementException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The assembled application on Payara Micro: the engine on the container's JTA transactions, the domain and the
 * process moving together, health, and the login page. Runs once on H2 and once on MariaDB.
 */
@ExtendWith(ArquillianExtension.class)
class ApplicationIT {

    /** 晋中开发区, as seeded by the reference data migration. */
    private static final long JINZHONG_ZONE = 22;
    private static final Actor OFFICER = new Actor("officer.jinzhong", List.of("officer", "officer:zone-22"));
    private static final Actor MANAGER = new Actor("manager.jinzhong", List.of("manager", "manager:zone-22"));

    @Inject
    private StageMoveTasks stageMoves;

    @Inject
    private TaskService taskService;

    @Inject
    private RuntimeService runtimeService;

    @Inject
    private ProjectRepository projects;

    @Inject
    private DemoData demoData;

    @Inject
    private ProjectRegistration registration;

    @Inject
    private TaskInbox inbox;

    @Inject
    private OverdueNotices overdueNotices;

    @Inject
    private NoticeTasks noticeTasks;

    @Inject
    private ProblemTasks problemTasks;

    @Inject
    private SupervisionService supervision;

    @Inject
    private Incidents incidents;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private ManagementService managementService;

    @Inject
    private AuditTrail audit;

    @Inject
    private CalendarAdministration calendarAdministration;

    @Inject
    private Deadlines deadlines;

    @Inject
    private HttpServletRequest request;

    @Inject
    private TaskHandover handover;

    @Inject
    private PendingDeadlines pendingDeadlines;

    @Inject
    private AccountAdministration accountAdministration;

    @Inject
    private MessageBox messageBox;

    @Inject
    private NearDeadlineReminders nearDeadlineReminders;

    @Inject
    private WarningRuleAdministration warningRules;

    @Inject
    private ProjectProblems problems;

    @Inject
    private OverdueBoard overdueBoard;

    @Inject
    private ZoneRepository zones;

    @Resource
    private UserTransaction transaction;

    /** An officer leaves: the zone's manager passes all they hold to a colleague, each task audited, and back. */
    @Test
    void theManagerHandsAnOfficersOpenWorkToAColleagueOfTheZone() {
        UserAccount manager = accounts.findByUsername("manager.jinzhong").orElseThrow();
        String colleague = newOfficerOfJinzhong("晋中接替代办员");
        String code = "2026-140700-44-01-" + (600_000 + System.nanoTime() % 100_000);
        Task request = requestClaimedByTheOfficer(code, "移交测试项目");
        long held = taskService.createTaskQuery().taskAssignee(OFFICER.username()).count();

        int handedOver = handover.handOver(manager, OFFICER.username(), colleague);
        try {
            assertEquals(held, handedOver);
            assertEquals(0, taskService.createTaskQuery().taskAssignee(OFFICER.username()).count());
            assertEquals(colleague, taskService.createTaskQuery().taskId(request.getId()).singleResult().getAssignee());
            assertTrue(messageBox.of(colleague, 0, Page.MAX_SIZE).items().stream().anyMatch(message ->
                    message.kind() == MessageKind.ASSIGNED && request.getId().equals(message.taskId())),
                    "the colleague is told of the work passed on");
            assertEquals(1, audit.search(new AuditFilter(null, AuditAction.TASK_HANDED_OVER, null, code,
                    null, null), 0, 10).total(), "the handover of the project's task is audited");
            assertEquals(held, handover.colleagues(manager).stream()
                    .filter(account -> account.username().equals(colleague)).findFirst().orElseThrow().holding());
            assertThrows(NoSuchElementException.class, () -> stageMoves.request(OFFICER, request.getId(),
                    "施工许可证已核发"), "the one who left no longer sees it");
            assertThrows(RoleRequiredException.class, () -> handover.handOver(accounts.findByUsername(
                    OFFICER.username()).orElseThrow(), colleague, OFFICER.username()));
        } finally {
            handover.handOver(manager, colleague, OFFICER.username());
        }
        assertEquals(held, taskService.createTaskQuery().taskAssignee(OFFICER.username()).count());
    }

    /**
     * 转交所选: an officer passes ticked tasks to a colleague of the zone; what the colleague could not work on (another
     * zone's task, here one the officer cannot even see) stays, and a colleague of another role is refused.
     */
    @Test
    void anOfficerPassesTheTickedTasksToAColleagueAndOnlyWhatTheColleagueCanWorkOn() {
        UserAccount officer = accounts.findByUsername(OFFICER.username()).orElseThrow();
        String colleague = newOfficerOfJinzhong("晋中转交代办员");
        String code = "2026-140700-44-01-" + (700_000 + System.nanoTime() % 100_000);
        Task request = requestClaimedByTheOfficer(code, "转交测试项目");
        List<String> shuozhouGroups = accounts.findByUsername("officer.shuozhou").orElseThrow().groups().stream()
                .filter(group -> group.contains(":zone-")).toList();
        String elsewhere = taskService.createTaskQuery().taskCandidateGroupIn(shuozhouGroups).listPage(0, 1).get(0)
                .getId();

        assertTrue(handover.takersFor(officer).stream().anyMatch(account -> account.username().equals(colleague)));
        assertTrue(handover.takersFor(officer).stream().noneMatch(account -> account.role() != Role.OFFICER),
                "only colleagues doing the same work are offered");
        TaskHandover.Passed passed = handover.pass(officer, List.of(request.getId(), elsewhere), colleague);

        assertEquals(new TaskHandover.Passed(1, 1), passed);
        assertEquals(colleague, taskService.createTaskQuery().taskId(request.getId()).singleResult().getAssignee());
        assertEquals(1, audit.search(new AuditFilter(null, AuditAction.TASK_HANDED_OVER, null, code, null, null), 0,
                10).total(), "the task passed on is audited");
        assertThrows(InvalidInputException.class, () -> handover.pass(officer, List.of(request.getId()),
                MANAGER.username()), "a manager does other work");
        assertEquals(new TaskHandover.Passed(0, 1), handover.pass(officer, List.of(request.getId()), colleague),
                "the officer no longer holds it");
    }

    /**
     * Under a rule that says so, a project that turns red sends its zone a 督办 notice saying which planned date it
     * missed; the rule is set back afterwards so that the other tests see the defaults.
     */
    @Test
    void aProjectTurningRedUnderARuleThatSaysSoSendsItsZoneANotice() {
        UserAccount admin = accounts.findByUsername("admin").orElseThrow();
        WarningRule start = startRule(admin);
        warningRules.change(admin, WarningKind.START, start.version(), start.yellowFrom(), start.redAfterMonths(),
                true);
        String code = "2026-140700-44-01-" + (800_000 + System.nanoTime() % 100_000);
        LocalDate plannedStart = ChinaTime.today().minusMonths(5);
        try {
            registration.registerSigned(Scope.ofZone(JINZHONG_ZONE), Registrations.signedInJinzhong(code, "红灯督办测试项目",
                    "山西红灯督办测试有限公司", CreditCode.completing("91140700MA" + code.substring(18) + "5"),
                    plannedStart.minusMonths(1), plannedStart), OFFICER.username());
        } finally {
            warningRules.change(admin, WarningKind.START, startRule(admin).version(), start.yellowFrom(),
                    start.redAfterMonths(), false);
        }

        SupervisionNotice notice = supervision.within(Scope.ofZone(JINZHONG_ZONE), 500).stream()
                .filter(found -> found.project().code().value().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no notice about the red project"));
        assertEquals(NoticeSource.WARNING, notice.source());
        assertTrue(notice.requirement().startsWith("进度预警（红灯）：项目计划于" + plannedStart + "开工"),
                notice.requirement());
    }

    /** The hourly sweep reminds whoever holds a task near its deadline, once; unclaimed work has nobody to tell. */
    @Test
    void whoeverHoldsATaskNearItsDeadlineIsRemindedOnce() {
        Task approval = requestedStageMove();
        taskService.claim(approval.getId(), MANAGER.username());
        taskService.setFollowUpDate(approval.getId(), Date.from(ChinaTime.today().atStartOfDay(ChinaTime.ZONE)
                .toInstant()));
        taskService.setDueDate(approval.getId(), Date.from(ChinaTime.today().plusDays(2).atTime(17, 0)
                .atZone(ChinaTime.ZONE).toInstant()));
        long unread = messageBox.unreadCount(MANAGER.username());

        nearDeadlineReminders.remind();
        nearDeadlineReminders.remind();

        assertEquals(unread + 1, messageBox.unreadCount(MANAGER.username()), "reminded once, not every hour");
        assertTrue(messageBox.of(MANAGER.username(), 0, Page.MAX_SIZE).items().stream().anyMatch(message ->
                message.kind() == MessageKind.DEADLINE_NEAR && approval.getId().equals(message.taskId())));
    }

    @Test
    void aStepThatFailedForGoodIsAnIncidentTheSystemAdministratorSeesWithItsProjectAndRetries() {
        Job timer = managementService.createJobQuery().timers().list().stream()
                .filter(job -> job.getProcessInstanceId() != null && runtimeService.createProcessInstanceQuery()
                        .processInstanceId(job.getProcessInstanceId()).singleResult().getBusinessKey() != null)
                .findFirst().orElseThrow(() -> new AssertionError("the demo data has projects waiting on timers"));
        String project = runtimeService.createProcessInstanceQuery().processInstanceId(timer.getProcessInstanceId())
                .singleResult().getBusinessKey();
        UserAccount admin = accounts.findByUsername("admin").orElseThrow();
        UserAccount officer = accounts.findByUsername("officer.jinzhong").orElseThrow();

        managementService.setJobRetries(timer.getId(), 0);
        String raised = runtimeService.createIncidentQuery().configuration(timer.getId()).singleResult().getId();
        IncidentSummary incident = incidents.open(admin).stream().filter(open -> open.id().equals(raised))
                .findFirst()
                .orElseThrow(() -> new AssertionError("a job out of retries is listed for the administrator"));
        assertEquals(project, incident.projectCode());
        assertTrue(incident.retryable());
        assertFalse(incident.step().isBlank());
        assertThrows(RoleRequiredException.class, () -> incidents.open(officer));
        assertThrows(RoleRequiredException.class, () -> incidents.retry(officer, incident.id()));

        incidents.retry(admin, incident.id());

        assertTrue(incidents.open(admin).stream().noneMatch(open -> open.id().equals(incident.id())),
                "a retried incident is closed");
        assertEquals(1, managementService.createJobQuery().jobId(timer.getId()).singleResult().getRetries());
        assertEquals(1, audit.search(new AuditFilter(null, AuditAction.INCIDENT_RETRIED, null, incident.id(), null,
                null), 0, 10).total(), "the retry is in the audit trail");
        assertThrows(NoSuchElementException.class, () -> incidents.retry(admin, incident.id()));
    }

    @Test
    void theOverdueSweepSendsALateTaskOneNoticeWhichItsHolderSeesAndAnswers() {
        String code = "2026-140700-44-01-" + (700_000 + System.nanoTime() % 100_000);
        registration.registerSigned(Scope.ofZone(JINZHONG_ZONE), Registrations.signedInJinzhong(code, "超期巡检测试项目",
                "山西超期巡检测试有限公司", CreditCode.completing("91140700MA" + code.substring(18) + "1"),
                ChinaTime.today().minusDays(20), ProjectReforms.NONE), "officer.jinzhong");
        Task late = taskService.createTaskQuery().processInstanceBusinessKey(code).singleResult();
        late.setDueDate(TaskDeadline.endOf(ChinaTime.today().minusDays(1)));
        taskService.saveTask(late);

        // other late work (the demo's, other tests') is noticed first, 200 a sweep: sweep until nothing is left
        for (int sweep = 0; overdueNotices.raise() > 0; sweep++) {
            assertTrue(sweep < 50, "the sweeps run out of late work to notice");
        }
        assertEquals(0, overdueNotices.raise(), "a sweep after the last notices nothing again");

        List<Task> answers = taskService.createTaskQuery().processInstanceBusinessKey(code)
                .taskDefinitionKey(SupervisionNoticeProcess.Activities.ANSWER_NOTICE).list();
        assertEquals(1, answers.size(), "a task past its deadline gets one notice, not one per sweep");
        Task answer = answers.get(0);
        assertTrue(inbox.page(OFFICER, new TaskFilter(code, SupervisionNoticeProcess.Activities.ANSWER_NOTICE, null),
                0, 10).items().stream().anyMatch(task -> task.id().equals(answer.getId())),
                "the zone's officers find the notice about their late task in their inbox");
        long notice = noticeTasks.noticeOf(OFFICER, answer.getId()).id();
        noticeTasks.answer(OFFICER, answer.getId(), "已补充材料，明日提交审批");
        assertEquals(NoticeStatus.ANSWERED, supervision.notice(notice).status());
        assertNotNull(taskService.createTaskQuery().taskId(late.getId()).singleResult(),
                "the late task itself stays with its holder");
    }

    @Test
    void aProblemTheZoneDidNotAcceptInTimeGetsANoticeAndItsCitysStepNone() {
        String code = "2026-140700-44-01-" + (800_000 + System.nanoTime() % 100_000);
        long project = registration.registerSigned(Scope.ofZone(JINZHONG_ZONE), Registrations.signedInJinzhong(code,
                "问题超期测试项目", "山西问题超期测试有限公司", CreditCode.completing("91140700MA" + code.substring(18) + "1"),
                ChinaTime.today().minusDays(5), ProjectReforms.NONE), "officer.jinzhong").id();
        UserAccount supervisor = accounts.findByUsername("supervisor.jinzhong").orElseThrow();
        problems.raise(supervisor, project, ReadCommand.whole(new ProblemReport("LAND", "用地指标未落实")));
        problems.raise(supervisor, project, ReadCommand.whole(new ProblemReport("FUNDS", "贷款未到位")));
        Task unaccepted = taskService.createTaskQuery().processInstanceBusinessKey(code)
                .processDefinitionKey(ProblemProcess.PROCESS_KEY).list().get(0);
        Task passedUp = taskService.createTaskQuery().processInstanceBusinessKey(code)
                .processDefinitionKey(ProblemProcess.PROCESS_KEY).list().get(1);
        problemTasks.escalate(MANAGER, passedUp.getId(), "需市级协调贷款");
        Task cityStep = taskService.createTaskQuery().processInstanceBusinessKey(code)
                .taskDefinitionKey(ProblemProcess.Activities.COORDINATE_IN_CITY).singleResult();
        for (Task late : List.of(unaccepted, cityStep)) {
            late.setDueDate(TaskDeadline.endOf(ChinaTime.today().minusDays(1)));
            taskService.saveTask(late);
        }

        for (int sweep = 0; overdueNotices.raise() > 0; sweep++) {
            assertTrue(sweep < 50, "the sweeps run out of late work to notice");
        }

        List<Task> answers = taskService.createTaskQuery().processInstanceBusinessKey(code)
                .taskDefinitionKey(SupervisionNoticeProcess.Activities.ANSWER_NOTICE).list();
        assertEquals(1, answers.size(), "the zone is noticed about the problem it did not accept in a working day; "
                + "the city's own step late is no notice to the zone");
        assertTrue(noticeTasks.noticeOf(OFFICER, answers.get(0).getId()).requirement().contains("受理交办"),
                "the notice names the late step");
    }

    /** What a city's department owes on a zone's project is late work its city's supervisors follow up. */
    @Test
    void aProblemLateAtTheCitysDepartmentIsOnItsCitysOverdueBoardAndNoOtherPlaces() {
        Zone shuozhou = zones.zoneCalled("朔州经济开发区").orElseThrow();
        String code = "2026-140600-44-01-" + (700_000 + System.nanoTime() % 100_000);
        ProjectDetails details = new ProjectDetails(ProjectCode.of(code), "部门超期测试项目", "朔州部门超期测试有限公司",
                CreditCode.completing("91140600MA" + code.substring(18) + "2"), shuozhou.name(), "新能源", false, true,
                Amount.ofWan("100"), Amount.ofWan("100"), false, false, null);
        long project = registration.registerSigned(Scope.ofZone(shuozhou.id()), ReadCommand.whole(new SignedProject(
                details, null, null, null, null, null, ChinaTime.today().minusDays(5))), "officer.shuozhou").id();
        problems.raise(accounts.findByUsername("officer.shuozhou").orElseThrow(), project,
                ReadCommand.whole(new ProblemReport("LAND", "用地报批滞后")));
        Task accept = taskService.createTaskQuery().processInstanceBusinessKey(code)
                .processDefinitionKey(ProblemProcess.PROCESS_KEY).singleResult();
        Actor manager = new Actor("manager.shuozhou", List.of("manager", Role.MANAGER.groupIn(shuozhou)));
        long department = problemTasks.departmentsFor(manager, accept.getId()).get(0).id();
        problemTasks.accept(manager, accept.getId(), null, Long.toString(department), null, "false");
        Task late = taskService.createTaskQuery().processInstanceBusinessKey(code)
                .taskDefinitionKey(ProblemProcess.Activities.ANSWER_PROBLEM_IN_DEPARTMENT).singleResult();
        late.setDueDate(TaskDeadline.endOf(ChinaTime.today().minusDays(1)));
        late.setFollowUpDate(TaskDeadline.endOf(ChinaTime.today().minusDays(3)));
        taskService.saveTask(late);

        assertTrue(overdueBoard.lateTasks(Scope.ofCity(shuozhou.city().divisionCode())).stream()
                .anyMatch(task -> task.task().id().equals(late.getId())), "on 朔州's board");
        assertTrue(overdueBoard.lateTasks(Scope.PROVINCE).stream()
                .anyMatch(task -> task.task().id().equals(late.getId())), "on the province's board");
        assertTrue(overdueBoard.lateTasks(Scope.ofZone(JINZHONG_ZONE)).stream()
                .noneMatch(task -> task.task().id().equals(late.getId())), "not on another city's zone's board");
    }

    @Test
    void aProjectSignedLongAgoAndNotStartedGetsOneNoticeAboutItsStallWhichTheZonesOfficersAnswer() {
        String code = "2026-140700-44-01-" + (500_000 + System.nanoTime() % 100_000);
        registration.registerSigned(Scope.ofZone(JINZHONG_ZONE), Registrations.signedInJinzhong(code, "签而未落测试项目",
                "山西签而未落测试有限公司", CreditCode.completing("91140700MA" + code.substring(18) + "3"),
                ChinaTime.today().minusMonths(8), ProjectReforms.NONE), "officer.jinzhong");

        int sweeps = 0;
        while (supervision.raiseForStalls(200) > 0) {
            sweeps++;
        }
        assertEquals(0, supervision.raiseForStalls(200), "after " + sweeps + " sweeps every stall has its notice");

        List<Task> answers = taskService.createTaskQuery().processInstanceBusinessKey(code)
                .taskDefinitionKey(SupervisionNoticeProcess.Activities.ANSWER_NOTICE).list();
        assertEquals(1, answers.size(), "one notice about the stall, not one per sweep");
        SupervisionNotice notice = noticeTasks.noticeOf(OFFICER, answers.get(0).getId());
        assertEquals(NoticeSource.STALL, notice.source());
        assertTrue(notice.requirement().startsWith("签而未落"), notice.requirement());
        assertEquals(1, inbox.page(OFFICER, new TaskFilter(code, SupervisionNoticeProcess.Activities.ANSWER_NOTICE,
                null), 0, 10).total(), "the zone's officers find it in their inbox");
    }

    @Test
    void approvedStageMoveMovesTheProjectAndTheProcessTogether() {
        Task approval = requestedStageMove();
        long projectId = projectOf(approval);

        stageMoves.approve(MANAGER, approval.getId(), null);

        Project project = projects.find(projectId).orElseThrow();
        assertEquals(Stage.STARTED, project.stage());
        assertEquals("manager.jinzhong", project.stageMoves().get(project.stageMoves().size() - 1).approvedBy());
        assertNotNull(openTask(approval.getProcessInstanceId(), Activities.REQUEST_STAGE_MOVE),
                "after approval the officer can request the next stage");
    }

    @Test
    void failureAfterTheApprovalRollsBackTheProjectAndTheProcess() throws Exception {
        Task approval = requestedStageMove();
        long projectId = projectOf(approval);
        int movesBefore = projects.find(projectId).orElseThrow().stageMoves().size();

        transaction.begin();
        try {
            stageMoves.approve(MANAGER, approval.getId(), null);
            assertEquals(Stage.STARTED, projects.find(projectId).orElseThrow().stage(), "moved inside the transaction");
            throw new IllegalStateException("a fault after the task completion");
        } catch (IllegalStateException fault) {
            transaction.rollback();
        }

        Project project = projects.find(projectId).orElseThrow();
        assertEquals(Stage.SIGNED, project.stage());
        assertEquals(movesBefore, project.stageMoves().size());
        assertNotNull(taskService.createTaskQuery().taskId(approval.getId()).singleResult(),
                "the approval task is still open");
    }

    /**
     * A step the engine fails (here the approval's delegate finds no project to move) rolls back with everything it
     * did, but the failed attempt stays in the audit trail.
     */
    @Test
    void anApprovalTheEngineFailsIsAuditedAsFailedAndLeavesTheTaskOpen() {
        Task approval = requestedStageMove();
        long project = projectOf(approval);
        String code = projects.find(project).orElseThrow().code().value();
        // the task still names the project; the process, which the delegate reads, names none
        taskService.setVariableLocal(approval.getId(), ProjectLifecycle.Variables.PROJECT_ID, project);
        runtimeService.setVariable(approval.getProcessInstanceId(), ProjectLifecycle.Variables.PROJECT_ID, -1L);
        try {
            assertThrows(RuntimeException.class, () -> stageMoves.approve(MANAGER, approval.getId(), null));
        } finally {
            runtimeService.setVariable(approval.getProcessInstanceId(), ProjectLifecycle.Variables.PROJECT_ID, project);
        }

        assertNotNull(taskService.createTaskQuery().taskId(approval.getId()).singleResult(), "the task is still open");
        assertEquals(Stage.SIGNED, projects.find(project).orElseThrow().stage());
        List<AuditEntry> failed = audit.search(new AuditFilter(null, AuditAction.STAGE_MOVE_APPROVED,
                AuditResult.FAILURE, code, null, null), 0, 10).items();
        assertEquals(1, failed.size(), "the failed approval is in the audit trail");
        assertEquals(approval.getName() + "（" + approval.getId() + "）：系统未能完成该步骤，已回滚",
                failed.get(0).detail(), "in words an auditor reads");
        assertEquals(0, audit.search(new AuditFilter(null, AuditAction.STAGE_MOVE_APPROVED, AuditResult.SUCCESS,
                code, null, null), 0, 10).total(), "and no approval that did not happen");
    }

    @Test
    void returningWithoutAReasonIsRefusedAndLeavesTheTaskOpen() {
        Task approval = requestedStageMove();

        TaskInputException refused = assertThrows(TaskInputException.class,
                () -> stageMoves.returnWithReason(MANAGER, approval.getId(), "  "));

        assertEquals("returnReason", refused.field());
        assertNotNull(taskService.createTaskQuery().taskId(approval.getId()).singleResult());
    }

    @Test
    void aNewTaskIsDueInWorkingDaysAndTurnsNearAndThenOverdue() {
        String code = "2026-140700-44-01-" + (800_000 + System.nanoTime() % 100_000);
        TaskSummary request;
        try {
            ClockUtil.setCurrentTime(chinaTime("2026-11-20T10:00"));
            registration.registerSigned(Scope.ofZone(JINZHONG_ZONE), Registrations.signedInJinzhong(code, "期限测试项目",
                    "山西期限测试有限公司", CreditCode.completing("91140700MA" + code.substring(18) + "0"),
                    LocalDate.parse("2026-11-19"), ProjectReforms.NONE), "officer.jinzhong");
            request = inbox.page(OFFICER, new TaskFilter(code, null, null), 0, 1).items().get(0);
            assertEquals(LocalDate.of(2026, 12, 4), request.due(), "10 working days after 20 Nov 2026");
            assertEquals(DueState.NORMAL, request.dueState());

            ClockUtil.setCurrentTime(chinaTime("2026-12-02T09:00"));
            assertEquals(DueState.NEAR, inbox.summary(OFFICER, request.id()).dueState());

            ClockUtil.setCurrentTime(chinaTime("2026-12-07T09:00"));
            TaskSummary overdue = inbox.summary(OFFICER, request.id());
            assertEquals(DueState.OVERDUE, overdue.dueState());
            assertEquals(-1, overdue.daysLeft());
            assertEquals(1, inbox.page(OFFICER, new TaskFilter(code, null, DueState.OVERDUE), 0, 5).total());
            assertEquals(0, inbox.page(OFFICER, new TaskFilter(code, null, DueState.NORMAL), 0, 5).total());
        } finally {
            EngineClock.followChinaTime();
        }
    }

    private static Date chinaTime(String localDateTime) {
        return Date.from(LocalDateTime.parse(localDateTime).atZone(ChinaTime.ZONE).toInstant());
    }

    @Test
    void demoDataIsLoadedOnlyOnce() {
        long projectsBefore = projects.count();

        assertFalse(demoData.loadOnce(ChinaTime.today()), "a second load must find the first one");
        assertEquals(projectsBefore, projects.count());
        assertTrue(projectsBefore > 300, "a few hundred demo projects, found " + projectsBefore);
    }

    /** The test runs inside a request to the deployed application, so its session is one the screens would get. */
    @Test
    void aSessionIdleForHalfAnHourEnds() {
        HttpSession session = request.getSession(true);
        try {
            assertEquals(30 * 60, session.getMaxInactiveInterval(), "seconds a session may stay idle");
        } finally {
            session.invalidate();
        }
    }

    @Test
    @RunAsClient
    void healthReportsDatabaseAndEngineUp(@ArquillianResource URL base) throws Exception {
        HttpResponse<String> health = get(base, "health/ready");

        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().contains("\"database\""), health.body());
        assertTrue(health.body().contains("\"process-engine\""), health.body());
    }

    @Test
    @RunAsClient
    void anonymousVisitorsAreSentToTheLoginPage(@ArquillianResource URL base) throws Exception {
        HttpResponse<String> inbox = get(base, "task/inbox.xhtml");

        assertEquals(302, inbox.statusCode());
        assertTrue(inbox.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));
        HttpResponse<String> login = get(base, "login.xhtml");
        assertTrue(login.body().contains("登录"));
        assertTrue(login.headers().firstValue("Content-Security-Policy").orElse("").contains("nonce-"),
                "pages carry a nonce-based Content-Security-Policy");
        assertEquals("nosniff", login.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    /** Before 2038: MySQL's TIMESTAMP columns, some of which the engine has, end in January 2038. */
    @Test
    void aTaskCreatedWhileItsYearWasMissingGetsItsDeadlineWhenTheYearIsPublishedAndAWrongYearChangesNothing() {
        UserAccount admin = accounts.findByUsername("admin").orElseThrow();
        UserAccount officer = accounts.findByUsername("officer.jinzhong").orElseThrow();
        String notice = "https://www.gov.cn/zhengce/zhengceku/203611/content_1.htm";
        calendarAdministration.publish(admin, new CalendarYearInput("2036", notice, "2036-10-01 休 国庆节"));
        String code = "2026-140700-44-01-" + (900_000 + System.nanoTime() % 100_000);
        TaskSummary request;
        try {
            ClockUtil.setCurrentTime(chinaTime("2036-12-25T10:00"));
            registration.registerSigned(Scope.ofZone(JINZHONG_ZONE), Registrations.signedInJinzhong(code, "跨年期限测试项目",
                    "山西跨年期限测试有限公司", CreditCode.completing("91140700MA" + code.substring(18) + "0"),
                    LocalDate.parse("2026-11-19"), ProjectReforms.NONE), "officer.jinzhong");
            request = inbox.page(OFFICER, new TaskFilter(code, null, null), 0, 1).items().get(0);
        } finally {
            EngineClock.followChinaTime();
        }
        assertNull(request.due(), "ten working days from 25 Dec 2036 reach into 2037, which has no data yet");
        assertEquals(2037, request.deadlineAwaitsYear(), "the inbox says which year's notice the deadline waits for");
        long waitingBefore = pendingDeadlines.within(Scope.PROVINCE).orElseThrow().tasks();
        assertTrue(pendingDeadlines.within(Scope.ofZone(JINZHONG_ZONE)).orElseThrow().tasks() >= 1,
                "the zone's work waits too");

        calendarAdministration.publish(admin, new CalendarYearInput("2037", notice,
                "2037-01-01 休 元旦\n2037-01-02 休 元旦\n2037-01-04 班 元旦"));

        TaskSummary counted = inbox.summary(OFFICER, request.id());
        assertEquals(LocalDate.of(2037, 1, 9), counted.due(),
                "ten working days: 26, 29, 30, 31 Dec, Sunday 4 Jan and 5–9 Jan");
        assertNull(counted.deadlineAwaitsYear());
        assertEquals(waitingBefore - 1, pendingDeadlines.within(Scope.PROVINCE).map(Waiting::tasks).orElse(0L),
                "the administrator's warning counts one task fewer");
        assertEquals(LocalDate.of(2037, 1, 4), deadlines.forStep(5, LocalDate.of(2036, 12, 25)).due(),
                "new deadlines count on the new year at once");
        assertEquals(1, audit.search(new AuditFilter(null, AuditAction.CALENDAR_YEAR_PUBLISHED, null, "2037", null,
                null), 0, 10).total(), "the publication is in the audit trail");
        assertThrows(InvalidInputException.class, () -> calendarAdministration.publish(admin,
                new CalendarYearInput("2037", notice, "2037-01-01 休 元旦\n2037-01-05 班 元旦")));
        assertThrows(RoleRequiredException.class, () -> calendarAdministration.publish(officer,
                new CalendarYearInput("2037", notice, "2037-01-01 休 元旦")));
        assertEquals(3, calendarAdministration.years(admin).stream().filter(year -> year.year() == 2037)
                .findFirst().orElseThrow().days().size(), "the refused publications changed nothing");
    }

    private WarningRule startRule(UserAccount admin) {
        return warningRules.rules(admin).stream().filter(rule -> rule.kind() == WarningKind.START).findFirst()
                .orElseThrow();
    }

    /** A new officer account of 晋中开发区, created by the security administrator; its user name. */
    private String newOfficerOfJinzhong(String displayName) {
        String username = "officer.jinzhong." + (System.nanoTime() % 1_000_000);
        accountAdministration.create(accounts.findByUsername("security").orElseThrow(),
                new AccountAdministration.NewAccount(username, displayName, "OFFICER", "晋中开发区", null, null, "Temp#2026x"));
        return username;
    }

    /** A project signed three days ago in 晋中开发区, whose request to move to 开工 its officer has claimed. */
    private Task requestClaimedByTheOfficer(String code, String name) {
        Task request = registeredRequest(code, name);
        taskService.claim(request.getId(), OFFICER.username());
        return request;
    }

    /** A project signed three days ago in 晋中开发区, below 5亿 and not entrusted: its request to move to 开工. */
    private Task registeredRequest(String code, String name) {
        registration.registerSigned(Scope.ofZone(JINZHONG_ZONE), Registrations.signedInJinzhong(code, name,
                "山西" + name + "有限公司", CreditCode.completing("91140700MA" + code.substring(18) + "3"),
                ChinaTime.today().minusDays(3), ProjectReforms.NONE), OFFICER.username());
        return taskService.createTaskQuery().processInstanceBusinessKey(code).singleResult();
    }

    /**
     * A new 晋中 project at 签约, not entrusted to the zone (no procedure holds it back) and below 5亿 (the zone's
     * approval suffices), whose officer has just requested 开工; answers the manager's approval task.
     */
    private Task requestedStageMove() {
        Task request = registeredRequest("2026-140700-44-01-" + (500_000 + System.nanoTime() % 100_000),
                "阶段变更测试项目");
        stageMoves.request(OFFICER, request.getId(), "施工许可证已核发");
        return openTask(request.getProcessInstanceId(), Activities.APPROVE_STAGE_MOVE);
    }

    private Task openTask(String processInstanceId, String step) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(step)
                .singleResult();
    }

    private long projectOf(Task task) {
        return (Long) runtimeService.getVariable(task.getExecutionId(), "projectId");
    }

    private static HttpResponse<String> get(URL base, String path) throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        return client.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
