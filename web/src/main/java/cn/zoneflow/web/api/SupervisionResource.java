package cn.zoneflow.web.api;

import cn.zoneflow.web.security.CurrentUser;
import cn.zoneflow.workflow.supervision.OverdueBoard;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The overdue board for the province's systems: supervisors only, limited to their city or the province. */
@Path("supervision")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SupervisionResource {

    static final String SUPERVISOR = "supervisor";

    @Inject
    private OverdueBoard board;

    @Inject
    private CurrentUser currentUser;

    /** A late task and the city it belongs to. */
    public record LateTaskJson(String city, TaskResource.TaskJson task) {
    }

    @GET
    @Path("overdue")
    public List<LateTaskJson> overdue() {
        if (!currentUser.hasRole(SUPERVISOR)) {
            throw new ForbiddenException();
        }
        return board.lateTasks(currentUser.required().scope()).stream()
                .map(late -> new LateTaskJson(late.city(), TaskResource.TaskJson.of(late.task())))
                .toList();
    }
}
