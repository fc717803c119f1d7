package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectRepository;
import cn.zoneflow.domain.model.project.StageMoveRequest;
import cn.zoneflow.domain.model.project.StageMoveRequestRepository;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.shared.Stage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Keeps the rounds of stage-move requests — asked, approved by the zone (and the city after it for the largest
 * projects), or returned with a reason — and records the moves managers approve. Called by the lifecycle's steps
 * inside their transactions, so the project, its rounds and the process move together or not at all.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class StageMoveService {

    @Inject
    private ProjectWarnings warnings;

    @Inject
    private ProjectRepository projects;

    @Inject
    private StageMoveRequestRepository requests;

    /** The officer asks for the next stage (or, for a producing project, submits its 达效 evaluation). */
    public StageMoveRequest request(long projectId, String officer, String evidence) {
        Project project = project(projectId);
        requests.openOf(projectId).ifPresent(open -> {
            throw new IllegalStateException("project " + project.code() + " already has request " + open.id());
        });
        StageMoveRequest request = StageMoveRequest.made(project, officer, ChinaTime.nowInChina(), evidence);
        requests.add(request);
        return request;
    }

    /**
     * The decisions below take what the engine knows of the round (its evidence, the zone's approver) for a round
     * asked before rounds were kept, which has no row yet.
     *
     * @param comment the manager's comment, may be empty
     */
    public void approveAtZone(long projectId, String manager, String comment, EngineRecord known) {
        openRound(projectId, known).approveAtZone(manager, ChinaTime.nowInChina(), comment);
    }

    public void approveAtCity(long projectId, String supervisor, EngineRecord known) {
        openRound(projectId, known).approveAtCity(supervisor, ChinaTime.nowInChina());
    }

    public void returnWithReason(long projectId, String decidedBy, String reason, EngineRecord known) {
        openRound(projectId, known).returnWithReason(decidedBy, ChinaTime.nowInChina(), reason);
    }

    /**
     * Moves the project to its next stage as its open round asked, approved by the zone's manager and, where it
     * had to, the city's supervisor after them.
     *
     * @return the stage the project has reached
     */
    public Stage recordApprovedMove(long projectId, LocalDate on, EngineRecord known) {
        Project project = project(projectId);
        StageMoveRequest round = openRound(projectId, known);
        Stage next = project.stage().next()
                .orElseThrow(() -> new IllegalStateException("project " + project.code() + " is already 达效"));
        round.approved();
        project.advanceTo(next, on, round.zoneDecidedBy(), round.evidence(), round.cityDecidedBy());
        warnings.recount(projectId, ChinaTime.today());
        return next;
    }

    /** Every round of the project, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StageMoveRequest> roundsOf(long projectId) {
        return requests.roundsOf(projectId);
    }

    private StageMoveRequest openRound(long projectId, EngineRecord known) {
        return requests.openOf(projectId).orElseGet(() -> {
            StageMoveRequest round = StageMoveRequest.madeBeforeRoundsWereKept(project(projectId), known.evidence(),
                    known.zoneApprover());
            requests.add(round);
            return round;
        });
    }

    /**
     * What the process engine holds of the open round: the evidence asked with and the zone's approver (null
     * until the zone approved).
     */
    public record EngineRecord(String evidence, String zoneApprover) {
    }

    private Project project(long projectId) {
        return projects.find(projectId)
                .orElseThrow(() -> new NoSuchElementException("no project with id " + projectId));
    }
}
