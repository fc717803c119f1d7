package cn.zoneflow.domain.model.task;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The index of open tasks, paged and counted in the database. */
public interface OpenTaskRepository {

    Optional<OpenTask> find(String taskId);

    /** The given tasks that are open, each with its project; the order is not the given one. */
    List<OpenTask> findAll(Collection<String> taskIds);

    /** The first {@code max} tasks matching, in the given order, each with its project. */
    List<OpenTask> list(OpenTaskCriteria criteria, TaskSort sort, boolean descending, int max);

    long count(OpenTaskCriteria criteria);

    void add(OpenTask task);

    void remove(String taskId);

    long countAll();

    void removeAll();
}
