package cn.zoneflow.web.problem;

import cn.zoneflow.domain.application.ProjectProblems;
import cn.zoneflow.domain.model.problem.ProblemNote;
import cn.zoneflow.domain.model.problem.ProblemReport;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.shared.ReadCommand;
import cn.zoneflow.web.i18n.FieldMessages;
import cn.zoneflow.web.i18n.Messages;
import cn.zoneflow.web.project.ProjectQueries;
import cn.zoneflow.web.security.CurrentUser;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * 问题清单 on a project's page: its problems with every step, the link to the step the user may work on, the form to
 * raise one and the form to note progress or comment on an open one. The page has checked the project is the
 * user's to read.
 */
@Named
@ViewScoped
public class ProblemsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ProblemQueries queries;

    @Inject
    private transient ProjectProblems problems;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient Messages messages;

    @Inject
    private transient FieldMessages fieldMessages;

    private long projectId;
    private List<ProblemRow> rows = List.of();
    private Map<String, String> categories = Map.of();
    private String category;
    private String description;
    private Long notedProblem;
    private String note;

    /** Reads the problems of the project the page shows; nothing when the page refused it. */
    public void load(ProjectQueries.ProjectPage page) {
        if (page != null) {
            projectId = page.summary().id();
            rows = queries.ofProject(currentUser.required(), projectId);
            categories = queries.categoryChoices();
        }
    }

    /** Raises the problem; the form is emptied once it is saved and the zone's managers are asked to accept it. */
    public void raise() {
        try {
            problems.raise(currentUser.required(), projectId,
                    ReadCommand.whole(new ProblemReport(category, description)));
            category = null;
            description = null;
            saved("problems.message.raised");
        } catch (InvalidInputException e) {
            fieldMessages.show("problem", e);
        }
    }

    /** Notes progress on, or comments, the chosen open problem. */
    public void writeNote() {
        if (notedProblem == null) {
            FacesContext.getCurrentInstance().validationFailed();
            FacesContext.getCurrentInstance().addMessage("problemNote:notedProblem", new FacesMessage(
                    FacesMessage.SEVERITY_ERROR, messages.get("problems.note.choose"), null));
            return;
        }
        try {
            problems.note(currentUser.required(), notedProblem, ReadCommand.whole(new ProblemNote(note)));
            note = null;
            saved("problems.message.noted");
        } catch (InvalidInputException e) {
            fieldMessages.show("problemNote", e);
        }
    }

    /** Reads the problems again, after one was raised elsewhere on the page. */
    public void reload() {
        rows = queries.ofProject(currentUser.required(), projectId);
    }

    private void saved(String key) {
        reload();
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                messages.get(key), null));
    }

    public boolean isRaising() {
        return currentUser.required().role().raisesProblems();
    }

    public List<ProblemRow> getRows() {
        return rows;
    }

    public List<ProblemRow> getOpenRows() {
        return rows.stream().filter(row -> row.status().isOpen()).toList();
    }

    /** The catalogue's categories, by name. */
    public Map<String, String> getCategories() {
        return categories;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getNotedProblem() {
        return notedProblem;
    }

    public void setNotedProblem(Long notedProblem) {
        this.notedProblem = notedProblem;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
