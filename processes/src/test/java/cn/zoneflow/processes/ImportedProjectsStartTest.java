package cn.zoneflow.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.zoneflow.processes.ImportedProjectsStart.Activities;
import cn.zoneflow.processes.ImportedProjectsStart.Variables;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = ImportedProjectsStart.RESOURCE)
class ImportedProjectsStartTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessTestEngine.extension();

    @AfterEach
    void resetMocks() {
        Mocks.reset();
    }

    @Test
    void theBatchsWorkflowsStartInAJobOfTheirOwnAfterTheImportCommitted() {
        List<String> started = new ArrayList<>();
        Mocks.register("startImportedWorkflowsDelegate",
                (JavaDelegate) execution -> started.add((String) execution.getVariable(Variables.PROJECT_IDS)));

        ProcessInstance batch = engine.getRuntimeService().startProcessInstanceByKey(
                ImportedProjectsStart.PROCESS_KEY, withVariables(Variables.PROJECT_IDS, "101,102,103"));

        BpmnAwareTests.assertThat(batch).isWaitingAt(Activities.START_WORKFLOWS);
        assertThat(started).as("nothing starts in the import's own transaction").isEmpty();
        execute(job(Activities.START_WORKFLOWS, batch));
        assertThat(started).containsExactly("101,102,103");
        BpmnAwareTests.assertThat(batch).isEnded().hasPassed(Activities.WORKFLOWS_STARTED);
    }
}
