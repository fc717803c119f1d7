package cn.zoneflow.web.admin;

import cn.zoneflow.domain.application.ProcedureAdministration;
import cn.zoneflow.domain.model.procedure.Procedure;
import cn.zoneflow.domain.model.procedure.ProcedureTermsInput;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.web.i18n.FieldMessages;
import cn.zoneflow.web.i18n.Messages;
import cn.zoneflow.web.security.CurrentUser;
import cn.zoneflow.web.security.PageAccess;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * 手续目录: the system administrator sees every procedure with its department, statutory limit, the stage it is
 * needed before and the reforms that apply to it, and changes an entry's terms when the rules change.
 */
@Named
@ViewScoped
public class ProcedureCatalogueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ProcedureAdministration administration;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient PageAccess pageAccess;

    @Inject
    private transient FieldMessages fieldMessages;

    @Inject
    private transient Messages messages;

    /** The entry being changed, the version it was read at, and its terms as typed. */
    private String selected;
    /** The name the procedure had when opened, which heads the form while its name is being changed. */
    private String selectedName;
    private long version;
    private String name;
    private String department;
    private String statutoryDays;
    private boolean commitmentEligible;
    private boolean coveredByRegionalAssessment;

    private transient List<Procedure> catalogue;

    public void load() throws IOException {
        pageAccess.deniedUnless(Role.ADMIN.roleName());
    }

    public List<Procedure> getCatalogue() {
        if (catalogue == null) {
            catalogue = administration.catalogue(currentUser.required());
        }
        return catalogue;
    }

    public void select(Procedure entry) {
        selected = entry.code();
        selectedName = entry.name();
        version = entry.version();
        name = entry.name();
        department = entry.department();
        statutoryDays = String.valueOf(entry.statutoryDays());
        commitmentEligible = entry.isCommitmentEligible();
        coveredByRegionalAssessment = entry.isCoveredByRegionalAssessment();
    }

    public void save() {
        try {
            administration.change(currentUser.required(), selected, version, new ProcedureTermsInput(name, department,
                    statutoryDays, String.valueOf(commitmentEligible), String.valueOf(coveredByRegionalAssessment)));
        } catch (InvalidInputException e) {
            fieldMessages.show("edit", e);
            return;
        } catch (OptimisticLockException e) {
            catalogue = null;
            selected = null;
            messages.tell(FacesMessage.SEVERITY_WARN, "admin_procedures.message.conflict", name);
            return;
        }
        catalogue = null;
        messages.tell(FacesMessage.SEVERITY_INFO, "admin_procedures.message.saved", name);
        selected = null;
    }

    /** Closes the form without saving. */
    public void cancel() {
        selected = null;
    }

    public String getSelected() {
        return selected;
    }

    public String getSelectedName() {
        return selectedName;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getStatutoryDays() {
        return statutoryDays;
    }

    public void setStatutoryDays(String statutoryDays) {
        this.statutoryDays = statutoryDays;
    }

    public boolean isCommitmentEligible() {
        return commitmentEligible;
    }

    public void setCommitmentEligible(boolean commitmentEligible) {
        this.commitmentEligible = commitmentEligible;
    }

    public boolean isCoveredByRegionalAssessment() {
        return coveredByRegionalAssessment;
    }

    public void setCoveredByRegionalAssessment(boolean coveredByRegionalAssessment) {
        this.coveredByRegionalAssessment = coveredByRegionalAssessment;
    }
}
