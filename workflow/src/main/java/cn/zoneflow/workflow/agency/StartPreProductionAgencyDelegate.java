package cn.zoneflow.workflow.agency;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** 启动投产前代办: the project reached 开工, so its agency, if it has one, starts the procedures due before 投产. */
@Named("startPreProductionAgencyDelegate")
@Dependent
public class StartPreProductionAgencyDelegate implements JavaDelegate {

    @Inject
    private AgencyWorkflow agency;

    @Override
    public void execute(DelegateExecution execution) {
        agency.projectStarted(execution.getProcessBusinessKey());
    }
}
