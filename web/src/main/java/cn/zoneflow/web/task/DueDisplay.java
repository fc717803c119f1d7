package cn.zoneflow.web.task;

import cn.zoneflow.domain.model.calendar.DueState;
import cn.zoneflow.web.i18n.Messages;
import cn.zoneflow.workflow.task.TaskSummary;

/** How every list shows a deadline: near-due rows amber, overdue rows red, working days left or over beside the date. */
public final class DueDisplay {

    private DueDisplay() {
    }

    public static String rowClass(DueState state) {
        return switch (state) {
            case OVERDUE -> "zf-overdue";
            case NEAR -> "zf-near";
            case NORMAL -> "";
        };
    }

    /** A task's deadline as a list shows it, also one that waits for a year's holiday notice. */
    public static String text(Messages messages, String page, TaskSummary task) {
        if (task.deadlineAwaitsYear() != null) {
            return messages.get("task.due.awaitsYear", task.deadlineAwaitsYear());
        }
        return text(messages, page, task.daysLeft());
    }

    /**
     * @param page the page's key prefix; its bundle has {@code <page>.due.left} and {@code <page>.due.over}
     */
    public static String text(Messages messages, String page, Integer daysLeft) {
        if (daysLeft == null) {
            return "";
        }
        return daysLeft < 0 ? messages.get(page + ".due.over", -daysLeft) : messages.get(page + ".due.left", daysLeft);
    }
}
