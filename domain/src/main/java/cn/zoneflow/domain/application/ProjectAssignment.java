package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectRepository;
import cn.zoneflow.domain.model.project.ReserveTier;
import cn.zoneflow.domain.model.shared.InputReader;
import cn.zoneflow.domain.model.shared.InvalidValueException;
import cn.zoneflow.domain.model.user.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

/**
 * A zone's manager names the leader who follows a project (包联领导) and grades a project in reserve. The change is
 * made against the version the manager read: one made meanwhile by someone else refuses it.
 */
@ApplicationScoped
@Transactional
public class ProjectAssignment {

    public static final String LEADER_IN_CHARGE = "leaderInCharge";
    public static final String RESERVE_TIER = "reserveTier";
    public static final String VERSION = "version";

    @Inject
    private ProjectRepository projects;

    @Inject
    private AuditTrail audit;

    /**
     * @param readVersion the project's version as the manager read it
     * @param reserveTier 基本库 / 重点库 / 成熟库 (or BASIC / KEY / MATURE), empty for none
     * @throws java.util.NoSuchElementException when the project is not within the scope
     * @throws OptimisticLockException when the project changed since {@code readVersion}
     * @throws cn.zoneflow.domain.model.shared.InvalidInputException naming the wrong field; nothing is written
     */
    public Project assign(Scope scope, long projectId, String readVersion, String leaderInCharge, String reserveTier,
            String assignedBy) {
        Project project = projects.findWithin(scope, projectId);
        InputReader reader = new InputReader();
        Long version = reader.required(VERSION, readVersion, ProjectAssignment::version);
        if (version != null && project.version() != version) {
            throw new OptimisticLockException("project " + projectId + " changed since version " + readVersion);
        }
        ReserveTier tier = reader.optional(RESERVE_TIER, reserveTier, ReserveTier::parse).orElse(null);
        if (!reader.hasErrors()) {
            try {
                project.assign(leaderInCharge, tier);
            } catch (InvalidValueException e) {
                reader.reject(e.messageKey().startsWith("leaderInCharge") ? LEADER_IN_CHARGE : RESERVE_TIER,
                        e.messageKey(), e.rejectedValue());
            }
        }
        reader.finish();
        // the answer carries the version the next edit is made against
        projects.flush();
        audit.record(AuditEvent.success(AuditAction.PROJECT_ASSIGNED, "project", project.code().value()));
        return project;
    }

    private static long version(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new InvalidValueException("version.format", text);
        }
    }
}
