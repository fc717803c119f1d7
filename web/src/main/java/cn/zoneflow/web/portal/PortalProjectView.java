package cn.zoneflow.web.portal;

import cn.zoneflow.domain.application.ProjectProblems;
import cn.zoneflow.domain.application.ServiceRatings;
import cn.zoneflow.domain.model.problem.ProblemReport;
import cn.zoneflow.domain.model.rating.RatingInput;
import cn.zoneflow.domain.model.rating.RatingLevel;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.shared.ReadCommand;
import cn.zoneflow.web.i18n.FieldMessages;
import cn.zoneflow.web.i18n.Messages;
import cn.zoneflow.web.problem.ProblemQueries;
import cn.zoneflow.web.problem.ProblemRow;
import cn.zoneflow.web.rating.RatingRow;
import cn.zoneflow.web.security.CurrentUser;
import cn.zoneflow.web.security.PageAccess;
import cn.zoneflow.workflow.problem.ProblemTasks;
import cn.zoneflow.workflow.task.TaskChangedMeanwhileException;
import cn.zoneflow.workflow.task.TaskInputException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * One of the enterprise's projects on the portal: its facts and procedures, and its 诉求 — raised here into the
 * zone's 问题办理, followed step by step, and, once the zone answers, confirmed as solved or sent back with the reason —
 * and 好差评 of its closed procedures and of the agency service.
 * Another enterprise's project does not exist here (404).
 */
@Named
@ViewScoped
public class PortalProjectView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient PortalQueries queries;

    @Inject
    private transient ProblemQueries problemQueries;

    @Inject
    private transient ProjectProblems problems;

    @Inject
    private transient ProblemTasks problemTasks;

    @Inject
    private transient ServiceRatings ratings;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient PageAccess pageAccess;

    @Inject
    private transient Messages messages;

    @Inject
    private transient FieldMessages fieldMessages;

    private long id;
    private PortalQueries.PortalProject project;
    private List<ProblemRow> rows = List.of();
    private Map<String, String> categories = Map.of();
    private String category;
    private String description;
    private String reason;
    private List<RatingRow> ratingRows = List.of();
    private String ratedProcedure;
    private String overall;
    private String efficiency;
    private String guideAccuracy;
    private String convenience;
    private String platform;
    private String ratingComment;

    /**
     * Where a change made from the project's page leads: the page read anew, with the message the change left.
     */
    static String shownAgain(long projectId) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/portal/project?faces-redirect=true&id=" + projectId;
    }

    public void load() throws IOException {
        try {
            project = queries.project(currentUser.enterprise(), id);
        } catch (NoSuchElementException e) {
            pageAccess.projectNotFound(id, "portal/project");
            return;
        }
        categories = problemQueries.categoryChoices();
        reload();
    }

    /** Rates the chosen procedure or the agency service; a 差评 goes to the zone as a 服务整改 problem at once. */
    public void rate() {
        try {
            ratings.rate(currentUser.required(), id, new RatingInput(ratedProcedure, overall, efficiency,
                    guideAccuracy, convenience, platform, ratingComment));
            ratedProcedure = null;
            overall = null;
            efficiency = null;
            guideAccuracy = null;
            convenience = null;
            platform = null;
            ratingComment = null;
            done("portal.ratings.message.rated");
        } catch (InvalidInputException e) {
            fieldMessages.show("rate", e);
        }
    }

    /** Raises the 诉求; the zone's managers are asked to accept it within one working day. */
    public void raise() {
        try {
            problems.raise(currentUser.required(), id, ReadCommand.whole(new ProblemReport(category, description)));
            category = null;
            description = null;
            done("portal.problems.message.raised");
        } catch (InvalidInputException e) {
            fieldMessages.show("raise", e);
        }
    }

    /** The zone's answer solves the 诉求 waiting for the enterprise's word. */
    public void solve() {
        confirm(() -> problemTasks.confirmSolved(currentUser.actor(), answeredStep()),
                "portal.problems.message.solved");
    }

    /** The answer does not solve it: the zone handles it again, with the enterprise's reason. */
    public void reopen() {
        confirm(() -> problemTasks.reopen(currentUser.actor(), answeredStep(), reason),
                "portal.problems.message.reopened");
    }

    /**
     * The 诉求 the zone answered that waits for the enterprise's word, the first of them when several do: they are
     * confirmed one at a time.
     */
    public ProblemRow getAnswered() {
        return rows.stream().filter(row -> row.openStep() != null).findFirst().orElse(null);
    }

    private void confirm(Runnable step, String doneKey) {
        try {
            step.run();
            reason = null;
            done(doneKey);
        } catch (TaskInputException e) {
            FacesContext.getCurrentInstance().validationFailed();
            message(FacesMessage.SEVERITY_ERROR, messages.get("task_page.field." + e.messageKey(), e.detail()));
        } catch (NoSuchElementException | TaskChangedMeanwhileException e) {
            reload();
            message(FacesMessage.SEVERITY_WARN, messages.get("task_page.message.error.gone"));
        }
    }

    private String answeredStep() {
        ProblemRow answered = getAnswered();
        if (answered == null) {
            throw new NoSuchElementException("no answer waits for the enterprise");
        }
        return answered.openStep();
    }

    private void done(String key) {
        reload();
        message(FacesMessage.SEVERITY_INFO, messages.get(key));
    }

    private void reload() {
        rows = problemQueries.ofProject(currentUser.required(), id);
        ratingRows = ratings.ofProject(currentUser.required(), id).stream().map(RatingRow::of).toList();
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    /** What may be rated: the agency service as a whole when there is an agreement, and every closed procedure. */
    public Map<String, String> getRatable() {
        Map<String, String> ratable = new LinkedHashMap<>();
        if (project.agency().agreement() != null) {
            ratable.put(messages.get("portal.ratings.agency"), "");
        }
        project.agency().procedures().stream().filter(procedure -> "CLOSED".equals(procedure.status()))
                .forEach(procedure -> ratable.put(procedure.name(), procedure.code()));
        return ratable;
    }

    public RatingLevel[] getLevels() {
        return RatingLevel.values();
    }

    public List<RatingRow> getRatingRows() {
        return ratingRows;
    }

    public String getRatedProcedure() {
        return ratedProcedure;
    }

    public void setRatedProcedure(String ratedProcedure) {
        this.ratedProcedure = ratedProcedure;
    }

    public String getOverall() {
        return overall;
    }

    public void setOverall(String overall) {
        this.overall = overall;
    }

    public String getEfficiency() {
        return efficiency;
    }

    public void setEfficiency(String efficiency) {
        this.efficiency = efficiency;
    }

    public String getGuideAccuracy() {
        return guideAccuracy;
    }

    public void setGuideAccuracy(String guideAccuracy) {
        this.guideAccuracy = guideAccuracy;
    }

    public String getConvenience() {
        return convenience;
    }

    public void setConvenience(String convenience) {
        this.convenience = convenience;
    }

    public String getPlatform() {
        return platform;
    }

    public void setPlatform(String platform) {
        this.platform = platform;
    }

    public String getRatingComment() {
        return ratingComment;
    }

    public void setRatingComment(String ratingComment) {
        this.ratingComment = ratingComment;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public PortalQueries.PortalProject getProject() {
        return project;
    }

    public List<ProblemRow> getRows() {
        return rows;
    }

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

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
