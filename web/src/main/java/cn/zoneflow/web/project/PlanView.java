package cn.zoneflow.web.project;

import cn.zoneflow.domain.application.ProjectPlans;
import cn.zoneflow.domain.model.plan.PlanChangePendingException;
import cn.zoneflow.domain.model.plan.PlanProposal;
import cn.zoneflow.domain.model.plan.PlanState;
import cn.zoneflow.domain.model.plan.PlanVersion;
import cn.zoneflow.domain.model.plan.YearPlan;
import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.shared.InputReader;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.shared.ReadCommand;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.web.form.KeyedInput;
import cn.zoneflow.web.i18n.FieldMessages;
import cn.zoneflow.web.i18n.Messages;
import cn.zoneflow.web.security.CurrentUser;
import cn.zoneflow.web.security.PageAccess;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.IntStream;

/**
 * 项目计划 of one project: the plan it is judged by, the change waiting for approval and every version; the zone's
 * officers and managers enter the planned dates and one year's monthly investment at a time. What only fills the
 * plan's gaps takes effect at once; a change to an approved value goes to the zone manager with its reason.
 */
@Named
@ViewScoped
public class PlanView implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String PAGE = "/project/plan.xhtml";
    /** How many years ahead of this one a plan can be entered for on this page. */
    private static final int YEARS_AHEAD = 5;

    @Inject
    private transient ProjectPlans plans;

    @Inject
    private transient ProjectQueries queries;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient PageAccess pageAccess;


    @Inject
    private transient FieldMessages fieldMessages;

    @Inject
    private transient Messages messages;

    private long id;
    private ProjectSummary project;
    private PlanSheet sheet;
    private LocalDate plannedStartDate;
    private LocalDate plannedProductionDate;
    private LocalDate plannedEffectiveDate;
    private int year;
    private BigDecimal total;
    private List<KeyedInput<Integer, BigDecimal>> months = new ArrayList<>();
    private String reason;

    public void load() throws IOException {
        try {
            sheet = PlanSheet.of(plans.planOf(currentUser.required().scope(), id));
            project = queries.summaryOfTaskProject(id);
        } catch (NoSuchElementException e) {
            pageAccess.projectNotFound(id, "project/plan");
            return;
        }
        plannedStartDate = sheet.plannedStartDate();
        plannedProductionDate = sheet.plannedProductionDate();
        plannedEffectiveDate = sheet.plannedEffectiveDate();
        year = ChinaTime.today().getYear();
        yearChosen();
    }

    /** Fills the year's inputs from the plan in force: its total and months, or empty for a year not planned. */
    public void yearChosen() {
        PlanSheet.YearRow planned = sheet.year(year).orElse(null);
        total = planned == null ? null : planned.totalWan();
        months = IntStream.rangeClosed(1, YearPlan.MONTHS)
                .mapToObj(month -> new KeyedInput<Integer, BigDecimal>(month,
                        planned == null ? null : planned.monthsWan().get(month - 1)))
                .collect(ArrayList::new, ArrayList::add, ArrayList::addAll);
    }

    /** Whether the user may enter the plan: the zone's officers and managers, while no change waits. */
    public boolean isEntering() {
        return sheet != null && sheet.pending() == null && project != null && project.stage() != Stage.RESERVE
                && (currentUser.hasRole(Role.OFFICER.roleName()) || currentUser.hasRole(Role.MANAGER.roleName()));
    }

    /** Saves the plan and opens the page again with it, saying whether it took effect or waits for approval. */
    public String save() {
        InputReader reader = new InputReader();
        List<YearPlan> years = new ArrayList<>();
        boolean yearEntered = total != null || months.stream().anyMatch(month -> month.getValue() != null);
        if (yearEntered) {
            List<Amount> amounts = months.stream()
                    .map(month -> reader.convert("months", month.getValue(), Amount::ofWan)).toList();
            YearPlan entered = YearPlan.entered(Year.of(year), reader.convert("total", total, Amount::ofWan),
                    amounts, reader);
            if (entered != null) {
                years.add(entered);
            }
        }
        PlanProposal proposal = new PlanProposal(plannedStartDate, plannedProductionDate, plannedEffectiveDate, years,
                reason);
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            PlanVersion version = plans.enter(currentUser.required().scope(), id, ReadCommand.of(proposal, reader),
                    currentUser.required().username());
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get(
                    version.state() == PlanState.APPROVED ? "project_plan.message.info.inForce"
                            : "project_plan.message.info.proposed", version.number()), null));
            return PAGE + "?faces-redirect=true&id=" + id;
        } catch (InvalidInputException e) {
            fieldMessages.show("planForm", e);
        } catch (PlanChangePendingException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    messages.get("project_plan.message.warn.pending", e.pendingVersion()), null));
        }
        return null;
    }

    /** The years a plan can be entered for: from the signing year to a few years ahead. */
    public List<Integer> getYears() {
        int from = project == null || project.signedOn() == null ? ChinaTime.today().getYear()
                : project.signedOn().getYear();
        int to = Math.max(ChinaTime.today().getYear(), from) + YEARS_AHEAD;
        return IntStream.rangeClosed(from, to).boxed().toList();
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public ProjectSummary getProject() {
        return project;
    }

    public PlanSheet getSheet() {
        return sheet;
    }

    public LocalDate getPlannedStartDate() {
        return plannedStartDate;
    }

    public void setPlannedStartDate(LocalDate plannedStartDate) {
        this.plannedStartDate = plannedStartDate;
    }

    public LocalDate getPlannedProductionDate() {
        return plannedProductionDate;
    }

    public void setPlannedProductionDate(LocalDate plannedProductionDate) {
        this.plannedProductionDate = plannedProductionDate;
    }

    public LocalDate getPlannedEffectiveDate() {
        return plannedEffectiveDate;
    }

    public void setPlannedEffectiveDate(LocalDate plannedEffectiveDate) {
        this.plannedEffectiveDate = plannedEffectiveDate;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public void setTotal(BigDecimal total) {
        this.total = total;
    }

    public List<KeyedInput<Integer, BigDecimal>> getMonths() {
        return months;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
