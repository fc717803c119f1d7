package cn.zoneflow.workflow.agency;

import cn.zoneflow.domain.application.AgencyService;
import cn.zoneflow.domain.model.procedure.ProjectProcedure;
import cn.zoneflow.processes.ProcedureHandling.Variables;
import cn.zoneflow.workflow.task.AssignDeadlineListener;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Prepares each step of a procedure's handling: names the task after its procedure (收集申报材料：环境影响评价审批), so
 * an inbox full of them reads, and gives it its deadline — the department's answer is due after the procedure's
 * statutory limit from the day of submission, the officers' own steps after their configured limits.
 */
@Named("procedureTaskListener")
@Dependent
public class ProcedureTaskListener extends AssignDeadlineListener {

    static final String NAME_SEPARATOR = "：";

    @Inject
    private AgencyService agency;

    @Override
    public void notify(DelegateTask task) {
        ProjectProcedure procedure = procedureOf(task);
        task.setName(task.getName() + NAME_SEPARATOR + procedure.procedure().name());
        super.notify(task);
    }

    private ProjectProcedure procedureOf(DelegateTask task) {
        return agency.procedure((Long) task.getVariable(Variables.PROJECT_ID),
                (String) task.getVariable(Variables.PROCEDURE_CODE));
    }
}
