package cn.zoneflow.workflow.lifecycle;

import cn.zoneflow.domain.application.StageMoveService;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.processes.ProjectLifecycle.Variables;
import cn.zoneflow.workflow.engine.WorkflowClock;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * 记录阶段变更: moves the domain project to the stage its approved request asked for, in the transaction of the
 * last approval, and tells the process which stage that is.
 */
@Named("recordStageMoveDelegate")
@Dependent
public class RecordStageMoveDelegate implements JavaDelegate {

    @Inject
    private StageMoveService stageMoves;

    @Inject
    private WorkflowClock clock;

    @Override
    public void execute(DelegateExecution execution) {
        long projectId = (Long) execution.getVariable(Variables.PROJECT_ID);
        Stage reached = stageMoves.recordApprovedMove(projectId, clock.today(), new StageMoveService.EngineRecord(
                (String) execution.getVariable(Variables.EVIDENCE), (String) execution.getVariable(Variables.APPROVER)));
        execution.setVariable(Variables.REACHED_STAGE, reached.name());
        execution.setVariable(Variables.EFFECTIVE, reached.isFinal());
        execution.setVariable(Variables.PRODUCING, reached == Stage.PRODUCING);
    }
}
