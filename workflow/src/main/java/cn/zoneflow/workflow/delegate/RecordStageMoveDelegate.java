package cn.zoneflow.workflow.delegate;

import cn.zoneflow.domain.application.StageMoveService;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.processes.ProjectLifecycle.Variables;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * 记录阶段变更: moves the domain project to the stage its approved request asked for, in the transaction of the
 * last approval, and tells the process which stage that is.
 */
@Named("recordStageMoveDelegate")
@Dependent
public class RecordStageMoveDelegate implements JavaDelegate {

    @Inject
    private StageMoveService stageMoves;

    @Override
    public void execute(DelegateExecution execution) {
        long projectId = (Long) execution.getVariable(Variables.PROJECT_ID);
        LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ChinaTime.ZONE);
        Stage reached = stageMoves.recordApprovedMove(projectId, today, new StageMoveService.EngineRecord(
                (String) execution.getVariable(Variables.EVIDENCE), (String) execution.getVariable(Variables.APPROVER)));
        execution.setVariable(Variables.REACHED_STAGE, reached.name());
        execution.setVariable(Variables.EFFECTIVE, reached.isFinal());
        execution.setVariable(Variables.PRODUCING, reached == Stage.PRODUCING);
    }
}
