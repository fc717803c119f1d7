package cn.zoneflow.workflow.commitment;

import cn.zoneflow.domain.application.CommitmentService;
import cn.zoneflow.domain.model.commitment.Commitment;
import cn.zoneflow.processes.CommitmentProcess.Variables;
import cn.zoneflow.workflow.task.TaskDeadline;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * A rectification is due on the day the verifying officer set, not after a configured limit: near due on that
 * day, overdue after it.
 */
@Named("rectificationDeadlineListener")
@Dependent
public class RectificationDeadlineListener implements TaskListener {

    @Inject
    private CommitmentService commitments;

    @Override
    public void notify(DelegateTask task) {
        Commitment commitment = commitments.commitmentOf((Long) task.getVariable(Variables.PROJECT_ID));
        TaskDeadline.dueOn(task, commitment.rectificationDue());
    }
}
