package cn.zoneflow.web.portal;

import cn.zoneflow.domain.application.CommitmentService;
import cn.zoneflow.domain.application.CommitmentSignatures;
import cn.zoneflow.domain.model.commitment.CommitmentFile;
import cn.zoneflow.domain.model.commitment.CommitmentText;
import cn.zoneflow.domain.model.material.EnterpriseMaterialRepository;
import cn.zoneflow.domain.model.material.MaterialState;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectRepository;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.domain.model.user.Reach;
import cn.zoneflow.web.api.ProjectJson;
import cn.zoneflow.web.material.MaterialRow;
import cn.zoneflow.web.project.AgencyFile;
import cn.zoneflow.web.project.ProjectQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the portal shows an enterprise of its own projects: what concerns the enterprise (the stage and its dates,
 * each procedure the zone handles for it, where it stands and what the department asks to correct, the materials it
 * submitted and what the officers made of them, its commitment under 承诺制 and what it is to sign), and nothing of the
 * administration's own (warnings, problems between officers, leaders, audit). Another enterprise's project does not
 * exist for it, whatever its id.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PortalQueries {

    /** One of the enterprise's projects as the portal shows it. */
    public record PortalProject(long id, String code, String name, String zone, Stage stage, LocalDate signedOn,
            LocalDate startedOn, LocalDate producingOn, LocalDate plannedStartDate, LocalDate plannedProductionDate,
            boolean underCommitment, AgencyFile agency, List<MaterialRow> materials,
            ProjectJson.CommitmentJson commitment, CommitmentToSign toSign) {

        /** The procedures the department returned for correction: what the enterprise must supply now. */
        public List<AgencyFile.ProcedureRow> corrections() {
            return agency.procedures().stream().filter(procedure -> "CORRECTION".equals(procedure.status())).toList();
        }

        /** The procedures that take the enterprise's materials now, each with what it submitted for it. */
        public List<Collecting> collecting() {
            return agency.procedures().stream().filter(AgencyFile.ProcedureRow::takesMaterials)
                    .map(procedure -> new Collecting(procedure, materials.stream()
                            .filter(material -> material.procedure().equals(procedure.code())).toList()))
                    .toList();
        }
    }

    /**
     * The credit commitment the enterprise is to sign on line, once the zone signed its own: the exact text, and its
     * SHA-256, which the signature names so that only what was read is signed.
     */
    public record CommitmentToSign(String title, String text, String textSha256) {

        static CommitmentToSign of(CommitmentText text) {
            return new CommitmentToSign(text.party().title(), text.body(), text.sha256());
        }
    }

    /** A procedure that takes the enterprise's materials, and its files, the newest first. */
    public record Collecting(AgencyFile.ProcedureRow procedure, List<MaterialRow> materials) {

        /** The file the officers returned, while nothing newer was submitted for the procedure: upload it again. */
        public Optional<MaterialRow> returned() {
            return materials.stream().findFirst().filter(latest -> latest.state() == MaterialState.RETURNED);
        }
    }

    /**
     * Something the enterprise must do, for the top of its portal: a correction the department asked, a file the
     * officers returned (then {@code returned} says which and why), or its credit commitment to sign (then
     * {@code procedure} is null and {@code commitmentToSign} true).
     */
    public record ToDo(long projectId, String project, AgencyFile.ProcedureRow procedure, MaterialRow returned,
            boolean commitmentToSign) {
    }

    @Inject
    private ProjectRepository projects;

    @Inject
    private ProjectQueries projectQueries;

    @Inject
    private EnterpriseMaterialRepository materials;

    @Inject
    private CommitmentService commitments;

    public List<PortalProject> projectsOf(Reach.OfEnterprise enterprise) {
        return projects.ofEnterprise(enterprise).stream().map(this::portalProject).toList();
    }

    /** @throws NoSuchElementException when the enterprise has no such project */
    public PortalProject project(Reach.OfEnterprise enterprise, long id) {
        return portalProject(projects.findOf(enterprise, id));
    }

    /**
     * What the enterprise must do across its projects, project by project: its credit commitment to sign, every
     * correction a department asked, and every file the officers returned that was not uploaded again.
     */
    public static List<ToDo> toDo(List<PortalProject> projects) {
        return projects.stream().flatMap(project -> Stream.of(
                        Stream.ofNullable(project.toSign())
                                .map(toSign -> new ToDo(project.id(), project.name(), null, null, true)),
                        project.corrections().stream()
                                .map(procedure -> new ToDo(project.id(), project.name(), procedure, null, false)),
                        project.collecting().stream().flatMap(collecting -> collecting.returned().stream()
                                .map(returned -> new ToDo(project.id(), project.name(), collecting.procedure(),
                                        returned, false))))
                        .flatMap(each -> each))
                .toList();
    }

    private PortalProject portalProject(Project project) {
        CommitmentFile commitment = commitments.file(project.id());
        return new PortalProject(project.id(), project.code().value(), project.name(), project.zone().name(),
                project.stage(), project.reached(Stage.SIGNED).orElse(null),
                project.reached(Stage.STARTED).orElse(null), project.reached(Stage.PRODUCING).orElse(null),
                project.plannedStartDate(), project.plannedProductionDate(), project.reforms().underCommitment(),
                projectQueries.agency(project.id()),
                materials.ofProject(project.id()).stream().map(MaterialRow::of).toList(),
                ProjectJson.CommitmentJson.of(commitment),
                CommitmentSignatures.awaitingEnterprise(project, commitment).map(CommitmentToSign::of).orElse(null));
    }
}
