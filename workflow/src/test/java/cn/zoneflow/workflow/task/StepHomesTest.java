package cn.zoneflow.workflow.task;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoneflow.workflow.agency.ProcedureTasks;
import cn.zoneflow.workflow.commitment.CommitmentTasks;
import cn.zoneflow.workflow.engine.ProcessEngineBootstrap;
import cn.zoneflow.workflow.lifecycle.EvaluationTasks;
import cn.zoneflow.workflow.lifecycle.MonthlyProgressTasks;
import cn.zoneflow.workflow.lifecycle.StageMoveTasks;
import cn.zoneflow.workflow.supervision.NoticeTasks;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/** Every human step of every deployed process has exactly one home, which names its page. */
class StepHomesTest {

    private static final List<StepHome> HOMES = List.of(new ProcedureTasks(), new CommitmentTasks(),
            new StageMoveTasks(), new MonthlyProgressTasks(), new EvaluationTasks(), new NoticeTasks());

    @Test
    void everyUserTaskOfTheDeployedProcessesHasOneHomeWithAPage() {
        List<StepForm> forms = HOMES.stream().flatMap(home -> home.steps().forms().stream()).toList();

        assertThat(forms).extracting(StepForm::taskKey).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(userTasks());
        assertThat(forms).allSatisfy(form -> assertThat(form.page()).startsWith("/task/"));
    }

    @Test
    void theHomesKeepTheOrderAProjectMeetsThemIn() {
        assertThat(HOMES).extracting(home -> home.steps().orderInProject()).isSorted().doesNotHaveDuplicates();
    }

    private static List<String> userTasks() {
        return ProcessEngineBootstrap.PROCESS_RESOURCES.stream().filter(resource -> resource.endsWith(".bpmn"))
                .flatMap(StepHomesTest::userTasksOf).toList();
    }

    private static Stream<String> userTasksOf(String resource) {
        try (InputStream in = StepHomesTest.class.getClassLoader().getResourceAsStream(resource)) {
            return Bpmn.readModelFromStream(in).getModelElementsByType(UserTask.class).stream()
                    .map(UserTask::getId).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
