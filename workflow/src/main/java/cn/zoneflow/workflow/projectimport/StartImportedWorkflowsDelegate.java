package cn.zoneflow.workflow.projectimport;

import cn.zoneflow.domain.application.projectimport.ImportedBatch;
import cn.zoneflow.domain.application.projectimport.ProjectImport;
import cn.zoneflow.processes.ImportedProjectsStart.Variables;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** 启动本批项目的流程: the batch's projects' workflows start as a registered project's do. */
@Named("startImportedWorkflowsDelegate")
@Dependent
public class StartImportedWorkflowsDelegate implements JavaDelegate {

    @Inject
    private ProjectImport projectImport;

    @Override
    public void execute(DelegateExecution execution) {
        String ids = (String) execution.getVariable(Variables.PROJECT_IDS);
        projectImport.startWorkflows(new ImportedBatch(Arrays.stream(ids.split(",")).map(Long::valueOf).toList()));
    }
}
