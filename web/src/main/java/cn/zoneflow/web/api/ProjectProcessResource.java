package cn.zoneflow.web.api;

import cn.zoneflow.web.project.ProjectQueries;
import cn.zoneflow.web.security.CurrentUser;
import cn.zoneflow.workflow.diagram.ProcessDiagram;
import cn.zoneflow.workflow.diagram.ProcessTrack;
import cn.zoneflow.workflow.diagram.ProjectProcesses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The processes a project has gone through and where each stands — the steps it waits in and the elements it has
 * passed — and the BPMN each runs on, for drawing. Another zone's project, or a process of another project,
 * answers 404.
 */
@Tag(name = "流程", description = "A project's processes: where each stands, and its BPMN diagram")
@BusinessData
@Path("projects/{id}/processes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class ProjectProcessResource {

    @Inject
    private ProjectQueries projects;

    @Inject
    private ProjectProcesses processes;

    @Inject
    private CurrentUser currentUser;

    @Operation(operationId = "listProjectProcesses", summary = "项目流程及所处环节")
    @GET
    public List<TrackJson> tracks(@PathParam("id") long projectId) {
        return processes.tracksOf(projectCode(projectId)).stream().map(TrackJson::of).toList();
    }

    @Operation(operationId = "getProcessDiagram", summary = "流程图及已办、在办环节")
    @GET
    @Path("{instanceId}")
    public DiagramJson diagram(@PathParam("id") long projectId, @PathParam("instanceId") String instanceId) {
        return processes.diagram(projectCode(projectId), instanceId).map(DiagramJson::of)
                .orElseThrow(() -> new NoSuchElementException("process " + instanceId));
    }

    @Operation(operationId = "getProcessBpmn", summary = "流程定义（BPMN XML）")
    @GET
    @Path("{instanceId}/bpmn")
    @Produces(MediaType.APPLICATION_XML)
    public String bpmn(@PathParam("id") long projectId, @PathParam("instanceId") String instanceId) {
        return processes.bpmnOf(projectCode(projectId), instanceId)
                .orElseThrow(() -> new NoSuchElementException("process " + instanceId));
    }

    private String projectCode(long projectId) {
        return projects.codeWithin(currentUser.required().scope(), projectId);
    }

    /** One of the project's processes. */
    public record TrackJson(String instanceId, String processKey, String processName, String subject,
            Instant startedAt, Instant endedAt, boolean running) {
        static TrackJson of(ProcessTrack track) {
            return new TrackJson(track.instanceId(), track.processKey(), track.processName(), track.subject(),
                    track.startedAt(), track.endedAt(), track.running());
        }
    }

    /** Where one process stands: the BPMN ids of the steps it waits in and of the elements it has passed. */
    public record DiagramJson(TrackJson process, List<StepJson> currentSteps, Set<String> passedElements) {

        /** A step the process waits in. */
        public record StepJson(String elementId, String name, Instant since) {
        }

        static DiagramJson of(ProcessDiagram diagram) {
            return new DiagramJson(TrackJson.of(diagram.track()), diagram.currentSteps().stream()
                    .map(step -> new StepJson(step.elementId(), step.name(), step.since())).toList(),
                    diagram.passedElements());
        }
    }
}
