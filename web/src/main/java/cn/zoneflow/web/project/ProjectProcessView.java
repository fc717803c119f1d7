package cn.zoneflow.web.project;

import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.processes.ProjectLifecycle;
import cn.zoneflow.workflow.diagram.ProcessDiagram;
import cn.zoneflow.workflow.diagram.ProcessTrack;
import cn.zoneflow.workflow.diagram.ProjectProcesses;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;

/**
 * The project page's live process diagram: which of the project's processes to draw (the {@code process} parameter,
 * so a bookmark opens the same one; by default the running lifecycle), the steps it waits in now, and what the
 * drawing highlights and marks.
 */
@Named
@ViewScoped
public class ProjectProcessView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A step the shown process waits in, and since when (Beijing time). */
    public record StepRow(String name, LocalDateTime since) {
    }

    /** One of the project's processes as the page lists it. */
    public record TrackRow(String instanceId, String processName, String subject, LocalDate startedOn,
            LocalDate endedOn, boolean running) {
    }

    @Inject
    private transient ProjectProcesses processes;

    private String process;
    private long projectId;
    private List<TrackRow> tracks = List.of();
    private ProcessDiagram diagram;

    /** Reads the project's processes and where the chosen one stands; does nothing for a page that was refused. */
    public void load(ProjectQueries.ProjectPage page) {
        if (page == null) {
            return;
        }
        projectId = page.summary().id();
        String code = page.summary().code();
        List<ProcessTrack> found = processes.tracksOf(code);
        tracks = found.stream().map(ProjectProcessView::row).toList();
        diagram = found.stream().filter(track -> track.instanceId().equals(process)).findFirst()
                .or(() -> found.stream().min(Comparator.comparing(ProjectProcessView::defaultOrder)))
                .map(processes::diagramOf)
                .orElse(null);
    }

    /** The running lifecycle first, then any running process, then the lifecycle that ended. */
    private static int defaultOrder(ProcessTrack track) {
        boolean lifecycle = ProjectLifecycle.PROCESS_KEY.equals(track.processKey());
        return (track.running() ? 0 : 2) + (lifecycle ? 0 : 1);
    }

    private static TrackRow row(ProcessTrack track) {
        return new TrackRow(track.instanceId(), track.processName(), track.subject(),
                LocalDate.ofInstant(track.startedAt(), ChinaTime.ZONE),
                track.endedAt() == null ? null : LocalDate.ofInstant(track.endedAt(), ChinaTime.ZONE),
                track.running());
    }

    public List<TrackRow> getTracks() {
        return tracks;
    }

    public ProcessDiagram getDiagram() {
        return diagram;
    }

    public boolean isShown(TrackRow track) {
        return diagram != null && diagram.track().instanceId().equals(track.instanceId());
    }

    public List<StepRow> getCurrentSteps() {
        return diagram == null ? List.of() : diagram.currentSteps().stream()
                .map(step -> new StepRow(step.name(), LocalDateTime.ofInstant(step.since(), ChinaTime.ZONE)))
                .toList();
    }

    /** Where the page's script fetches the BPMN to draw, relative to the application. */
    public String getBpmnPath() {
        return diagram == null ? null
                : "/api/projects/" + projectId + "/processes/" + diagram.track().instanceId() + "/bpmn";
    }

    /** The BPMN ids the drawing highlights as the current steps, space-separated. */
    public String getCurrentElements() {
        return diagram == null ? "" : String.join(" ", diagram.currentElements());
    }

    /** The BPMN ids the drawing marks as passed, space-separated. */
    public String getPassedElements() {
        return diagram == null ? "" : String.join(" ", diagram.passedElements());
    }

    public String getProcess() {
        return process;
    }

    public void setProcess(String process) {
        this.process = process;
    }
}
