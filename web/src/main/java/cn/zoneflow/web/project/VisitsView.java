package cn.zoneflow.web.project;

import cn.zoneflow.domain.application.EnterpriseVisits;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.shared.ReadCommand;
import cn.zoneflow.domain.model.visit.VisitReport;
import cn.zoneflow.web.i18n.FieldMessages;
import cn.zoneflow.web.i18n.Messages;
import cn.zoneflow.web.problem.ProblemsView;
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
 * 入企服务 on a project's page: the visits made to its enterprise, and the form the zone's officers and managers and
 * the project's leader in charge record one with, raising what was asked as a problem when they choose its category. The page has checked the project is the user's to read.
 */
@Named
@ViewScoped
public class VisitsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ProjectQueries queries;

    @Inject
    private transient EnterpriseVisits visits;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient Messages messages;

    @Inject
    private transient FieldMessages fieldMessages;

    @Inject
    private ProblemsView problems;

    private long projectId;
    private List<ProjectQueries.VisitRow> rows = List.of();
    private LocalDate visitedOn;
    private String visitors;
    private String met;
    private String asked;
    private String followUp;
    private String problemCategory;

    /** Reads the visits of the project the page shows; nothing when the page refused it. */
    public void load(ProjectQueries.ProjectPage page) {
        if (page != null) {
            projectId = page.summary().id();
            rows = queries.visitsOf(currentUser.required(), projectId);
        }
    }

    public boolean isRecording() {
        return currentUser.required().role().visitsEnterprises();
    }

    /** Records the visit; the form is emptied for the next one once it is saved. */
    public void record() {
        try {
            visits.record(currentUser.required(), projectId,
                    ReadCommand.whole(new VisitReport(visitedOn, visitors, met, asked, followUp, problemCategory)));
            rows = queries.visitsOf(currentUser.required(), projectId);
            if (problemCategory != null) {
                problems.reload();
            }
            problemCategory = null;
            visitedOn = null;
            visitors = null;
            met = null;
            asked = null;
            followUp = null;
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    messages.get("visits.message.saved"), null));
        } catch (InvalidInputException e) {
            fieldMessages.show("visit", e);
        }
    }

    /** The category what was asked is raised as a problem of; none when the visit raises no problem. */
    public String getProblemCategory() {
        return problemCategory;
    }

    public void setProblemCategory(String problemCategory) {
        this.problemCategory = problemCategory;
    }

    public List<ProjectQueries.VisitRow> getRows() {
        return rows;
    }

    public LocalDate getToday() {
        return ChinaTime.today();
    }

    public LocalDate getVisitedOn() {
        return visitedOn;
    }

    public void setVisitedOn(LocalDate visitedOn) {
        this.visitedOn = visitedOn;
    }

    public String getVisitors() {
        return visitors;
    }

    public void setVisitors(String visitors) {
        this.visitors = visitors;
    }

    public String getMet() {
        return met;
    }

    public void setMet(String met) {
        this.met = met;
    }

    public String getAsked() {
        return asked;
    }

    public void setAsked(String asked) {
        this.asked = asked;
    }

    public String getFollowUp() {
        return followUp;
    }

    public void setFollowUp(String followUp) {
        this.followUp = followUp;
    }
}
