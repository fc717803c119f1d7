package cn.zoneflow.web.portal;

import cn.zoneflow.web.security.CurrentUser;
import cn.zoneflow.workflow.agency.DepartmentDesk;
import cn.zoneflow.workflow.problem.DepartmentProblems;
import cn.zoneflow.workflow.task.TaskPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * 部门审批: the procedures submitted to the user's department and the problems the zones gave it, each the earliest
 * due first.
 */
@Named
@RequestScoped
public class DepartmentDeskView {

    /** As many as a department answers in a few weeks; the rest follow as these are answered. */
    static final int SHOWN = 100;

    @Inject
    private DepartmentDesk desk;

    @Inject
    private DepartmentProblems problems;

    @Inject
    private CurrentUser currentUser;

    private TaskPage waiting;
    private TaskPage givenProblems;

    public TaskPage getWaiting() {
        if (waiting == null) {
            waiting = desk.waiting(currentUser.actor(), 0, SHOWN);
        }
        return waiting;
    }

    public TaskPage getProblems() {
        if (givenProblems == null) {
            givenProblems = problems.waiting(currentUser.actor(), 0, SHOWN);
        }
        return givenProblems;
    }

    public String getDepartmentName() {
        return currentUser.getScopeName();
    }
}
