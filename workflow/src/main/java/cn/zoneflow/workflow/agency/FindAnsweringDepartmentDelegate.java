package cn.zoneflow.workflow.agency;

import cn.zoneflow.domain.application.AgencyService;
import cn.zoneflow.domain.model.department.Department;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.processes.ProcedureHandling.Variables;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** 确定审批部门: whether the city's department of the procedure's kind answers it itself, and its users' group. */
@Named("findAnsweringDepartmentDelegate")
@Dependent
public class FindAnsweringDepartmentDelegate implements JavaDelegate {

    @Inject
    private AgencyService agency;

    @Override
    public void execute(DelegateExecution execution) {
        ProcedureStep step = ProcedureStep.of(execution);
        Optional<Department> department = agency.answeringDepartment(step.projectId(), step.procedureCode());
        execution.setVariable(Variables.DEPARTMENT_TAKES_PART, department.isPresent());
        execution.setVariable(Variables.DEPARTMENT_GROUP, department.map(Role.DEPARTMENT::groupIn).orElse(null));
    }
}
