package cn.zoneflow.web.supervision;

import cn.zoneflow.domain.application.NoticeOrder;
import cn.zoneflow.domain.application.SupervisionService;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.shared.ReadCommand;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.web.account.ZoneStaff.StaffMember;
import cn.zoneflow.web.account.ZoneStaff;
import cn.zoneflow.web.i18n.FieldMessages;
import cn.zoneflow.web.i18n.Messages;
import cn.zoneflow.web.project.ProjectQueries;
import cn.zoneflow.web.project.ProjectSummary;
import cn.zoneflow.web.security.CurrentUser;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * 发出督办: a supervisor writes a notice about a project of their scope — usually from a late task on the board —
 * to the officer or manager holding it, or to the zone's officers, with the day it must be answered by.
 */
@Named
@ViewScoped
public class IssueNoticeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient SupervisionService supervision;

    @Inject
    private transient ProjectQueries queries;

    @Inject
    private transient ZoneStaff staff;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient FieldMessages fieldMessages;

    @Inject
    private transient Messages messages;

    private long project;
    private String addressee;
    private String task;
    private String taskId;
    private ProjectSummary summary;
    private List<StaffMember> addressees = List.of();
    private String requirement;
    private LocalDate deadline;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            if (!currentUser.hasRole(OverdueBoardView.SUPERVISOR)) {
                throw new NoSuchElementException("only supervisors send notices");
            }
            summary = queries.project(currentUser.required().scope(), project).summary();
        } catch (NoSuchElementException e) {
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            faces.responseComplete();
            return;
        }
        addressees = staff.of(summary.zone(), Role.OFFICER, Role.MANAGER);
        if (task != null && !task.isBlank()) {
            requirement = messages.get("supervision_issue_notice.input.requirement.aboutTask", task);
        }
    }

    public String issue() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            supervision.issue(currentUser.required().scope(), project, ReadCommand.whole(
                    new NoticeOrder(taskId, addressee, requirement, deadline)), currentUser.required().username());
        } catch (InvalidInputException e) {
            fieldMessages.show("notice", e);
            return null;
        }
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                messages.get("supervision_issue_notice.message.info.issued", summary.name()), null));
        return "/supervision/notices.xhtml?faces-redirect=true";
    }

    public long getProject() {
        return project;
    }

    public void setProject(long project) {
        this.project = project;
    }

    public String getTask() {
        return task;
    }

    public void setTask(String task) {
        this.task = task;
    }

    public String getTaskId() {
        return taskId;
    }

    public void setTaskId(String taskId) {
        this.taskId = taskId;
    }

    public ProjectSummary getSummary() {
        return summary;
    }

    public List<StaffMember> getAddressees() {
        return addressees;
    }

    public String getAddressee() {
        return addressee;
    }

    public void setAddressee(String addressee) {
        this.addressee = addressee;
    }

    public String getRequirement() {
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
}
