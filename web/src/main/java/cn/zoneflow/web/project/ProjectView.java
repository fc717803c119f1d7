package cn.zoneflow.web.project;

import cn.zoneflow.domain.application.AssignmentChange;
import cn.zoneflow.domain.application.ProjectAssignment;
import cn.zoneflow.domain.application.ReserveCriteriaChange;
import cn.zoneflow.domain.application.ReserveLibrary;
import cn.zoneflow.domain.model.project.ReserveCriterion;
import cn.zoneflow.domain.model.project.ReserveTier;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.shared.ReadCommand;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.web.i18n.FieldMessages;
import cn.zoneflow.web.i18n.Messages;
import cn.zoneflow.web.security.CurrentUser;
import cn.zoneflow.web.security.PageAccess;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A project's page: its facts, the stage timeline with dates and approvers, and the "三个一批" activities it was
 * presented in; the zone's managers name its leader in charge and grade it while in reserve. A project outside the
 * user's scope does not exist for them (404).
 */
@Named
@ViewScoped
public class ProjectView implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String PAGE = "/project/view.xhtml";

    @Inject
    private transient ProjectQueries queries;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient PageAccess pageAccess;


    @Inject
    private transient ProjectAssignment assignment;

    @Inject
    private transient Messages messages;

    @Inject
    private transient FieldMessages fieldMessages;

    private long id;
    private ProjectQueries.ProjectPage page;
    private String leaderInCharge;
    private String leaderAccount;
    private List<ProjectQueries.LeaderChoice> leaders = List.of();
    private ReserveTier reserveTier;
    private List<String> criteriaMet = new ArrayList<>();

    @Inject
    private transient ReserveLibrary reserveLibrary;

    public void load() throws IOException {
        try {
            page = queries.project(currentUser.required().scope(), id);
            leaderInCharge = page.summary().leaderInCharge();
            leaderAccount = page.summary().leaderAccount();
            reserveTier = page.summary().reserveTier();
            criteriaMet = criteriaMetOf(page);
            if (isAssigning()) {
                leaders = queries.leadersOver(currentUser.required().scope(), id);
            }
        } catch (NoSuchElementException e) {
            pageAccess.projectNotFound(id, "project/view");
        }
    }

    /** Whether the user may put a leader in charge and grade the reserve: the zone's managers. */
    public boolean isAssigning() {
        return currentUser.hasRole(Role.MANAGER.roleName());
    }

    /** Saves the leader and tier against the version this page showed; a change made meanwhile is refused. */
    public void assign() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            assignment.assign(currentUser.required().scope(), id, ReadCommand.whole(
                    new AssignmentChange(page.summary().version(), leaderAccount == null ? leaderInCharge : null,
                            leaderAccount, reserveTier)),
                    currentUser.required().username());
            page = queries.project(currentUser.required().scope(), id);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    messages.get("project_view.assignment.message.info.saved"), null));
        } catch (InvalidInputException e) {
            fieldMessages.show("assignment", e);
        } catch (OptimisticLockException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    messages.get("project_view.assignment.message.warn.changed"), null));
        }
    }

    /** Whether the user may confirm reserve criteria: the zone's officers and managers, while the project is in reserve. */
    public boolean isConfirming() {
        return page != null && page.summary().stage() == Stage.RESERVE
                && (currentUser.hasRole(Role.OFFICER.roleName()) || currentUser.hasRole(Role.MANAGER.roleName()));
    }

    /** Saves the criteria ticked against the version this page showed. */
    public void confirmCriteria() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            Set<ReserveCriterion> ticked = EnumSet.noneOf(ReserveCriterion.class);
            criteriaMet.forEach(name -> ticked.add(ReserveCriterion.valueOf(name)));
            reserveLibrary.confirmCriteria(currentUser.required().scope(), id, ReadCommand.whole(
                    new ReserveCriteriaChange(page.summary().version(), ticked)), currentUser.required().username());
            page = queries.project(currentUser.required().scope(), id);
            criteriaMet = criteriaMetOf(page);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    messages.get("project_view.reserve.message.saved"), null));
        } catch (InvalidInputException e) {
            fieldMessages.show("reserveCriteria", e);
        } catch (OptimisticLockException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    messages.get("project_view.assignment.message.warn.changed"), null));
        }
    }

    private static List<String> criteriaMetOf(ProjectQueries.ProjectPage page) {
        return page.reserve() == null ? new ArrayList<>() : page.reserve().criteria().stream()
                .filter(ReserveFile.CriterionRow::met).map(row -> row.criterion().name())
                .collect(Collectors.toCollection(ArrayList::new));
    }

    public List<ReserveCriterion> getCriteria() {
        return List.of(ReserveCriterion.values());
    }

    public List<String> getCriteriaMet() {
        return criteriaMet;
    }

    public void setCriteriaMet(List<String> criteriaMet) {
        this.criteriaMet = criteriaMet;
    }

    public List<ReserveTier> getReserveTiers() {
        return List.of(ReserveTier.values());
    }

    public String getLeaderInCharge() {
        return leaderInCharge;
    }

    public void setLeaderInCharge(String leaderInCharge) {
        this.leaderInCharge = leaderInCharge;
    }

    public String getLeaderAccount() {
        return leaderAccount;
    }

    public void setLeaderAccount(String leaderAccount) {
        this.leaderAccount = leaderAccount;
    }

    /** The leaders' accounts the manager may choose from. */
    public List<ProjectQueries.LeaderChoice> getLeaders() {
        return leaders;
    }

    public ReserveTier getReserveTier() {
        return reserveTier;
    }

    public void setReserveTier(ReserveTier reserveTier) {
        this.reserveTier = reserveTier;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public ProjectQueries.ProjectPage getPage() {
        return page;
    }
}
