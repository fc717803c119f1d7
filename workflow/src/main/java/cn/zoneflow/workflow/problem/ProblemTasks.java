package cn.zoneflow.workflow.problem;

import cn.zoneflow.domain.application.ProjectProblems;
import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.department.Department;
import cn.zoneflow.domain.model.problem.ProblemAssignment;
import cn.zoneflow.domain.model.problem.ProblemLevel;
import cn.zoneflow.domain.model.problem.ProjectProblem;
import cn.zoneflow.domain.model.shared.InputReader;
import cn.zoneflow.domain.model.shared.InvalidValueException;
import cn.zoneflow.domain.model.shared.ReadCommand;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.processes.ProblemProcess;
import cn.zoneflow.processes.ProblemProcess.Activities;
import cn.zoneflow.processes.ProblemProcess.Variables;
import cn.zoneflow.workflow.task.Actor;
import cn.zoneflow.workflow.task.StepForm;
import cn.zoneflow.workflow.task.StepHome;
import cn.zoneflow.workflow.task.TaskInbox;
import cn.zoneflow.workflow.task.TaskSteps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * The steps of 问题办理, all worked on one page: the zone accepts and assigns a problem or passes it to the city;
 * whoever solves it answers or passes it up; its raiser confirms or reopens. Each call is one transaction with the
 * problem itself.
 */
@ApplicationScoped
@Transactional
public class ProblemTasks implements StepHome {

    public static final String ASSIGN = "assign";
    public static final String ESCALATE = "escalate";
    public static final String ANSWER = "answer";
    public static final String SOLVE = "solve";
    public static final String REOPEN = "reopen";
    /** The reason a problem is passed up or reopened. */
    public static final String REASON = "reason";
    private static final String PAGE = "/task/problem";
    private static final StepForm.Field REASON_FIELD = StepForm.Field.text(REASON, false);
    private static final StepForm.Field ANSWER_FIELD = StepForm.Field.text(ANSWER, false);

    private static final Steps STEPS = new Steps(80, List.of(
            new StepForm(Activities.ACCEPT_PROBLEM, PAGE, List.of(StepForm.Field.decision(ASSIGN, ESCALATE),
                    StepForm.Field.text(ProblemAssignment.RESPONSIBLE, false),
                    StepForm.Field.of(ProblemAssignment.DEPARTMENT, "integer", false),
                    StepForm.Field.of(ProblemAssignment.DEADLINE, "date", false),
                    new StepForm.Field(ProblemAssignment.IMMEDIATE, "choice", false, List.of("true", "false")),
                    REASON_FIELD)).dueWithin(1),
            new StepForm(Activities.HANDLE_PROBLEM, PAGE,
                    List.of(StepForm.Field.decision(ANSWER, ESCALATE), ANSWER_FIELD, REASON_FIELD)),
            new StepForm(Activities.COORDINATE_IN_CITY, PAGE,
                    List.of(StepForm.Field.decision(ANSWER, ESCALATE), ANSWER_FIELD, REASON_FIELD)),
            new StepForm(Activities.ANSWER_PROBLEM_IN_DEPARTMENT, DepartmentProblems.PAGE,
                    List.of(StepForm.Field.text(ANSWER, true))),
            new StepForm(Activities.COORDINATE_IN_PROVINCE, PAGE, List.of(StepForm.Field.text(ANSWER, true))),
            new StepForm(Activities.CONFIRM_PROBLEM, PAGE,
                    List.of(StepForm.Field.decision(SOLVE, REOPEN), REASON_FIELD))));

    @Inject
    private TaskInbox inbox;

    @Inject
    private TaskSteps steps;

    @Inject
    private TaskService taskService;

    @Inject
    private ProjectProblems problems;

    /** The problem the task is about, with every step of its way. */
    public ProjectProblem problemOf(Actor actor, String taskId) {
        return problems.problem(problemIdOf(inbox.visibleTask(actor, taskId)));
    }

