package cn.zoneflow.web.portal;

import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectRepository;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.domain.model.user.Reach;
import cn.zoneflow.web.project.AgencyFile;
import cn.zoneflow.web.project.ProjectQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * What the portal shows an enterprise of its own projects: what concerns the enterprise (the stage and its dates,
 * each procedure the zone handles for it, where it stands and what the department asks to correct), and nothing of the
 * administration's own (warnings, problems between officers, leaders, audit). Another enterprise's project does not
 * exist for it, whatever its id.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PortalQueries {

    /** One of the enterprise's projects as the portal shows it. */
    public record PortalProject(long id, String code, String name, String zone, Stage stage, LocalDate signedOn,
            LocalDate startedOn, LocalDate producingOn, LocalDate plannedStartDate, LocalDate plannedProductionDate,
            boolean underCommitment, AgencyFile agency) {

        /** The procedures the department returned for correction: what the enterprise must supply now. */
        public List<AgencyFile.ProcedureRow> corrections() {
            return agency.procedures().stream().filter(procedure -> "CORRECTION".equals(procedure.status())).toList();
        }
    }

    /** Something the enterprise must do, for the top of its portal. */
    public record ToDo(long projectId, String project, AgencyFile.ProcedureRow procedure) {
    }

    @Inject
    private ProjectRepository projects;

    @Inject
    private ProjectQueries projectQueries;

    public List<PortalProject> projectsOf(Reach.OfEnterprise enterprise) {
        return projects.ofEnterprise(enterprise).stream().map(this::portalProject).toList();
    }

    /** @throws NoSuchElementException when the enterprise has no such project */
    public PortalProject project(Reach.OfEnterprise enterprise, long id) {
        return portalProject(projects.findOf(enterprise, id));
    }

    /** What the enterprise must do across its projects: every correction a department asked, project by project. */
    public static List<ToDo> toDo(List<PortalProject> projects) {
        return projects.stream()
                .flatMap(project -> project.corrections().stream()
                        .map(procedure -> new ToDo(project.id(), project.name(), procedure)))
                .toList();
    }

    private PortalProject portalProject(Project project) {
        return new PortalProject(project.id(), project.code().value(), project.name(), project.zone().name(),
                project.stage(), project.reached(Stage.SIGNED).orElse(null),
                project.reached(Stage.STARTED).orElse(null), project.reached(Stage.PRODUCING).orElse(null),
                project.plannedStartDate(), project.plannedProductionDate(), project.reforms().underCommitment(),
                projectQueries.agency(project.id()));
    }
}
