package cn.zoneflow.workflow.diagram;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where one of a project's processes stands: the steps it waits in now and the elements it has passed through,
 * by their BPMN ids, so the drawing can highlight the one and mark the other.
 */
public record ProcessDiagram(ProcessTrack track, List<Step> currentSteps, Set<String> passedElements) {

    /** A step the process waits in, and since when. */
    public record Step(String elementId, String name, Instant since) {
    }

    public Set<String> currentElements() {
        return currentSteps.stream().map(Step::elementId).collect(Collectors.toSet());
    }
}
