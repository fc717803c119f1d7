package cn.zoneflow.processes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Which BPMN elements the process tests pass through: the shared engine reports every activity it starts here,
 * and once all tests have run the elements of each process that none passed are written to
 * {@code target/process-coverage.txt}.
 */
public final class ProcessCoverage implements TestExecutionListener {

    /** The processes ZoneFlow deploys, each of which the tests should pass through entirely. */
    static final List<String> RESOURCES = List.of(ProjectLifecycle.RESOURCE, AgencyProcess.RESOURCE,
            ProcedureHandling.RESOURCE, CommitmentProcess.RESOURCE, SupervisionNoticeProcess.RESOURCE,
            OverdueSweep.RESOURCE, MonthlyProgress.RESOURCE, PlanChangeProcess.RESOURCE,
            ProblemProcess.RESOURCE);
    static final Path REPORT = Path.of("target", "process-coverage.txt");

    private static final Set<String> PASSED = ConcurrentHashMap.newKeySet();

    /** Records the activities the engine starts; everything else goes on to the engine's own history. */
    static final HistoryEventHandler RECORDER = new HistoryEventHandler() {
        @Override
        public void handleEvent(HistoryEvent event) {
            if (event instanceof HistoricActivityInstanceEventEntity activity) {
                PASSED.add(activity.getProcessDefinitionKey() + ":" + activity.getActivityId());
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }
    };

    /** Every element of the processes, as {@code process:element (name)}. */
    static List<String> elements() {
        List<String> elements = new ArrayList<>();
        for (String resource : RESOURCES) {
            for (Process process : model(resource).getModelElementsByType(Process.class)) {
                Collection<FlowNode> nodes = process.getChildElementsByType(FlowNode.class);
                nodes.forEach(node -> elements.add(process.getId() + ":" + node.getId() + " (" + node.getName() + ")"));
            }
        }
        return elements;
    }

    private static boolean passed(String element) {
        return PASSED.contains(element.substring(0, element.indexOf(' ')));
    }

    private static BpmnModelInstance model(String resource) {
        try (InputStream in = ProcessCoverage.class.getClassLoader().getResourceAsStream(resource)) {
            return Bpmn.readModelFromStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (PASSED.isEmpty()) {
            return;
        }
        List<String> elements = elements();
        Set<String> missing = new TreeSet<>(elements.stream().filter(element -> !passed(element)).toList());
        String report = (elements.size() - missing.size()) + " of the " + elements.size() + " elements of the "
                + RESOURCES.size() + " processes were passed by a test"
                + (missing.isEmpty() ? ".\n" : "; not passed:\n" + String.join("\n", missing) + "\n");
        try {
            Files.createDirectories(REPORT.getParent());
            Files.writeString(REPORT, report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
