package cn.zoneflow.web.api;

import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.web.project.ProjectQueries;
import cn.zoneflow.web.project.ProjectQueries.LedProject;
import cn.zoneflow.web.project.WarningTexts;
import cn.zoneflow.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 我包联的项目: what a leader in charge (包联领导) follows; for leaders only. */
@Tag(name = "包联领导", description = "The projects a leader in charge follows")
@BusinessData(alsoFor = Role.LEADER)
@Path("leader")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class LeaderResource {

    @Inject
    private ProjectQueries queries;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private WarningTexts warningTexts;

    /**
     * The projects the caller leads, by code: each with its stage, light and the reasons of its warnings, the day its
     * next stage is planned for and the day of its last 入企服务 visit.
     */
    @Operation(operationId = "listLedProjects", summary = "我包联的项目")
    @GET
    @Path("projects")
    public PageJson<LedProjectJson> projects(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        if (currentUser.required().role() != Role.LEADER) {
            throw new ForbiddenException();
        }
        return PageJson.of(queries.ledBy(currentUser.required(), page, size)
                .map(led -> LedProjectJson.of(led, led.warnings().stream().map(warningTexts::reason).toList())));
    }

    /**
     * A project its leader follows; {@code warnings} are the reasons of its standing warnings, {@code openProblems}
     * the problems raised for it and not solved yet, the earliest due on {@code nextProblemDeadline}.
     */
    public record LedProjectJson(long id, String code, String name, String enterprise, String zone, String stage,
            String stageName, String light, List<String> warnings, String nextStage, LocalDate nextPlannedDate,
            LocalDate lastVisit, long openProblems, LocalDate nextProblemDeadline) {

        static LedProjectJson of(LedProject led, List<String> reasons) {
            return new LedProjectJson(led.summary().id(), led.summary().code(), led.summary().name(),
                    led.summary().enterprise(), led.summary().zone(), led.summary().stage().name(),
                    led.summary().stage().chineseName(), led.light().name(), reasons,
                    led.summary().nextStage() == null ? null : led.summary().nextStage().name(),
                    led.nextPlannedDate(), led.lastVisit(), led.openProblems().count(),
                    led.openProblems().nextDeadline());
        }
    }
}
