package cn.zoneflow.workflow.agency;

import cn.zoneflow.domain.application.AgencyService;
import cn.zoneflow.domain.model.procedure.ProcedurePlan;
import cn.zoneflow.processes.AgencyProcess.Variables;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** 建立手续清单: records the procedures the decision table chose and hands the agency what to handle when. */
@Named("planProceduresDelegate")
@Dependent
public class PlanProceduresDelegate implements JavaDelegate {

    @Inject
    private AgencyService agency;

    @Override
    public void execute(DelegateExecution execution) {
        long projectId = (Long) execution.getVariable(Variables.PROJECT_ID);
        @SuppressWarnings("unchecked")
        List<String> required = (List<String>) execution.getVariable(Variables.REQUIRED_PROCEDURES);
        ProcedurePlan plan = agency.plan(projectId, required);
        // the engine stores lists it is given as serialized Java objects: plain ArrayLists keep that portable
        execution.setVariable(Variables.PROCEDURES_BEFORE_START, new ArrayList<>(plan.beforeStart()));
        execution.setVariable(Variables.PROCEDURES_BEFORE_PRODUCTION, new ArrayList<>(plan.beforeProduction()));
        execution.setVariable(Variables.ALREADY_STARTED, plan.started());
        execution.setVariable(Variables.ANY_COMMITTED, plan.anyCommitted());
    }
}
