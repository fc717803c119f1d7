package cn.zoneflow.web.project;

import cn.zoneflow.domain.application.CorrectedFacts;
import cn.zoneflow.domain.application.ProjectCorrection;
import cn.zoneflow.domain.model.project.FactChange;
import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.InputReader;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.shared.ReadCommand;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.web.i18n.FieldMessages;
import cn.zoneflow.web.i18n.Messages;
import cn.zoneflow.web.place.IndustryItem;
import cn.zoneflow.web.place.ReferenceLists;
import cn.zoneflow.web.security.CurrentUser;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * 更正项目信息 on the project page: the zone's officers and managers correct the facts it recorded, starting from
 * them as shown, with the reason; a change someone made meanwhile refuses the correction rather than undo theirs.
 */
@Named
@ViewScoped
public class FactsCorrectionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ProjectCorrection correction;

    @Inject
    private transient ReferenceLists references;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient FieldMessages fieldMessages;

    @Inject
    private transient Messages messages;

    private long projectId;
    private long version;
    private String name;
    private String industry;
    private boolean strategicEmerging;
    private boolean industrial;
    private BigDecimal totalInvestment;
    private BigDecimal expectedAnnualOutput;
    private String reason;

    /** Starts from the facts as the page shows them; does nothing for a page that was refused. */
    public void load(ProjectQueries.ProjectPage page) {
        if (page == null) {
            return;
        }
        ProjectSummary project = page.summary();
        projectId = project.id();
        version = project.version();
        name = project.name();
        industry = project.industry();
        strategicEmerging = project.strategicEmerging();
        industrial = project.industrial();
        totalInvestment = project.totalInvestmentWan();
        expectedAnnualOutput = project.expectedAnnualOutputWan();
        reason = null;
    }

    /** Whether the user may correct: the zone's own officers and managers. */
    public boolean isCorrecting() {
        return currentUser.hasRole(Role.OFFICER.roleName()) || currentUser.hasRole(Role.MANAGER.roleName());
    }

    /** Saves the correction and opens the page again with the facts as they now read. */
    public String correct() {
        InputReader reader = new InputReader();
        CorrectedFacts corrected = new CorrectedFacts(version, name, industry, strategicEmerging, industrial,
                reader.convert("totalInvestment", totalInvestment, Amount::ofWan),
                reader.convert("expectedAnnualOutput", expectedAnnualOutput, Amount::ofWan), reason);
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            List<FactChange> changes = correction.correct(currentUser.required().scope(), projectId,
                    ReadCommand.of(corrected, reader), currentUser.required().username());
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, changes.isEmpty()
                    ? messages.get("project_view.correction.message.info.unchanged")
                    : messages.get("project_view.correction.message.info.saved", changes.size()), null));
            return ProjectView.PAGE + "?faces-redirect=true&id=" + projectId;
        } catch (InvalidInputException e) {
            fieldMessages.show("correction", e);
        } catch (OptimisticLockException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    messages.get("project_view.correction.message.warn.changed"), null));
        }
        return null;
    }

    /** A fact as the correction record shows it: 是/否 for a flag, a dash where there was none. */
    public String valueText(String field, String value) {
        if (value == null) {
            return "—";
        }
        boolean flag = "strategicEmerging".equals(field) || "industrial".equals(field);
        return flag ? messages.get(Boolean.parseBoolean(value) ? "project_list.filter.yes" : "project_list.filter.no")
                : value;
    }

    public List<IndustryItem> getIndustries() {
        return references.industries();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }

    public boolean isStrategicEmerging() {
        return strategicEmerging;
    }

    public void setStrategicEmerging(boolean strategicEmerging) {
        this.strategicEmerging = strategicEmerging;
    }

    public boolean isIndustrial() {
        return industrial;
    }

    public void setIndustrial(boolean industrial) {
        this.industrial = industrial;
    }

    public BigDecimal getTotalInvestment() {
        return totalInvestment;
    }

    public void setTotalInvestment(BigDecimal totalInvestment) {
        this.totalInvestment = totalInvestment;
    }

    public BigDecimal getExpectedAnnualOutput() {
        return expectedAnnualOutput;
    }

    public void setExpectedAnnualOutput(BigDecimal expectedAnnualOutput) {
        this.expectedAnnualOutput = expectedAnnualOutput;
    }



    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
