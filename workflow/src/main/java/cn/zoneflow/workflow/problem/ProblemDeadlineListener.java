package cn.zoneflow.workflow.problem;

import cn.zoneflow.domain.application.ProjectProblems;
import cn.zoneflow.processes.ProblemProcess.Variables;
import cn.zoneflow.workflow.task.TaskDeadline;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Solving a problem is due on the day its zone set (or the level above got when it was escalated), not after a
 * step's limit: near due on that day, overdue after it, like every other task.
 */
@Named("problemDeadlineListener")
@Dependent
public class ProblemDeadlineListener implements TaskListener {

    @Inject
    private ProjectProblems problems;

    @Override
    public void notify(DelegateTask task) {
        TaskDeadline.dueOn(task, problems.problem((Long) task.getVariable(Variables.PROBLEM_ID)).deadline());
    }
}
