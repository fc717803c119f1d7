package cn.zoneflow.web.activity;

import cn.zoneflow.domain.model.activity.Activity;
import cn.zoneflow.domain.model.activity.ActivityRepository;
import cn.zoneflow.domain.model.activity.ActivitySummary;
import cn.zoneflow.domain.model.user.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What the activity pages, the workbook and the API read of "三个一批" activities, as read-only values. */
@ApplicationScoped
public class ActivityQueries {

    @Inject
    private ActivityRepository activities;

    /** An activity as lists and pages show it. */
    public record ActivityItem(long id, String name, LocalDate heldOn, String venue) implements Serializable {

        public static ActivityItem of(Activity activity) {
            return new ActivityItem(activity.id(), activity.name(), activity.heldOn(), activity.venue());
        }
    }

    /** Every activity, the latest first. */
    public List<ActivityItem> list() {
        return activities.list().stream().map(ActivityItem::of).toList();
    }

    public Optional<ActivityItem> find(long id) {
        return activities.find(id).map(ActivityItem::of);
    }

    /** The bulletin's table of the activity, narrowed to the projects the scope covers. */
    public ActivitySummary summary(long id, Scope scope) {
        return activities.summary(id, scope);
    }
}
