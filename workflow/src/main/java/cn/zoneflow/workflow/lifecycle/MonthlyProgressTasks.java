package cn.zoneflow.workflow.lifecycle;

import cn.zoneflow.domain.application.InvestmentProgressService;
import cn.zoneflow.domain.application.InvestmentReport;
import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.shared.ReadCommand;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.processes.MonthlyProgress.Activities;
import cn.zoneflow.processes.MonthlyProgress.Variables;
import cn.zoneflow.workflow.task.Actor;
import cn.zoneflow.workflow.task.StepForm;
import cn.zoneflow.workflow.task.StepHome;
import cn.zoneflow.workflow.task.TaskSteps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * 填报月度完成投资: the officer records a month's completed investment — exactly as the project page and the API
 * record it — with a word on progress; the next report falls due once the following month has ended.
 */
@ApplicationScoped
@Transactional
public class MonthlyProgressTasks implements StepHome {

    public static final String MONTH = "month";
    public static final String COMPLETED = "completed";
    public static final String PROGRESS = "progress";

    private static final Steps STEPS = new Steps(40, List.of(new StepForm(Activities.RECORD_MONTHLY_PROGRESS,
            "/task/monthly-progress", List.of(StepForm.Field.of(MONTH, "month", true),
                    StepForm.Field.of(COMPLETED, "amount", true), StepForm.Field.text(PROGRESS, false))).dueWithin(5)));

    /** Reports fall due in the morning of the first day of the month. */
    static final LocalTime DUE_AT = LocalTime.of(9, 0);

    @Inject
    private TaskService taskService;

    @Inject
    private TaskSteps steps;

    @Inject
    private InvestmentProgressService progress;

    /**
     * @throws cn.zoneflow.domain.model.shared.InvalidInputException naming {@code month} or {@code completed}
     */
    public void record(Actor actor, String taskId, String month, String completed, String note) {
        Task task = steps.take(actor, taskId, Activities.RECORD_MONTHLY_PROGRESS);
        long projectId = steps.projectOf(task);
        String checkedNote = note == null || note.isBlank() ? null : TaskSteps.requiredText("progress", note);
        // the task is the actor's to work on, and it is about this project: no other scope applies
        ReadCommand<InvestmentReport> investment = InvestmentReport.read(month, completed);
        progress.record(Scope.PROVINCE, projectId, investment, actor.username());
        YearMonth reported = investment.command().month();
        steps.inEngine(actor, task, AuditAction.INVESTMENT_RECORDED, () -> {
            if (checkedNote != null) {
                taskService.createComment(task.getId(), task.getProcessInstanceId(), reported + " " + checkedNote);
            }
            taskService.complete(task.getId(), Map.of(Variables.NEXT_MONTH_STARTS_AT, nextReportDue(reported)));
        });
    }

    /** The morning the month after the reported one has ended: a late report brings the next one due at once. */
    static Date nextReportDue(YearMonth reported) {
        return Date.from(reported.plusMonths(2).atDay(1).atTime(DUE_AT).atZone(ChinaTime.ZONE).toInstant());
    }

    @Override
    public Steps steps() {
        return STEPS;
    }

    @Override
    public void complete(Actor actor, String taskId, String taskKey, Map<String, String> fields) {
        record(actor, taskId, fields.get(MONTH), fields.get(COMPLETED), fields.get(PROGRESS));
    }
}
