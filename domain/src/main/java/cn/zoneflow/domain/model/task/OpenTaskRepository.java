package cn.zoneflow.domain.model.task;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The index of open tasks, paged and counted in the database. */
public interface OpenTaskRepository {

    Optional<OpenTask> find(String taskId);

    /** The given tasks that are open, each with its project; the order is not the given one. */
    List<OpenTask> findAll(Collection<String> taskIds);

    /** The first {@code max} tasks matching, in the given order, each with its project. */
    List<OpenTask> list(OpenTaskCriteria criteria, TaskSort sort, boolean descending, int max);

    long count(OpenTaskCriteria criteria);

    /** The kinds of task among those matching. */
    Set<String> taskTypes(OpenTaskCriteria criteria);

    /**
     * How many open tasks of the given kinds have no deadline, in the given zones (all when null); a 储备 project's
     * work is left out, since its request to sign has no deadline by rule.
     */
    long countWithoutDeadline(Collection<String> taskTypes, Collection<Long> zoneIds);

    /**
     * Tasks someone holds that are near their deadline on the given day and not yet past it, soonest due first:
     * those whose holder is to be reminded.
     */
    List<OpenTask> heldAndNearDue(LocalDate today, int max);

    void add(OpenTask task);

    void remove(String taskId);

    long countAll();

    void removeAll();
}
