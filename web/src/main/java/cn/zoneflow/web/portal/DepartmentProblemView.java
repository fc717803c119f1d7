package cn.zoneflow.web.portal;

import cn.zoneflow.domain.model.document.Document;
import cn.zoneflow.domain.model.document.DocumentSubmittedException;
import cn.zoneflow.domain.model.document.DocumentSummary;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.web.document.ScreenUpload;
import cn.zoneflow.web.i18n.FieldMessages;
import cn.zoneflow.web.problem.ProblemRow;
import cn.zoneflow.web.task.TaskPageView;
import cn.zoneflow.workflow.problem.DepartmentProblems;
import cn.zoneflow.workflow.problem.ProblemTasks;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.primefaces.event.FileUploadEvent;

/**
 * One problem a zone gave the department: its project, its way so far and its files, and the department's written
 * answer, which whoever raised it then confirms.
 */
@Named
@ViewScoped
public class DepartmentProblemView extends TaskPageView {

    private static final long serialVersionUID = 1L;
    private static final String DESK = "/portal/department/index.xhtml?faces-redirect=true";
    /** The form the files and their upload sit in; a refused file's message shows beside the upload. */
    private static final String FILES_FORM = "fileForm";
    private static final Map<String, String> ANSWER_FIELDS = Map.of(ProblemTasks.ANSWER, "answer:text");
    private static final Map<String, String> RETURN_FIELDS = Map.of(ProblemTasks.REASON, "returnForm:reason");

    @Inject
    private transient DepartmentProblems problems;

    @Inject
    private transient FieldMessages fieldMessages;

    private ProblemRow problem;
    private transient List<DocumentSummary> files;
    private String answer;
    private String reason;

    @Override
    protected void loaded() {
        DepartmentProblems.GivenProblem given = problems.problem(currentUser.actor(), getId());
        problem = ProblemRow.of(given.problem(), ChinaTime.today(), getId());
        files = given.files();
    }

    /** Keeps a file of the department's with the problem, such as its 复函, and lists it at once. */
    public void upload(FileUploadEvent event) throws IOException {
        ScreenUpload upload = ScreenUpload.of(event.getFile());
        try {
            problems.attach(currentUser.actor(), getId(), upload.name(), upload.content());
            files = null;
        } catch (InvalidInputException e) {
            fieldMessages.show(FILES_FORM, e);
        } catch (NoSuchElementException e) {
            error(null, "task_page.message.error.gone");
        }
    }

    /** Whether the department attached the file while it answers, and so may remove it. */
    public boolean isOwn(DocumentSummary file) {
        return file.attachedAt(getId());
    }

    /** Removes a file the department attached by mistake; the zone's and the raiser's files have no such button. */
    public void remove(DocumentSummary file) {
        try {
            problems.remove(currentUser.actor(), getId(), file.id());
            files = null;
            messages.tell(FacesMessage.SEVERITY_INFO, "step_evidence.message.removed", file.fileName());
        } catch (DocumentSubmittedException e) {
            messages.tell(FacesMessage.SEVERITY_WARN, "step_evidence.message.submitted", file.fileName());
        } catch (NoSuchElementException e) {
            error(null, "task_page.message.error.gone");
        }
    }

    public String answered() {
        return complete(() -> problems.answer(currentUser.actor(), getId(), answer),
                "department_problem.message.info.answered", ANSWER_FIELDS);
    }

    /** 退回开发区: not the department's to solve; the zone gives it anew, reading the reason. */
    public String returned() {
        return complete(() -> problems.returnToZone(currentUser.actor(), getId(), reason),
                "department_problem.message.info.returned", RETURN_FIELDS);
    }

    @Override
    protected String doneOutcome() {
        return DESK;
    }

    public ProblemRow getProblem() {
        return problem;
    }

    /** The files as they are now: read again after a refused answer, which this view outlives. */
    public List<DocumentSummary> getFiles() {
        if (files == null && getTask() != null) {
            files = problems.problem(currentUser.actor(), getId()).files();
        }
        return files;
    }

    public int getMaxBytes() {
        return Document.MAX_BYTES;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
