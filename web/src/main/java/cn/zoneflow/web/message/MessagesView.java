package cn.zoneflow.web.message;

import cn.zoneflow.domain.model.shared.Page;
import cn.zoneflow.web.i18n.Messages;
import cn.zoneflow.web.project.ProjectView;
import cn.zoneflow.web.security.CurrentUser;
import cn.zoneflow.workflow.task.StepHomes;
import cn.zoneflow.workflow.task.TaskInbox;
import cn.zoneflow.workflow.task.TaskSummary;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * 消息: the user's messages, newest first and unread ones marked; opening one marks it read and leads to its task
 * while the user can still act on it, otherwise to its project.
 */
@Named
@ViewScoped
public class MessagesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient UserMessages messages;

    @Inject
    private transient TaskInbox inbox;

    @Inject
    private transient StepHomes stepHomes;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient Messages texts;

    private final LazyDataModel<MessageItem> model = new MessageModel();

    /** Marks the message read and goes where it leads. */
    public String open(long id) {
        try {
            return whereTo(messages.open(id));
        } catch (NoSuchElementException e) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    texts.get("messages.message.warn.gone"), null));
            return null;
        }
    }

    private String whereTo(MessageItem message) {
        if (message.taskId() != null) {
            try {
                TaskSummary task = inbox.summary(currentUser.actor(), message.taskId());
                return stepHomes.pageOf(task.taskType()).map(page -> page + "?faces-redirect=true&id=" + task.id())
                        .orElse(projectPage(message));
            } catch (NoSuchElementException e) {
                // done, or no longer the user's to see: the project tells what became of it
            }
        }
        return projectPage(message);
    }

    private static String projectPage(MessageItem message) {
        return ProjectView.PAGE + "?faces-redirect=true&id=" + message.projectId();
    }

    public void readAll() {
        int read = messages.readAll();
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                texts.get("messages.message.info.allRead", read), null));
    }

    public LazyDataModel<MessageItem> getModel() {
        return model;
    }

    private final class MessageModel extends LazyDataModel<MessageItem> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(messages.page(0, 1).total());
        }

        @Override
        public List<MessageItem> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            Page<MessageItem> page = messages.page(first / pageSize, pageSize);
            setRowCount(Math.toIntExact(page.total()));
            return page.items();
        }

        @Override
        public String getRowKey(MessageItem message) {
            return String.valueOf(message.id());
        }
    }
}
