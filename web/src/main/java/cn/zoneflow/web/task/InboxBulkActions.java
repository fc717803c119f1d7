package cn.zoneflow.web.task;

import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.user.UserAccount;
import cn.zoneflow.processes.ProjectLifecycle.Activities;
import cn.zoneflow.web.i18n.FieldMessages;
import cn.zoneflow.web.i18n.Messages;
import cn.zoneflow.web.security.CurrentUser;
import cn.zoneflow.workflow.lifecycle.StageMoveTasks;
import cn.zoneflow.workflow.task.TaskClaims;
import cn.zoneflow.workflow.task.TaskHandover;
import cn.zoneflow.workflow.task.TaskInputException;
import cn.zoneflow.workflow.task.TaskSummary;
import cn.zoneflow.workflow.task.TaskTakenException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * What the inbox does with the ticked tasks at once, each task on its own and audited as if done alone: claim
 * those no one holds, pass them to a colleague doing the same work (转交), approve the stage moves among them.
 * Each says how many it did and why the others were left.
 */
@Named
@ViewScoped
public class InboxBulkActions implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> APPROVALS = Set.of(Activities.APPROVE_STAGE_MOVE,
            Activities.APPROVE_STAGE_MOVE_AT_CITY);

    @Inject
    private InboxView inbox;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient TaskClaims claims;

    @Inject
    private transient TaskHandover handover;

    @Inject
    private transient StageMoveTasks stageMoves;

    @Inject
    private transient Messages messages;

    @Inject
    private transient FieldMessages fieldMessages;

    private String taker;
    private List<UserAccount> takers;

    public void claimSelected() {
        int claimed = 0;
        int missed = 0;
        for (TaskSummary task : inbox.getSelected()) {
            if (task.assignee() != null) {
                continue;
            }
            try {
                claims.claim(currentUser.actor(), task.id());
                claimed++;
            } catch (TaskTakenException | NoSuchElementException e) {
                missed++;
            }
        }
        inbox.setSelected(List.of());
        messages.tell(FacesMessage.SEVERITY_INFO, "task_inbox.message.info.claimedSelected", claimed);
        if (missed > 0) {
            messages.tell(FacesMessage.SEVERITY_WARN, "task_inbox.message.warn.missedSelected", missed);
        }
    }

    /** 转交所选: a refused colleague is told beside the choice; tasks the colleague cannot work on stay. */
    public void passSelected() {
        try {
            TaskHandover.Passed passed = handover.pass(currentUser.required(),
                    inbox.getSelected().stream().map(TaskSummary::id).toList(), taker);
            inbox.setSelected(List.of());
            messages.tell(FacesMessage.SEVERITY_INFO, "task_inbox.message.info.passedSelected", passed.passed(),
                    taker);
            if (passed.missed() > 0) {
                messages.tell(FacesMessage.SEVERITY_WARN, "task_inbox.message.warn.notPassed", passed.missed());
            }
            taker = null;
        } catch (InvalidInputException e) {
            fieldMessages.show("inbox", e);
        }
    }

    /**
     * 批准所选: approves each ticked stage move with no comment; one whose approval needs more (a 达效 evaluation
     * whose measures fell short needs its reason) is left to be opened, and so is every task of another kind.
     */
    public void approveSelected() {
        int approved = 0;
        int toOpen = 0;
        int missed = 0;
        for (TaskSummary task : inbox.getSelected()) {
            if (!APPROVALS.contains(task.taskType())) {
                toOpen++;
                continue;
            }
            try {
                stageMoves.approve(currentUser.actor(), task.id(), "");
                approved++;
            } catch (TaskInputException | InvalidInputException e) {
                toOpen++;
            } catch (TaskTakenException | NoSuchElementException e) {
                missed++;
            }
        }
        inbox.setSelected(List.of());
        messages.tell(FacesMessage.SEVERITY_INFO, "task_inbox.message.info.approvedSelected", approved);
        if (toOpen > 0) {
            messages.tell(FacesMessage.SEVERITY_WARN, "task_inbox.message.warn.approveByOpening", toOpen);
        }
        if (missed > 0) {
            messages.tell(FacesMessage.SEVERITY_WARN, "task_inbox.message.warn.missedSelected", missed);
        }
    }

    /** Whether the user approves stage moves, so that bulk approval is offered. */
    public boolean isApprover() {
        return inbox.getTaskTypes().stream().anyMatch(APPROVALS::contains);
    }

    /** The colleagues the user may pass work to. */
    public List<UserAccount> getTakers() {
        if (takers == null) {
            takers = handover.takersFor(currentUser.required());
        }
        return takers;
    }

    public String getTaker() {
        return taker;
    }

    public void setTaker(String taker) {
        this.taker = taker;
    }
}
