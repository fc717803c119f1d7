package cn.zoneflow.workflow.task;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoneflow.processes.CommitmentProcess;
import cn.zoneflow.workflow.agency.ProcedureTasks;
import cn.zoneflow.workflow.commitment.CommitmentTasks;
import cn.zoneflow.workflow.engine.ProcessEngineBootstrap;
import cn.zoneflow.workflow.lifecycle.EvaluationTasks;
import cn.zoneflow.workflow.lifecycle.MonthlyProgressTasks;
import cn.zoneflow.workflow.lifecycle.StageMoveTasks;
import cn.zoneflow.workflow.plan.PlanChangeTasks;
import cn.zoneflow.workflow.problem.ProblemTasks;
import cn.zoneflow.workflow.supervision.NoticeTasks;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * Every human step of every deployed process has exactly one home, which names its page; a step due within working
 * days has the listener that counts them.
 */
class StepHomesTest {

    /** The listeners that give a new task the deadline its home counts. */
    private static final List<String> DEADLINE_LISTENERS = List.of("${assignDeadlineListener}",
            "${procedureTaskListener}");

    private static final List<StepHome> HOMES = List.of(new ProcedureTasks(), new CommitmentTasks(),
            new StageMoveTasks(), new MonthlyProgressTasks(), new EvaluationTasks(), new NoticeTasks(),
            new PlanChangeTasks(), new ProblemTasks());

    @Test
    void everyUserTaskOfTheDeployedProcessesHasOneHomeWithAPage() {
        List<StepForm> forms = HOMES.stream().flatMap(home -> home.steps().forms().stream()).toList();

        assertThat(forms).extracting(StepForm::taskKey).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(userTasks());
        List<String> departments = stepsOfGroup("${departmentGroup}");
        List<String> enterprises = stepsOfGroup("${enterpriseGroup}");
        assertThat(departments).hasSize(2);
        assertThat(enterprises).containsExactly(CommitmentProcess.Activities.ENTERPRISE_SIGNS_COMMITMENT);
        assertThat(forms).allSatisfy(form -> assertThat(form.page())
                .as("the zone's steps are worked on its task pages, a department's on its desk on the portal, an "
                        + "enterprise's on its project's page there")
                .matches(departments.contains(form.taskKey()) ? "/portal/department/.+"
                        : enterprises.contains(form.taskKey()) ? "/portal/project" : "/task/.+"));
    }

    @Test
    void theHomesKeepTheOrderAProjectMeetsThemIn() {
        assertThat(HOMES).extracting(home -> home.steps().orderInProject()).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void everyStepWhoseHomeCountsWorkingDaysHasTheListenerThatAppliesThem() {
        List<String> counted = HOMES.stream().flatMap(home -> home.steps().forms().stream())
                .filter(form -> form.workingDays().isPresent()).map(StepForm::taskKey).toList();

        assertThat(counted).as("steps due within working days").hasSizeGreaterThanOrEqualTo(11)
                .allSatisfy(step -> assertThat(DEADLINE_LISTENERS).as(step + "'s create listener")
                        .contains(createListenerOf(step)));
    }

    private static String createListenerOf(String step) {
        return userTaskElements().filter(task -> task.getId().equals(step)).findFirst().orElseThrow()
                .getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list().stream()
                .filter(listener -> TaskListener.EVENTNAME_CREATE.equals(listener.getCamundaEvent()))
                .map(CamundaTaskListener::getCamundaDelegateExpression).findFirst().orElse("none");
    }

    private static List<String> stepsOfGroup(String group) {
        return userTaskElements().filter(task -> group.equals(task.getCamundaCandidateGroups()))
                .map(UserTask::getId).toList();
    }

    private static List<String> userTasks() {
        return userTaskElements().map(UserTask::getId).toList();
    }

    private static Stream<UserTask> userTaskElements() {
        return ProcessEngineBootstrap.PROCESS_RESOURCES.stream().filter(resource -> resource.endsWith(".bpmn"))
                .flatMap(StepHomesTest::userTasksOf);
    }

    private static Stream<UserTask> userTasksOf(String resource) {
        try (InputStream in = StepHomesTest.class.getClassLoader().getResourceAsStream(resource)) {
            return List.copyOf(Bpmn.readModelFromStream(in).getModelElementsByType(UserTask.class)).stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
