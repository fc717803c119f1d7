package cn.zoneflow.web.task;

import cn.zoneflow.domain.model.shared.FieldError;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.web.i18n.LanguageView;
import cn.zoneflow.web.i18n.Messages;
import cn.zoneflow.web.i18n.Texts;
import cn.zoneflow.web.project.ProjectQueries;
import cn.zoneflow.web.project.ProjectSummary;
import cn.zoneflow.web.security.CurrentUser;
import cn.zoneflow.workflow.task.TaskChangedMeanwhileException;
import cn.zoneflow.workflow.task.TaskInbox;
import cn.zoneflow.workflow.task.TaskInputException;
import cn.zoneflow.workflow.task.TaskSummary;
import cn.zoneflow.workflow.task.TaskTakenException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * What every task page does: open the task named in the address (bookmarkable), show the project it is about, and
 * after the action go back to the inbox with a message — or stay, with each refused field's message beside its
 * input, or at the top when the task was taken or finished by someone else meanwhile.
 */
public abstract class TaskPageView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String INBOX = "/task/inbox.xhtml?faces-redirect=true";

    @Inject
    protected transient CurrentUser currentUser;

    @Inject
    protected transient Messages messages;

    @Inject
    private transient TaskInbox inbox;

    @Inject
    private transient ProjectQueries projects;

    @Inject
    private transient LanguageView language;

    private String id;
    private TaskSummary task;
    private ProjectSummary project;

    /** Loads the task named by the view parameter; a task that is gone or not the user's shows a message. */
    public void load() {
        try {
            task = inbox.summary(currentUser.actor(), id);
            project = projects.summaryOfTaskProject(task.projectId());
            loaded();
        } catch (NoSuchElementException e) {
            task = null;
            error(null, "task_page.message.error.gone");
        }
    }

    /** Reads what this kind of step shows besides the task and its project. */
    protected void loaded() {
    }

    /**
     * Runs the action; on success back to the inbox with the given message, otherwise the reason on this page.
     *
     * @param fieldIds client ids of the inputs by the field names the workflow and the domain report
     */
    protected String complete(Runnable action, String doneKey, Map<String, String> fieldIds) {
        if (!attempt(action, fieldIds)) {
            return null;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get(doneKey, task.projectName()),
                null));
        return doneOutcome();
    }

    /**
     * Runs an action on the step; when it is refused, says why on this page and tells the caller.
     *
     * @param fieldIds client ids of the inputs by the field names the workflow and the domain report
     * @return whether it was done
     */
    protected boolean attempt(Runnable action, Map<String, String> fieldIds) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            action.run();
            return true;
        } catch (TaskInputException e) {
            faces.validationFailed();
            faces.addMessage(fieldIds.get(e.field()), new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    messages.get("task_page.field." + e.messageKey(), e.detail()), null));
        } catch (InvalidInputException e) {
            faces.validationFailed();
            for (FieldError error : e.errors()) {
                faces.addMessage(fieldIds.get(error.field()), new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        Texts.VALIDATION.get(language.getLocale(), error.messageKey(), error.rejectedValue()), null));
            }
        } catch (TaskTakenException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    messages.get("task_page.message.warn.claimedBy", e.holder()), null));
        } catch (NoSuchElementException | TaskChangedMeanwhileException e) {
            error(null, "task_page.message.error.gone");
        }
        return false;
    }

    /** Where the user goes once the step is done: back to the inbox. */
    protected String doneOutcome() {
        return INBOX;
    }

    protected void error(String clientId, String key) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get(key), null));
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public TaskSummary getTask() {
        return task;
    }

    public ProjectSummary getProject() {
        return project;
    }

    /** What the task is about, e.g. 审批阶段变更：开工 → 投产. */
    public String getTitle() {
        return TaskTitles.of(messages, task);
    }

    /** The working days left or over, or why the deadline is not counted yet; empty without a deadline. */
    public String getDueText() {
        return DueDisplay.text(messages, "task_inbox", task);
    }
}
