package cn.zoneflow.web.task;

import cn.zoneflow.domain.model.project.ProjectRepository;
import cn.zoneflow.web.i18n.Messages;
import cn.zoneflow.web.project.ProjectSummary;
import cn.zoneflow.web.security.CurrentUser;
import cn.zoneflow.workflow.task.StageMoveFile;
import cn.zoneflow.workflow.task.StageMoveTasks;
import cn.zoneflow.workflow.task.TaskInputException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Map;
import java.util.NoSuchElementException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;

/**
 * What every stage-move task page does: open the task named in the address (bookmarkable), show the project and
 * the file, and after the action go back to the inbox with a message — or stay, with the message beside the field
 * or at the top when the task was taken or finished by someone else meanwhile.
 */
public abstract class TaskPageView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String INBOX = "/task/inbox.xhtml?faces-redirect=true";

    @Inject
    transient StageMoveTasks stageMoves;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient Messages messages;

    @Inject
    private transient ProjectRepository projects;

    private String id;
    private StageMoveFile file;
    private ProjectSummary project;

    /** Loads the task named by the view parameter; a task that is gone or not the user's shows a message. */
    public void load() {
        try {
            file = stageMoves.file(currentUser.actor(), id);
            project = projects.find(file.task().projectId()).map(ProjectSummary::of).orElseThrow();
        } catch (NoSuchElementException e) {
            file = null;
            error(null, "task_page.message.error.gone");
        }
    }

    /**
     * Runs the action; on success back to the inbox with the given message, otherwise the reason on this page.
     *
     * @param fieldIds client ids of the inputs by the field names the workflow reports
     */
    String complete(Runnable action, String doneKey, Map<String, String> fieldIds) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            action.run();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    messages.get(doneKey, file.task().projectName()), null));
            return INBOX;
        } catch (TaskInputException e) {
            faces.validationFailed();
            error(fieldIds.get(e.field()), "task_page.field." + e.messageKey());
        } catch (TaskAlreadyClaimedException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    messages.get("task_page.message.warn.claimedBy", e.getTaskAssignee()), null));
        } catch (NoSuchElementException | OptimisticLockingException e) {
            error(null, "task_page.message.error.gone");
        }
        return null;
    }

    private void error(String clientId, String key) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get(key), null));
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public StageMoveFile getFile() {
        return file;
    }

    public ProjectSummary getProject() {
        return project;
    }
}
