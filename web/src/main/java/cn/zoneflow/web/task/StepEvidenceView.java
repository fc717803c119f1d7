package cn.zoneflow.web.task;

import cn.zoneflow.domain.model.document.Document;
import cn.zoneflow.domain.model.document.DocumentSubmittedException;
import cn.zoneflow.domain.model.document.DocumentSummary;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.web.document.ScreenUpload;
import cn.zoneflow.web.i18n.FieldMessages;
import cn.zoneflow.web.i18n.Messages;
import cn.zoneflow.web.security.CurrentUser;
import cn.zoneflow.workflow.task.StepDocuments;
import cn.zoneflow.workflow.task.TaskTakenException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.primefaces.event.FileUploadEvent;

/**
 * The 材料 panel of a task page: the files of the step's case, uploading to the open step, and removing a file
 * uploaded there by mistake before the step is submitted. Every task page includes it with its task id.
 */
@Named
@ViewScoped
public class StepEvidenceView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The id of the form the panel's upload sits in; a refused file's message shows beside it. */
    static final String FORM = "materials";
    /** The attribute the upload carries its task id in. */
    static final String TASK_ID = "taskId";

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient StepDocuments stepDocuments;

    @Inject
    private transient FieldMessages fieldMessages;

    @Inject
    private transient Messages messages;

    private final Map<String, List<DocumentSummary>> evidence = new HashMap<>();

    /** The files the task's case holds, read once per view and again after each change. */
    public List<DocumentSummary> of(String taskId) {
        return evidence.computeIfAbsent(taskId, id -> {
            try {
                return stepDocuments.of(currentUser.actor(), currentUser.required().scope(), id);
            } catch (NoSuchElementException gone) {
                return List.of();
            }
        });
    }

    public void upload(FileUploadEvent event) throws IOException {
        String taskId = (String) event.getComponent().getAttributes().get(TASK_ID);
        ScreenUpload upload = ScreenUpload.of(event.getFile());
        try {
            stepDocuments.attach(currentUser.actor(), currentUser.required().scope(), taskId, upload.name(),
                    upload.content());
        } catch (InvalidInputException e) {
            fieldMessages.show(FORM, e);
        } catch (TaskTakenException e) {
            messages.tell(FacesMessage.SEVERITY_WARN, "task_page.message.warn.claimedBy", e.holder());
        } catch (NoSuchElementException e) {
            messages.tell(FacesMessage.SEVERITY_ERROR, "task_page.message.error.gone");
        }
        evidence.remove(taskId);
    }

    public void remove(String taskId, DocumentSummary document) {
        try {
            stepDocuments.remove(currentUser.actor(), currentUser.required().scope(), document.id());
            messages.tell(FacesMessage.SEVERITY_INFO, "step_evidence.message.removed", document.fileName());
        } catch (DocumentSubmittedException e) {
            messages.tell(FacesMessage.SEVERITY_WARN, "step_evidence.message.submitted", document.fileName());
        } catch (TaskTakenException e) {
            messages.tell(FacesMessage.SEVERITY_WARN, "task_page.message.warn.claimedBy", e.holder());
        } catch (NoSuchElementException e) {
            messages.tell(FacesMessage.SEVERITY_ERROR, "task_page.message.error.gone");
        }
        evidence.remove(taskId);
    }

    public int getMaxBytes() {
        return Document.MAX_BYTES;
    }
}
