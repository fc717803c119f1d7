package cn.zoneflow.web.task;

import cn.zoneflow.web.i18n.Messages;
import cn.zoneflow.web.security.CurrentUser;
import cn.zoneflow.workflow.task.TaskInbox;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The menu's entry to 我的待办, counting what must not wait: requests returned to the user and 督办 notices to
 * answer or follow up, so they are seen from every page. Counted once per request.
 */
@Named
@RequestScoped
public class InboxMenu {

    @Inject
    private CurrentUser currentUser;

    @Inject
    private TaskInbox inbox;

    @Inject
    private Messages messages;

    private Long needingAttention;

    /** 我的待办, with how many tasks need attention when any do. */
    public String getLabel() {
        long count = getNeedingAttention();
        return count == 0 ? messages.get("menu.inbox") : messages.get("menu.inbox.attention", count);
    }

    public long getNeedingAttention() {
        if (needingAttention == null) {
            needingAttention = currentUser.isWorksOnProjects() ? inbox.countNeedingAttention(currentUser.actor()) : 0;
        }
        return needingAttention;
    }
}
