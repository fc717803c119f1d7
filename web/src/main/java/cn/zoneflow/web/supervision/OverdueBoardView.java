package cn.zoneflow.web.supervision;

import cn.zoneflow.domain.application.NoticeOrder;
import cn.zoneflow.domain.application.SupervisionService;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.shared.ReadCommand;
import cn.zoneflow.web.export.WorkbookDownload;
import cn.zoneflow.web.i18n.FieldMessages;
import cn.zoneflow.web.i18n.Messages;
import cn.zoneflow.web.security.CurrentUser;
import cn.zoneflow.web.security.PageAccess;
import cn.zoneflow.web.task.DueDisplay;
import cn.zoneflow.workflow.supervision.LateTask;
import cn.zoneflow.workflow.supervision.OverdueBoard;
import cn.zoneflow.workflow.task.TaskSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.primefaces.model.StreamedContent;

/**
 * 超期督办: the overdue and near-due work of the zones a supervisor watches, grouped by city and zone, with the
 * working days over or left. Only supervisors see it.
 */
@Named
@RequestScoped
public class OverdueBoardView {

    static final String SUPERVISOR = "supervisor";

    @Inject
    private OverdueBoard board;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PageAccess pageAccess;

    @Inject
    private Messages messages;

    @Inject
    private WeeklyDispatch dispatch;

    @Inject
    private SupervisionService supervision;

    @Inject
    private FieldMessages fieldMessages;

    private Map<String, LocalDate> noticedOn;

    private List<LateTask> tasks;

    private List<LateTask> selected = new ArrayList<>();
    private String requirement;
    private LocalDate deadline;

    public void load() throws IOException {
        pageAccess.deniedUnless(SUPERVISOR);
    }

    /** 周调度: this week's late work, "三未" projects and notices of the scope, as an Excel workbook. */
    public StreamedContent getDispatch() {
        LocalDate today = ChinaTime.today();
        byte[] workbook = dispatch.workbook(currentUser.required().scope(), currentUser.getScopeName(), today);
        return WorkbookDownload.forScreen(WeeklyDispatch.fileName(today), workbook);
    }

    /** Read on the page's first request and again on each search of the board, which posts the page back. */
    public List<LateTask> getTasks() {
        if (tasks == null) {
            // PrimeFaces sorts the rows it groups in place
            tasks = currentUser.hasRole(SUPERVISOR)
                    ? new ArrayList<>(board.lateTasks(currentUser.required().scope())) : new ArrayList<>();
        }
        return tasks;
    }

    /**
     * 督办所选: one notice per ticked row, about its task, to whoever holds it (the zone's officers when nobody
     * does), each sent and audited on its own; a row that already had a notice is left to its 再次督办 link.
     */
    public void noticeSelected() {
        int sent = 0;
        int skipped = 0;
        for (LateTask late : selected) {
            if (!noticedText(late).isEmpty()) {
                skipped++;
                continue;
            }
            TaskSummary task = late.task();
            NoticeOrder order = new NoticeOrder(task.id(), task.assignee(), messages.get(
                    "supervision_overdue.bulk.requirementAbout", task.name(), requirement == null ? "" : requirement),
                    deadline);
            try {
                supervision.issue(currentUser.required().scope(), task.projectId(), ReadCommand.whole(order),
                        currentUser.required().username());
                sent++;
            } catch (InvalidInputException e) {
                // the same requirement and deadline go to every row: what one refuses, all would
                fieldMessages.show("lateWork", e);
                return;
            } catch (NoSuchElementException e) {
                skipped++;
            }
        }
        noticedOn = null;
        selected = new ArrayList<>();
        messages.tell(FacesMessage.SEVERITY_INFO, "supervision_overdue.bulk.sent", sent);
        if (skipped > 0) {
            messages.tell(FacesMessage.SEVERITY_WARN, "supervision_overdue.bulk.skipped", skipped);
        }
    }

    public long getOverdueCount() {
        return OverdueBoard.overdue(getTasks());
    }

    /** "已督办 12月3日" for a row whose task already had a notice, the latest; empty for one that had none. */
    public String noticedText(LateTask late) {
        if (noticedOn == null) {
            noticedOn = supervision.noticedOn(getTasks().stream().map(row -> row.task().id()).toList());
        }
        LocalDate day = noticedOn.get(late.task().id());
        return day == null ? "" : messages.get("supervision_overdue.noticed", day.getMonthValue(), day.getDayOfMonth(),
                day.toString());
    }

    public String dueText(LateTask late) {
        return DueDisplay.text(messages, "supervision_overdue", late.task().daysLeft());
    }

    public List<LateTask> getSelected() {
        return selected;
    }

    public void setSelected(List<LateTask> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public String getRequirement() {
        if (requirement == null) {
            requirement = messages.get("supervision_overdue.bulk.requirement");
        }
        return requirement;
    }

    public void setRequirement(String requirement) {
        this.requirement = requirement;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public LocalDate getToday() {
        return ChinaTime.today();
    }

    public String rowClass(LateTask late) {
        return DueDisplay.rowClass(late.task().dueState());
    }
}
