package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.activity.Activity;
import cn.zoneflow.domain.model.activity.ActivityEntry;
import cn.zoneflow.domain.model.activity.ActivityRepository;
import cn.zoneflow.domain.model.activity.Batch;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectCode;
import cn.zoneflow.domain.model.project.ProjectRepository;
import cn.zoneflow.domain.model.shared.InputReader;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.shared.InvalidValueException;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
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

    /** A new activity from what a supervisor typed; refused, naming each wrong field, when anything is wrong. */
    public Activity create(String name, String heldOn, String venue) {
        InputReader reader = new InputReader();
        String checkedName = reader.text("name", name, Activity.NAME_MAX_LENGTH, true);
        LocalDate day = reader.date("heldOn", heldOn, true);
        String checkedVenue = reader.text("venue", venue, Activity.VENUE_MAX_LENGTH, false);
        if (checkedName != null && activities.findByName(checkedName).isPresent()) {
            reader.reject("name", "activity.nameTaken", checkedName);
        }
        reader.finish();
        Activity activity = new Activity(checkedName, day, checkedVenue);
        activities.add(activity);
        audit.record(AuditEvent.success(AuditAction.ACTIVITY_CREATED, "activity", checkedName));
        return activity;
    }

    /**
     * Presents a project (by its code) in a batch of the activity; the project must be within the caller's scope.
     *
     * @throws NoSuchElementException when the activity does not exist
     */
    public ActivityEntry enrol(Scope scope, long activityId, String projectCode, String batch) {
        Activity activity = activities.find(activityId)
                .orElseThrow(() -> new NoSuchElementException("activity " + activityId));
        InputReader reader = new InputReader();
        Project project = reader.required("projectCode", projectCode, code -> projects.findByCode(ProjectCode.of(code))
                .filter(found -> coveredOrAudited(scope, found, activity))
                .orElseThrow(() -> new InvalidValueException("project.unknown", code)));
        Batch checkedBatch = reader.required("batch", batch, Batch::parse);
        reader.finish();
        try {
            ActivityEntry entry = activity.enrol(project, checkedBatch);
            audit.record(AuditEvent.success(AuditAction.PROJECT_PRESENTED, "project", project.code().value())
                    .withDetail(activity.name() + " " + checkedBatch.chineseName()));
            return entry;
        } catch (InvalidValueException e) {
            throw InvalidInputException.of("projectCode", e.messageKey(), projectCode);
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
