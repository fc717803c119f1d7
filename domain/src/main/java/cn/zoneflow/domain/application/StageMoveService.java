package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectRepository;
import cn.zoneflow.domain.model.shared.Stage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.NoSuchElementException;

/**
 * Records the stage moves managers approve (and, for the largest projects, the city after them). Called by the lifecycle workflow inside the approval's
 * transaction, so the project's stage and the process move together or not at all.
 */
@ApplicationScoped
public class StageMoveService {

    @Inject
    private ProjectRepository projects;

    /**
     * @param cityApprover the city supervisor who approved after the zone's manager, or null when none had to
     * @return the stage the project has reached
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Stage recordApprovedMove(long projectId, LocalDate on, String approvedBy, String evidence,
            String cityApprover) {
        Project project = projects.find(projectId)
                .orElseThrow(() -> new NoSuchElementException("no project with id " + projectId));
        Stage next = project.stage().next()
                .orElseThrow(() -> new IllegalStateException("project " + project.code() + " is already 达效"));
        project.advanceTo(next, on, approvedBy, evidence,
                cityApprover == null ? null : Project.CITY_APPROVED + cityApprover);
        return next;
    }
}
