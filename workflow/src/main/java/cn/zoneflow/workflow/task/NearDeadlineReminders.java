package cn.zoneflow.workflow.task;

import cn.zoneflow.domain.application.MessageBox;
import cn.zoneflow.domain.model.message.MessageKind;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.task.OpenTask;
import cn.zoneflow.domain.model.task.OpenTaskRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * 临近期限提醒: whoever holds a task that has come near its deadline is told so, once per task; an unclaimed task
 * has nobody to remind yet, and a late one is the overdue sweep's.
 */
@ApplicationScoped
public class NearDeadlineReminders {

    /** The soonest due first; more wait for the next hourly sweep. */
    static final int MAX_PER_SWEEP = 500;

    @Inject
    private OpenTaskRepository openTasks;

    @Inject
    private MessageBox box;

    /** @return how many tasks were looked at */
    @Transactional
    public int remind() {
        int looked = 0;
        for (OpenTask task : openTasks.heldAndNearDue(ChinaTime.today(), MAX_PER_SWEEP)) {
            box.tell(task.assignee(), MessageKind.DEADLINE_NEAR, task.project().id(), task.taskId(), task.name());
            looked++;
        }
        return looked;
    }
}
