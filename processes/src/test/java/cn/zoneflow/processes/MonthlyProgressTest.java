package cn.zoneflow.processes;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.zoneflow.processes.MonthlyProgress.Activities;
import cn.zoneflow.processes.MonthlyProgress.Variables;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = MonthlyProgress.RESOURCE)
class MonthlyProgressTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessTestEngine.extension();

    private static final String CODE = "2026-140700-44-01-000003";
    /** 1 January 2027, 09:00 in Beijing. */
    private static final Date NEXT_MONTH = Date.from(Instant.parse("2027-01-01T01:00:00Z"));

    @BeforeEach
    void registerSteps() {
        Mocks.register("assignDeadlineListener", (TaskListener) task -> { });
    }

    @AfterEach
    void resetMocks() {
        Mocks.reset();
    }

    private ProcessInstance start() {
        return engine.getRuntimeService().startProcessInstanceByKey(MonthlyProgress.PROCESS_KEY, CODE,
                withVariables(Variables.PROJECT_ID, 3L, Variables.OFFICER_GROUP, "officer:zone-22"));
    }

    @Test
    void theZonesOfficersReportAtOnceWhenConstructionStartsAndAgainEachMonth() {
        ProcessInstance progress = start();
        assertThat(task(progress)).hasCandidateGroup("officer:zone-22");

        complete(task(progress), withVariables(Variables.NEXT_MONTH_STARTS_AT, NEXT_MONTH));
        assertThat(progress).isWaitingAt(Activities.WAIT_FOR_NEXT_MONTH);
        assertThat(job(Activities.NEXT_MONTH, progress)).hasDueDate(NEXT_MONTH);

        execute(job(Activities.NEXT_MONTH, progress));
        assertThat(progress).isWaitingAt(Activities.RECORD_MONTHLY_PROGRESS);
    }

    @Test
    void theReportingEndsWhenTheProjectStartsProduction() {
        ProcessInstance progress = start();
        complete(task(progress), withVariables(Variables.NEXT_MONTH_STARTS_AT, NEXT_MONTH));

        engine.getRuntimeService().createMessageCorrelation(MonthlyProgress.PROJECT_PRODUCING_MESSAGE)
                .processInstanceBusinessKey(CODE).correlateAllWithResult();

        assertThat(progress).isEnded().hasPassed(Activities.CONSTRUCTION_FINISHED);
    }
}
