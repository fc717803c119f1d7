package cn.zoneflow.domain.model.activity;

import cn.zoneflow.domain.model.user.Scope;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The "三个一批" activities and the figures of their batches. */
public interface ActivityRepository {

    Optional<Activity> find(long id);

    Optional<Activity> findByName(String name);

    /** Every activity, the latest first. */
    List<Activity> list();

    /** The activities held from one day to another, both included, the earliest first. */
    List<Activity> heldBetween(LocalDate from, LocalDate to);

    void add(Activity activity);

    /** The activities a project was presented in, the earliest first. */
    List<ActivityEntry> entriesOf(long projectId);

    /** The activity's figures per city and batch, added up in the database over the projects within the scope. */
    ActivitySummary summary(long activityId, Scope scope);
}
