package cn.zoneflow.web.portal;

import cn.zoneflow.web.security.CurrentUser;
import cn.zoneflow.workflow.agency.DepartmentDesk;
import cn.zoneflow.workflow.task.TaskPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** 部门审批: the procedures submitted to the user's department, the earliest due first. */
@Named
@RequestScoped
public class DepartmentDeskView {

    /** As many as a department answers in a few weeks; the rest follow as these are answered. */
    static final int SHOWN = 100;

    @Inject
    private DepartmentDesk desk;

    @Inject
    private CurrentUser currentUser;

    private TaskPage waiting;

    public TaskPage getWaiting() {
        if (waiting == null) {
            waiting = desk.waiting(currentUser.actor(), 0, SHOWN);
        }
        return waiting;
    }

    public String getDepartmentName() {
        return currentUser.getScopeName();
    }
}
