package cn.zoneflow.workflow.demo;

import cn.zoneflow.processes.ProjectLifecycle.Activities;
import cn.zoneflow.processes.ProjectLifecycle.Variables;
import cn.zoneflow.workflow.task.TaskDeadline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Puts the freshly loaded demo projects' work in the states people meet every day: a third of the stage-move
 * requests already submitted (so managers have approvals waiting), and some of the rest near due or overdue (so
 * the inbox shows its amber and red rows). Only ever run right after the demo data is loaded.
 */
@ApplicationScoped
public class DemoWorkload {

    static final String EVIDENCE = "演示数据：开工报告及施工许可证已上传";
    private static final int SUBMIT_EVERY = 3;
    private static final int OVERDUE_EVERY = 5;
    private static final int NEAR_EVERY = 7;

    @Inject
    private TaskService taskService;

    @Transactional
    public void prepare(LocalDate today) {
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

    private void moveDeadline(Task task, LocalDate nearFrom, LocalDate due) {
        task.setFollowUpDate(TaskDeadline.startOf(nearFrom));
        task.setDueDate(TaskDeadline.endOf(due));
        taskService.saveTask(task);
    }
}
