package cn.zoneflow.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoneflow.processes.ProjectLifecycle;
import cn.zoneflow.processes.ProjectLifecycle.Activities;
import cn.zoneflow.processes.ProjectLifecycle.Variables;
import cn.zoneflow.processes.StageMoveApprovals;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A project under way when a new version of its lifecycle is deployed goes on under the new version: here the
 * version that made the agency's start and the monthly reporting steps of their own.
 */
class ProcessVersionsTest {

    private static final String BEFORE_STAGE_WORK = "bpmn/project-lifecycle-before-stage-work.bpmn";

    private ProcessEngine engine;
    private final List<String> stepsRun = new ArrayList<>();

    @BeforeEach
    void startEngine() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:zoneflow-workflow-versions");
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_NONE);
        configuration.setJobExecutorActivate(false);
        configuration.setProcessEngineName("zoneflow-workflow-versions");
        configuration.setExpressionManager(new MockExpressionManager());
        engine = configuration.buildProcessEngine();
        Mocks.register("assignDeadlineListener", (TaskListener) task -> { });
        Mocks.register("recordStageMoveDelegate", (JavaDelegate) execution -> {
            stepsRun.add(Activities.RECORD_STAGE_MOVE);
            execution.setVariable(Variables.REACHED_STAGE, "STARTED");
            execution.setVariable(Variables.EFFECTIVE, false);
            execution.setVariable(Variables.PRODUCING, false);
        });
        Mocks.register("startPreProductionAgencyDelegate",
                (JavaDelegate) execution -> stepsRun.add(Activities.START_PRE_PRODUCTION_AGENCY));
        Mocks.register("startMonthlyReportingDelegate",
                (JavaDelegate) execution -> stepsRun.add(Activities.START_MONTHLY_REPORTING));
    }

    @AfterEach
    void stopEngine() {
        Mocks.reset();
        engine.close();
    }

    @Test
    void aRequestWaitingForApprovalUnderTheOldVersionStartsTheAgencyAndReportingOnceApprovedUnderTheNew() {
        deploy(BEFORE_STAGE_WORK);
        ProcessInstance underWay = engine.getRuntimeService().startProcessInstanceByKey(ProjectLifecycle.PROCESS_KEY,
                "2024-140700-44-01-000001", Map.of(Variables.PROJECT_ID, 1L, Variables.OFFICER_GROUP, "officer:zone-22",
                        Variables.MANAGER_GROUP, "manager:zone-22", Variables.CITY_GROUP, "supervisor:city-140700",
                        Variables.PRODUCING, false));
        engine.getTaskService().complete(onlyTask(underWay).getId(), Map.of(Variables.EVIDENCE, "施工许可证"));
        Task approval = onlyTask(underWay);
        deploy(ProjectLifecycle.RESOURCE);

        int moved = new ProcessVersions(engine.getRepositoryService(), engine.getRuntimeService())
                .upgradeRunningInstances();

        assertThat(moved).isEqualTo(1);
        ProcessDefinition newest = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(ProjectLifecycle.PROCESS_KEY).latestVersion().singleResult();
        assertThat(instance(underWay).getProcessDefinitionId()).isEqualTo(newest.getId());
        assertThat(onlyTask(underWay).getId()).as("the same task, still waiting").isEqualTo(approval.getId());

        engine.getTaskService().complete(approval.getId(), Map.of(Variables.APPROVED, true, Variables.APPROVER,
                "manager.jinzhong", StageMoveApprovals.Inputs.REQUESTED_STAGE, "STARTED",
                StageMoveApprovals.Inputs.TOTAL_INVESTMENT, 45000.0, StageMoveApprovals.Inputs.STRATEGIC_EMERGING,
                false));

        assertThat(stepsRun).containsExactly(Activities.RECORD_STAGE_MOVE, Activities.START_PRE_PRODUCTION_AGENCY,
                Activities.START_MONTHLY_REPORTING);
        assertThat(onlyTask(underWay).getTaskDefinitionKey()).isEqualTo(Activities.REQUEST_STAGE_MOVE);
    }

    @Test
    void nothingMovesWhenEveryInstanceRunsOnTheNewestVersion() {
        deploy(ProjectLifecycle.RESOURCE);
        engine.getRuntimeService().startProcessInstanceByKey(ProjectLifecycle.PROCESS_KEY, Map.of(
                Variables.PROJECT_ID, 1L, Variables.OFFICER_GROUP, "officer:zone-22", Variables.PRODUCING, false));

        assertThat(new ProcessVersions(engine.getRepositoryService(), engine.getRuntimeService())
                .upgradeRunningInstances()).isZero();
    }

    private void deploy(String lifecycle) {
        engine.getRepositoryService().createDeployment().addClasspathResource(lifecycle)
                .addClasspathResource(StageMoveApprovals.RESOURCE).deploy();
    }

    private Task onlyTask(ProcessInstance instance) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    private ProcessInstance instance(ProcessInstance instance) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId())
                .singleResult();
    }
}
