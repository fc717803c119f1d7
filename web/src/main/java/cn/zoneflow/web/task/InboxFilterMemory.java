package cn.zoneflow.web.task;

import cn.zoneflow.workflow.task.TaskFilter;
import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;

/**
 * How the user last narrowed their inbox, kept for the session: after completing a task, or coming back from a
 * project's page, they find the inbox as they left it.
 */
@SessionScoped
public class InboxFilterMemory implements Serializable {

    private static final long serialVersionUID = 1L;

    private TaskFilter last = TaskFilter.NONE;

    TaskFilter last() {
        return last;
    }

    void keep(TaskFilter filter) {
        last = filter;
    }
}
