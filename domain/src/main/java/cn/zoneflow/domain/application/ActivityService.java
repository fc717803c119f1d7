package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.activity.Activity;
import cn.zoneflow.domain.model.activity.ActivityEntry;
import cn.zoneflow.domain.model.activity.ActivityRepository;
import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectRepository;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.shared.InvalidValueException;
import cn.zoneflow.domain.model.shared.ReadCommand;
import cn.zoneflow.domain.model.shared.Refusals;
import cn.zoneflow.domain.model.shared.constraint.CommandCheck;
import cn.zoneflow.domain.model.user.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.NoSuchElementException;

/** Creating "三个一批" activities and presenting projects in their batches. */
@ApplicationScoped
@Transactional
public class ActivityService {

    @Inject
    private ActivityRepository activities;

    @Inject
    private ProjectRepository projects;

    @Inject
    private AuditTrail audit;

    /** A new activity; refused, naming each wrong field, when anything is wrong. */
    public Activity create(ReadCommand<NewActivity> input) {
        NewActivity command = input.command();
        Refusals refusals = new Refusals(input.unreadable());
        CommandCheck.check(command, refusals);
        if (command.name() != null && !refusals.refuses("name") && activities.findByName(command.name()).isPresent()) {
            refusals.reject("name", "activity.nameTaken", command.name());
        }
        refusals.finish();
        Activity activity = new Activity(command.name(), command.heldOn(), command.venue());
        activities.add(activity);
        audit.record(AuditEvent.success(AuditAction.ACTIVITY_CREATED, "activity", command.name()));
        return activity;
    }

    /**
     * Presents a project in a batch of the activity; the project must be within the caller's scope.
     *
     * @throws NoSuchElementException when the activity does not exist
     */
    public ActivityEntry enrol(Scope scope, long activityId, ReadCommand<Presentation> input) {
        Activity activity = activities.find(activityId)
                .orElseThrow(() -> new NoSuchElementException("activity " + activityId));
        Presentation presentation = input.command();
        Refusals refusals = new Refusals(input.unreadable());
        CommandCheck.check(presentation, refusals);
        Project project = null;
        if (presentation.projectCode() != null) {
            project = projects.findByCode(presentation.projectCode())
                    .filter(found -> coveredOrAudited(scope, found, activity))
                    .orElse(null);
            if (project == null) {
                refusals.reject(Presentation.PROJECT_CODE, "project.unknown", presentation.projectCode().value());
            }
        }
        refusals.finish();
        try {
            ActivityEntry entry = activity.enrol(project, presentation.batch());
            audit.record(AuditEvent.success(AuditAction.PROJECT_PRESENTED, "project", project.code().value())
                    .withDetail(activity.name() + " " + presentation.batch().chineseName()));
            return entry;
        } catch (InvalidValueException e) {
            throw InvalidInputException.of(Presentation.PROJECT_CODE, e.messageKey(), project.code().value());
        }
    }

    /** Another zone's project is answered as unknown, as if it were not there, and the attempt recorded. */
    private boolean coveredOrAudited(Scope scope, Project project, Activity activity) {
        if (scope.covers(project.zone())) {
            return true;
        }
        audit.recordSeparately(AuditEvent.outsideScope("project", project.code().value(),
                "presented in " + activity.name()));
        return false;
    }
}
