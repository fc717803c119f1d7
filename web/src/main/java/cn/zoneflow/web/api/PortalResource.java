package cn.zoneflow.web.api;

import cn.zoneflow.web.portal.PortalQueries;
import cn.zoneflow.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The enterprise portal's calls: the signed-in enterprise's own projects with their procedures and what it must do.
 * Only enterprises' accounts reach them (the container's constraint on {@code /api/portal/*}); another enterprise's
 * project answers 404, whatever its id.
 */
@Tag(name = "企业门户", description = "The enterprise's own projects, for the enterprise's account")
@Path("portal")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PortalResource {

    /** The enterprise's projects and, first, what it must do. */
    public record PortalJson(List<PortalQueries.ToDo> toDo, List<PortalQueries.PortalProject> projects) {
    }

    @Inject
    private PortalQueries queries;

    @Inject
    private CurrentUser currentUser;

    @Operation(operationId = "portalProjects", summary = "本企业的项目、手续和待办事项")
    @GET
    @Path("projects")
    public PortalJson projects() {
        List<PortalQueries.PortalProject> projects = queries.projectsOf(currentUser.enterprise());
        return new PortalJson(PortalQueries.toDo(projects), projects);
    }

    @Operation(operationId = "portalProject", summary = "本企业的一个项目及其手续")
    @GET
    @Path("projects/{id}")
    public PortalQueries.PortalProject project(@PathParam("id") long projectId) {
        return queries.project(currentUser.enterprise(), projectId);
    }
}
