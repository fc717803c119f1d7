package cn.zoneflow.web.problem;

import cn.zoneflow.domain.application.ProjectProblems;
import cn.zoneflow.domain.model.problem.ReturnVisitReport;
import cn.zoneflow.domain.model.problem.ReturnVisitWay;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.shared.ReadCommand;
import cn.zoneflow.web.i18n.FieldMessages;
import cn.zoneflow.web.i18n.Messages;
import cn.zoneflow.web.rating.RatingsView;
import cn.zoneflow.web.security.CurrentUser;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * 差评回访 on a project's page: the form the zone's officers and managers record a return visit to the enterprise
 * with, for one of the project's 服务整改 problems; the problems and the ratings shown are read again once it is saved.
 */
@Named
@ViewScoped
public class ReturnVisitForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ProjectProblems problems;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient Messages messages;

    @Inject
    private transient FieldMessages fieldMessages;

    @Inject
    private ProblemsView problemsView;

    @Inject
    private RatingsView ratingsView;

    private Long problem;
    private LocalDate visitedOn;
    private ReturnVisitWay way;
    private String visited;
    private String finding;

    /** The form shows for the zone's officers and managers once the project has a 差评 to visit back. */
    public boolean isShown() {
        return currentUser.required().role().returnsVisits() && !getRectifications().isEmpty();
    }

    /** The project's 服务整改 problems, open or solved: a 回访 may follow the rectification. */
    public List<ProblemRow> getRectifications() {
        return problemsView.getRows().stream().filter(ProblemRow::rectifiesBadRating).toList();
    }

    public void record() {
        if (problem == null) {
            FacesContext.getCurrentInstance().validationFailed();
            FacesContext.getCurrentInstance().addMessage("returnVisit:problem", new FacesMessage(
                    FacesMessage.SEVERITY_ERROR, messages.get("problems.note.choose"), null));
            return;
        }
        try {
            problems.recordReturnVisit(currentUser.required(), problem,
                    ReadCommand.whole(new ReturnVisitReport(visitedOn, way, visited, finding)));
            problem = null;
            visitedOn = null;
            way = null;
            visited = null;
            finding = null;
            problemsView.reload();
            ratingsView.reload();
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    messages.get("problems.message.returnVisited"), null));
        } catch (InvalidInputException e) {
            fieldMessages.show("returnVisit", e);
        }
    }

    public ReturnVisitWay[] getWays() {
        return ReturnVisitWay.values();
    }

    public LocalDate getToday() {
        return ChinaTime.today();
    }

    public Long getProblem() {
        return problem;
    }

    public void setProblem(Long problem) {
        this.problem = problem;
    }

    public LocalDate getVisitedOn() {
        return visitedOn;
    }

    public void setVisitedOn(LocalDate visitedOn) {
        this.visitedOn = visitedOn;
    }

    public ReturnVisitWay getWay() {
        return way;
    }

    public void setWay(ReturnVisitWay way) {
        this.way = way;
    }

    public String getVisited() {
        return visited;
    }

    public void setVisited(String visited) {
        this.visited = visited;
    }

    public String getFinding() {
        return finding;
    }

    public void setFinding(String finding) {
        this.finding = finding;
    }
}
