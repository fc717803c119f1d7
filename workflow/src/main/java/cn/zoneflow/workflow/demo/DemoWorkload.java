package cn.zoneflow.workflow.demo;

import cn.zoneflow.domain.model.enterprise.CreditCode;
import cn.zoneflow.domain.model.enterprise.Enterprise;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectRepository;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.user.UserAccount;
import cn.zoneflow.domain.model.user.UserAccountRepository;
import cn.zoneflow.processes.AgencyProcess;
import cn.zoneflow.processes.ProcedureHandling;
import cn.zoneflow.processes.ProjectLifecycle.Activities;
import cn.zoneflow.processes.ProjectLifecycle.Variables;
import cn.zoneflow.workflow.agency.ProcedureTasks;
import cn.zoneflow.workflow.task.Actor;
import cn.zoneflow.workflow.task.TaskDeadline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;

/**
 * Puts the freshly loaded demo projects' work in the states people meet every day: a third of the stage-move
 * requests already submitted (so managers have approvals waiting), and some of the rest near due or overdue (so
 * the inbox shows its amber and red rows); in the zones with demo officers, most agency agreements signed and the
 * quickest procedures of each closed, one submitted and waiting for its department. Only ever run right after the
 * demo data is loaded.
 */
@ApplicationScoped
public class DemoWorkload {

    static final String EVIDENCE = "演示数据：开工报告及施工许可证已上传";
    private static final int SUBMIT_EVERY = 3;
    private static final int OVERDUE_EVERY = 5;
    private static final int NEAR_EVERY = 7;
    private static final int CLOSED_PER_PROJECT = 2;
    static final String AGREEMENT_PREFIX = "演示代办协议-";
    static final String APPROVAL_PREFIX = "演示批文-";

    @Inject
    private TaskService taskService;

    @Inject
    private ProcedureTasks procedures;

    @Inject
    private ProjectRepository projects;

    @Inject
    private UserAccountRepository accounts;

    @Transactional
    public void prepare(LocalDate today) {
        advanceAgencies(today);
        List<Task> requests = taskService.createTaskQuery().taskDefinitionKey(Activities.REQUEST_STAGE_MOVE)
                .orderByTaskId().asc().list();
        for (int i = 0; i < requests.size(); i++) {
            Task request = requests.get(i);
            if (i % SUBMIT_EVERY == 0) {
                taskService.complete(request.getId(), Map.of(Variables.EVIDENCE, EVIDENCE));
            } else if (i % OVERDUE_EVERY == 1) {
                moveDeadline(request, today.minusDays(12), today.minusDays(3));
            } else if (i % NEAR_EVERY == 2) {
                moveDeadline(request, today.minusDays(1), today.plusDays(2));
            }
        }
    }

    /**
     * Signs two agreements in three — always the one of an enterprise on the portal, whose contact would otherwise
     * find no procedures there — then per project closes the first procedures and submits the next.
     */
    private void advanceAgencies(LocalDate today) {
        Set<CreditCode> onPortal = accounts.all().stream().map(UserAccount::enterprise).flatMap(Optional::stream)
                .map(Enterprise::creditCode).collect(Collectors.toSet());
        List<Task> signing = taskService.createTaskQuery()
                .taskDefinitionKey(AgencyProcess.Activities.SIGN_AGENCY_AGREEMENT).orderByTaskId().asc().list();
        for (int i = 0; i < signing.size(); i++) {
            Task task = signing.get(i);
            Project project = projects.find((Long) taskService.getVariable(task.getId(), Variables.PROJECT_ID))
                    .orElseThrow();
            Optional<Actor> officer = accounts.inZone(project.zone(), Role.OFFICER).stream().findFirst().map(Actor::of);
            boolean left = i % SUBMIT_EVERY == 0 && !onPortal.contains(project.enterprise().creditCode());
            if (left || officer.isEmpty()) {
                continue;
            }
            procedures.signAgreement(officer.get(), task.getId(), AGREEMENT_PREFIX + project.code().value(),
                    today.toString(), officer.get().username());
            List<Task> collecting = taskService.createTaskQuery().processInstanceBusinessKey(project.code().value())
                    .taskDefinitionKey(ProcedureHandling.Activities.COLLECT_MATERIALS).orderByTaskId().asc().list();
            for (int p = 0; p < Math.min(CLOSED_PER_PROJECT + 1, collecting.size()); p++) {
                handle(officer.get(), collecting.get(p), p < CLOSED_PER_PROJECT);
            }
        }
    }

    private void handle(Actor officer, Task collect, boolean close) {
        procedures.materialsCollected(officer, collect.getId());
        procedures.submitted(officer, nextTaskOf(collect).getId());
        if (close) {
            Task answer = nextTaskOf(collect);
            procedures.approved(answering(officer, answer), answer.getId(), APPROVAL_PREFIX + collect.getId());
        }
    }

    /** The officer records a department's answer, unless the department answers itself (部门联动审批). */
    private Actor answering(Actor officer, Task answer) {
        if (!ProcedureHandling.Activities.DEPARTMENT_ANSWER.equals(answer.getTaskDefinitionKey())) {
            return officer;
        }
        Set<String> groups = taskService.getIdentityLinksForTask(answer.getId()).stream()
                .map(IdentityLink::getGroupId).filter(Objects::nonNull).collect(Collectors.toSet());
        return accounts.all().stream().filter(account -> account.groups().stream().anyMatch(groups::contains))
                .findFirst().map(Actor::of).orElseThrow();
    }

    private Task nextTaskOf(Task earlier) {
        return taskService.createTaskQuery().processInstanceId(earlier.getProcessInstanceId()).singleResult();
    }

    private void moveDeadline(Task task, LocalDate nearFrom, LocalDate due) {
        task.setFollowUpDate(TaskDeadline.startOf(nearFrom));
        task.setDueDate(TaskDeadline.endOf(due));
        taskService.saveTask(task);
    }
}
