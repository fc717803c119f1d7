package cn.zoneflow.domain.model.project;

import cn.zoneflow.domain.model.shared.Stage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * One round of asking to move a project to its next stage (or, for a producing project, to have it found 达效): the
 * evidence and who asked, then the zone's decision and, for the largest projects, the city's after it. A round
 * ends approved (the move is recorded) or returned with a reason, after which the officer asks again in a new
 * round. Rounds made before ZoneFlow kept them were carried over from the engine's comments: only who returned
 * them, when and why is known of those.
 */
@Entity
@Table(name = "stage_move_request")
public class StageMoveRequest {

    /** Where a round stands. */
    public enum Status {
        /** Awaiting a decision: the zone's, or the city's once the zone approved. */
        OPEN,
        APPROVED,
        RETURNED
    }

    public static final int TEXT_MAX_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "stageMoveRequestIds")
    @TableGenerator(name = "stageMoveRequestIds", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "stage_move_request", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "project_id", nullable = false)
    private Long projectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "requested_stage", nullable = false, length = 20)
    private Stage requestedStage;

    @Column(name = "requested_by", length = 60)
    private String requestedBy;

    @Column(name = "requested_at")
    private LocalDateTime requestedAt;

    @Column(name = "evidence", length = TEXT_MAX_LENGTH)
    private String evidence;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status;

    @Column(name = "zone_decided_by", length = 60)
    private String zoneDecidedBy;

    @Column(name = "zone_decided_at")
    private LocalDateTime zoneDecidedAt;

    @Column(name = "city_decided_by", length = 60)
    private String cityDecidedBy;

    @Column(name = "city_decided_at")
    private LocalDateTime cityDecidedAt;

    @Column(name = "approval_comment", length = TEXT_MAX_LENGTH)
    private String approvalComment;

    @Column(name = "return_reason", length = TEXT_MAX_LENGTH)
    private String returnReason;

    protected StageMoveRequest() {
    }

    private StageMoveRequest(Long projectId, Stage requestedStage, String requestedBy, LocalDateTime requestedAt,
            String evidence) {
        this.projectId = projectId;
        this.requestedStage = requestedStage;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.evidence = evidence;
        this.status = Status.OPEN;
    }

    /** A round the officer opens now, for the stage after the project's present one. */
    public static StageMoveRequest made(Project project, String requestedBy, LocalDateTime at, String evidence) {
        Stage next = project.stage().next()
                .orElseThrow(() -> new IllegalStateException("project " + project.code() + " is already 达效"));
        return new StageMoveRequest(project.id(), next, requestedBy, at, evidence);
    }

    /**
     * A round asked for before ZoneFlow kept rounds, met at a decision: only what the engine still holds is known
     * of it, the evidence and, once the zone approved, who did.
     */
    public static StageMoveRequest madeBeforeRoundsWereKept(Project project, String evidence, String zoneApprovedBy) {
        StageMoveRequest round = made(project, null, null, evidence);
        round.zoneDecidedBy = zoneApprovedBy;
        return round;
    }

    /**
     * The zone's manager approved: the move is recorded now, or once the city has approved too.
     *
     * @param comment the manager's comment, may be empty
     */
    public void approveAtZone(String manager, LocalDateTime at, String comment) {
        requireOpen();
        if (zoneDecidedBy != null) {
            throw new IllegalStateException("the zone already approved request " + id);
        }
        zoneDecidedBy = manager;
        zoneDecidedAt = at;
        approvalComment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    /** The city's supervisor approved after the zone. */
    public void approveAtCity(String supervisor, LocalDateTime at) {
        requireOpen();
        if (zoneDecidedBy == null) {
            throw new IllegalStateException("the city cannot approve request " + id + " before the zone");
        }
        cityDecidedBy = supervisor;
        cityDecidedAt = at;
    }

    /** The move it asked for is recorded: the round is over. */
    public void approved() {
        requireOpen();
        status = Status.APPROVED;
    }

    /** Sent back by the zone or, after the zone's approval, by the city. */
    public void returnWithReason(String decidedBy, LocalDateTime at, String reason) {
        requireOpen();
        if (zoneDecidedBy == null) {
            zoneDecidedBy = decidedBy;
            zoneDecidedAt = at;
        } else {
            cityDecidedBy = decidedBy;
            cityDecidedAt = at;
        }
        returnReason = reason;
        status = Status.RETURNED;
    }

    private void requireOpen() {
        if (status != Status.OPEN) {
            throw new IllegalStateException("request " + id + " is already " + status);
        }
    }

    /** Whether the zone approved and the city's decision is awaited. */
    public boolean awaitsCity() {
        return status == Status.OPEN && zoneDecidedBy != null;
    }

    /** Who decided last: the one who returned a returned round. */
    public Optional<String> lastDecidedBy() {
        return Optional.ofNullable(cityDecidedBy != null ? cityDecidedBy : zoneDecidedBy);
    }

    public Optional<LocalDateTime> lastDecidedAt() {
        return Optional.ofNullable(cityDecidedAt != null ? cityDecidedAt : zoneDecidedAt);
    }

    public Long id() {
        return id;
    }

    public Long projectId() {
        return projectId;
    }

    public Stage requestedStage() {
        return requestedStage;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public LocalDateTime requestedAt() {
        return requestedAt;
    }

    public String evidence() {
        return evidence;
    }

    public Status status() {
        return status;
    }

    public String zoneDecidedBy() {
        return zoneDecidedBy;
    }

    public LocalDateTime zoneDecidedAt() {
        return zoneDecidedAt;
    }

    public String cityDecidedBy() {
        return cityDecidedBy;
    }

    public LocalDateTime cityDecidedAt() {
        return cityDecidedAt;
    }

    public String approvalComment() {
        return approvalComment;
    }

    public String returnReason() {
        return returnReason;
    }
}
