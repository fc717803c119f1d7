package cn.zoneflow.workflow.delegate;

import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.application.StageMoveService;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.processes.ProjectLifecycle.Variables;
import cn.zoneflow.workflow.agency.AgencyWorkflow;
import cn.zoneflow.workflow.lifecycle.MonthlyReporting;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * 记录阶段变更: moves the domain project to its next stage in the transaction of the manager's approval; a move to
 * 开工 also tells the project's agency, whose procedures before 投产 then begin, and starts the monthly reporting,
 * which a move to 投产 ends.
 */
@Named("recordStageMoveDelegate")
@Dependent
public class RecordStageMoveDelegate implements JavaDelegate {

    @Inject
    private StageMoveService stageMoves;

    @Inject
    private AgencyWorkflow agency;

    @Inject
    private MonthlyReporting monthlyReporting;

    @Override
    public void execute(DelegateExecution execution) {
        long projectId = (Long) execution.getVariable(Variables.PROJECT_ID);
        String approver = (String) execution.getVariable(Variables.APPROVER);
        String evidence = (String) execution.getVariable(Variables.EVIDENCE);
        LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ChinaTime.ZONE);
        Stage reached = stageMoves.recordApprovedMove(projectId, today,
                new StageMoveService.EngineRecord(evidence, approver));
        execution.setVariable(Variables.EFFECTIVE, reached.isFinal());
        execution.setVariable(Variables.PRODUCING, reached == Stage.PRODUCING);
        if (reached == Stage.STARTED) {
            agency.projectStarted(execution.getProcessBusinessKey());
            monthlyReporting.start(projectId);
        } else if (reached == Stage.PRODUCING) {
            monthlyReporting.stop(execution.getProcessBusinessKey());
        }
    }
}
