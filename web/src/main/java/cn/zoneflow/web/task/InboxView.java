package cn.zoneflow.web.task;

import cn.zoneflow.processes.AgencyProcess;
import cn.zoneflow.processes.CommitmentProcess;
import cn.zoneflow.processes.MonthlyProgress;
import cn.zoneflow.processes.ProcedureHandling;
import cn.zoneflow.processes.ProjectLifecycle.Activities;
import cn.zoneflow.processes.SupervisionNoticeProcess;
import cn.zoneflow.web.i18n.Messages;
import cn.zoneflow.web.security.CurrentUser;
import cn.zoneflow.workflow.task.TaskClaims;
import cn.zoneflow.workflow.task.TaskFilter;
import cn.zoneflow.workflow.task.TaskInbox;
import cn.zoneflow.workflow.task.TaskPage;
import cn.zoneflow.workflow.task.TaskSummary;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * 我的待办: the signed-in user's tasks and the unclaimed tasks of their zone's group, a page at a time from the
 * engine's database, with claiming.
 */
@Named
@ViewScoped
public class InboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient TaskInbox inbox;

    @Inject
    private transient TaskClaims claims;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient Messages messages;

    private LazyDataModel<TaskSummary> model;

    @PostConstruct
    void init() {
        model = new InboxModel();
    }

    public LazyDataModel<TaskSummary> getModel() {
        return model;
    }

    public long getCount() {
        return inbox.count(currentUser.actor());
    }

    /** Days left or days over, in working days, as the inbox shows them beside the due date. */
    public String dueText(TaskSummary task) {
        return DueDisplay.text(messages, "task_inbox", task.daysLeft());
    }

    /** The page that works on this kind of task. */
    public String pageOf(TaskSummary task) {
        return switch (task.taskType()) {
            case Activities.REQUEST_STAGE_MOVE -> "/task/request-stage-move";
            case Activities.EVALUATE_OUTPUT -> "/task/evaluate-output";
            case Activities.APPROVE_STAGE_MOVE, Activities.APPROVE_STAGE_MOVE_AT_CITY -> "/task/approve-stage-move";
            case AgencyProcess.Activities.SIGN_AGENCY_AGREEMENT -> "/task/sign-agency-agreement";
            case ProcedureHandling.Activities.COLLECT_MATERIALS, ProcedureHandling.Activities.SUBMIT_TO_DEPARTMENT,
                    ProcedureHandling.Activities.RECORD_DEPARTMENT_ANSWER -> "/task/procedure-step";
            case MonthlyProgress.Activities.RECORD_MONTHLY_PROGRESS -> "/task/monthly-progress";
            case SupervisionNoticeProcess.Activities.ANSWER_NOTICE,
                    SupervisionNoticeProcess.Activities.FOLLOW_UP_NOTICE -> "/task/notice";
            case CommitmentProcess.Activities.SIGN_COMMITMENTS, CommitmentProcess.Activities.VERIFY_COMMITMENT,
                    CommitmentProcess.Activities.RECTIFY_COMMITMENT, CommitmentProcess.Activities.REVIEW_BREACH ->
                    "/task/commitment";
            default -> "/task/inbox";
        };
    }

    public String rowClass(TaskSummary task) {
        return DueDisplay.rowClass(task.dueState());
    }

    public void claim(TaskSummary task) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            claims.claim(currentUser.actor(), task.id());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    messages.get("task_inbox.message.info.claimed", task.name()), null));
        } catch (TaskAlreadyClaimedException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    messages.get("task_inbox.message.warn.alreadyClaimed", e.getTaskAssignee()), null));
        } catch (NoSuchElementException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    messages.get("task_inbox.message.warn.gone"), null));
        }
    }

    /** Pages through the inbox in the database; PrimeFaces asks for the count and for one page. */
    private final class InboxModel extends LazyDataModel<TaskSummary> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(inbox.count(currentUser.actor()));
        }

        @Override
        public List<TaskSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            TaskPage page = inbox.page(currentUser.actor(), TaskFilter.NONE, first / pageSize, pageSize);
            setRowCount(Math.toIntExact(page.total()));
            return page.items();
        }

        @Override
        public String getRowKey(TaskSummary task) {
            return task.id();
        }
    }
}
