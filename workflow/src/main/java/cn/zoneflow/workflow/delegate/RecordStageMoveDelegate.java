package cn.zoneflow.workflow.delegate;

import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.application.StageMoveService;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.processes.ProjectLifecycle.Variables;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** 记录阶段变更: moves the domain project to its next stage in the transaction of the manager's approval. */
@Named("recordStageMoveDelegate")
@Dependent
public class RecordStageMoveDelegate implements JavaDelegate {


    @Inject
    private StageMoveService stageMoves;

    @Override
    public void execute(DelegateExecution execution) {
        long projectId = (Long) execution.getVariable(Variables.PROJECT_ID);
        String approver = (String) execution.getVariable(Variables.APPROVER);
        String evidence = (String) execution.getVariable(Variables.EVIDENCE);
        LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ChinaTime.ZONE);
        Stage reached = stageMoves.recordApprovedMove(projectId, today, approver, evidence);
        execution.setVariable(Variables.EFFECTIVE, reached.isFinal());
    }
}