    /**
     * 受理交办: to the responsible unit or person, or to a city department that answers it on its own desk, by the
     * day given, or the same day for 马上办, or else within the category's working days.
     *
     * @param department the id of the department, or null when the zone's officers see to it
     * @throws cn.zoneflow.domain.model.shared.InvalidInputException naming each wrong field
     */
    public void accept(Actor actor, String taskId, String responsible, String department, String deadline,
            String immediate) {
        Task task = steps.take(actor, taskId, Activities.ACCEPT_PROBLEM);
        InputReader reader = new InputReader();
        ProblemAssignment assignment = new ProblemAssignment(responsible,
                reader.date(ProblemAssignment.DEADLINE, deadline, false),
                reader.flag(ProblemAssignment.IMMEDIATE, immediate),
                reader.optional(ProblemAssignment.DEPARTMENT, department, ProblemTasks::departmentId).orElse(null));
        long problemId = problemIdOf(task);
        problems.accept(actor.username(), problemId, ReadCommand.of(assignment, reader));
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.ESCALATED, false);
        variables.put(Variables.LEVEL, ProblemLevel.ZONE.name());
        variables.put(Variables.DEPARTMENT_GROUP, problems.problem(problemId).department()
                .map(Role.DEPARTMENT::groupIn).orElse(null));
        steps.complete(actor, task, AuditAction.PROBLEM_ACCEPTED, variables);
    }

    /** The departments the zone may give the task's problem to, which answer it themselves. */
    public List<Department> departmentsFor(Actor actor, String taskId) {
        return problems.departmentsFor(problemIdOf(inbox.visibleTask(actor, taskId)));
    }

    private static Long departmentId(String text) {
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            throw new InvalidValueException("problem.department.unknown", text);
        }
    }

    /**
     * 报市级 / 报省级: the level solving the problem cannot, and says why.
     *
     * @throws cn.zoneflow.workflow.task.TaskInputException naming {@code reason} when it is missing
     */
    public void escalate(Actor actor, String taskId, String reason) {
        Task task = steps.take(actor, taskId, Activities.ACCEPT_PROBLEM, Activities.HANDLE_PROBLEM,
                Activities.COORDINATE_IN_CITY);
        String checked = TaskSteps.requiredText(REASON, reason, ProjectProblem.TEXT_MAX_LENGTH);
        long problemId = problemIdOf(task);
        problems.escalate(actor.username(), problemId, checked);
        steps.complete(actor, task, AuditAction.PROBLEM_ESCALATED, Map.of(Variables.ESCALATED, true,
                Variables.LEVEL, problems.problem(problemId).level().name()));
    }

    /**
     * 书面答复: how the problem was solved; its raiser confirms it next.
     *
     * @throws cn.zoneflow.workflow.task.TaskInputException naming {@code answer} when it is missing
     */
    public void answer(Actor actor, String taskId, String answer) {
        Task task = steps.take(actor, taskId, Activities.HANDLE_PROBLEM, Activities.ANSWER_PROBLEM_IN_DEPARTMENT,
                Activities.COORDINATE_IN_CITY, Activities.COORDINATE_IN_PROVINCE);
        String checked = TaskSteps.requiredText(ANSWER, answer, ProjectProblem.TEXT_MAX_LENGTH);
        problems.answer(actor.username(), problemIdOf(task), checked);
        steps.complete(actor, task, AuditAction.PROBLEM_ANSWERED, Map.of(Variables.ESCALATED, false,
                Variables.RETURNED, false));
    }

    /**
     * 退回开发区: the department says the problem is not its own, and why; the zone's managers accept it again.
     *
     * @throws cn.zoneflow.workflow.task.TaskInputException naming {@code reason} when it is missing
     */
    public void returnToZone(Actor actor, String taskId, String reason) {
        Task task = steps.take(actor, taskId, Activities.ANSWER_PROBLEM_IN_DEPARTMENT);
        String checked = TaskSteps.requiredText(REASON, reason, ProjectProblem.TEXT_MAX_LENGTH);
        problems.returnToZone(actor.username(), problemIdOf(task), checked);
        steps.complete(actor, task, AuditAction.PROBLEM_RETURNED, Map.of(Variables.RETURNED, true));
    }

    /** 确认办理结果: the raiser says the problem is solved. */
    public void confirmSolved(Actor actor, String taskId) {
        Task task = steps.take(actor, taskId, Activities.CONFIRM_PROBLEM);
        problems.confirm(actor.username(), problemIdOf(task), true, null);
        steps.complete(actor, task, AuditAction.PROBLEM_SOLVED, Map.of(Variables.SOLVED, true));
    }

    /**
     * 重新办理: the raiser says the answer does not solve it, and why; the level that answered solves it again.
     *
     * @throws cn.zoneflow.workflow.task.TaskInputException naming {@code reason} when it is missing
     */
    public void reopen(Actor actor, String taskId, String reason) {
        Task task = steps.take(actor, taskId, Activities.CONFIRM_PROBLEM);
        String checked = TaskSteps.requiredText(REASON, reason, ProjectProblem.TEXT_MAX_LENGTH);
        problems.confirm(actor.username(), problemIdOf(task), false, checked);
        steps.complete(actor, task, AuditAction.PROBLEM_REOPENED, Map.of(Variables.SOLVED, false));
    }

    /**
     * The steps of the project's problems the actor may work on now, by problem: the task the actor has, or one
     * their groups are candidates for.
     */
    public Map<Long, String> openStepsOf(Actor actor, String projectCode) {
        Map<Long, String> steps = new HashMap<>();
        taskService.createTaskQuery().processDefinitionKey(ProblemProcess.PROCESS_KEY)
                .processInstanceBusinessKey(projectCode)
                .or().taskAssignee(actor.username()).taskCandidateGroupIn(actor.groups()).endOr()
                .list().forEach(task -> steps.put(problemIdOf(task), task.getId()));
        return steps;
    }

    private long problemIdOf(Task task) {
        return (Long) taskService.getVariable(task.getId(), Variables.PROBLEM_ID);
    }

    @Override
    public Steps steps() {
        return STEPS;
    }

    @Override
    public void complete(Actor actor, String taskId, String taskKey, Map<String, String> fields) {
        String reason = fields.get(REASON);
        switch (taskKey) {
            case Activities.ACCEPT_PROBLEM -> StepForm.decide(fields, ASSIGN, ESCALATE,
                    () -> accept(actor, taskId, fields.get(ProblemAssignment.RESPONSIBLE),
                            fields.get(ProblemAssignment.DEPARTMENT), fields.get(ProblemAssignment.DEADLINE),
                            fields.get(ProblemAssignment.IMMEDIATE)),
                    () -> escalate(actor, taskId, reason));
            case Activities.COORDINATE_IN_PROVINCE, Activities.ANSWER_PROBLEM_IN_DEPARTMENT ->
                    answer(actor, taskId, fields.get(ANSWER));
            case Activities.CONFIRM_PROBLEM -> StepForm.decide(fields, SOLVE, REOPEN,
                    () -> confirmSolved(actor, taskId), () -> reopen(actor, taskId, reason));
            default -> StepForm.decide(fields, ANSWER, ESCALATE,
                    () -> answer(actor, taskId, fields.get(ANSWER)), () -> escalate(actor, taskId, reason));
        }
    }
}
