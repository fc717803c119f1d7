package cn.zoneflow.web.project;

import cn.zoneflow.domain.application.ProjectDetails;
import cn.zoneflow.domain.application.ProjectRegistration;
import cn.zoneflow.domain.application.ReserveProject;
import cn.zoneflow.domain.application.SignedProject;
import cn.zoneflow.domain.model.enterprise.CreditCode;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectCode;
import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.InputReader;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.shared.ReadCommand;
import cn.zoneflow.web.i18n.FieldMessages;
import cn.zoneflow.web.i18n.Messages;
import cn.zoneflow.web.place.IndustryItem;
import cn.zoneflow.web.place.ReferenceLists;
import cn.zoneflow.web.place.ZoneItem;
import cn.zoneflow.web.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * 登记签约项目: a zone registers a newly signed project; its lifecycle starts at once. Every wrong field is shown
 * beside it, in the user's language, and nothing is saved until all are right.
 */
@Named
@ViewScoped
public class RegisterProjectView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ProjectRegistration registration;

    @Inject
    private transient ReferenceLists referenceLists;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient Messages messages;

    @Inject
    private FieldMessages fieldMessages;

    private String code;
    private String name;
    private String enterpriseName;
    private String creditCode;
    private String contactPerson;
    private String contactPhone;
    private String zone;
    private String industry;
    private boolean strategicEmerging;
    private boolean industrial = true;
    private boolean fullAgency = true;
    private boolean underCommitment;
    private String landParcelCode;
    private BigDecimal totalInvestment;
    private BigDecimal expectedAnnualOutput;
    private LocalDate plannedStartDate;
    private LocalDate plannedProductionDate;
    private LocalDate plannedEffectiveDate;
    private LocalDate signedOn;
    private List<ZoneItem> zones;
    private List<IndustryItem> industries;

    @PostConstruct
    void init() {
        zones = referenceLists.zonesWithin(currentUser.required().scope());
        industries = referenceLists.industries();
        if (zones.size() == 1) {
            zone = zones.get(0).name();
        }
    }

    public String register() {
        return opened(() -> registration.registerSigned(currentUser.required().scope(), signedProject(),
                currentUser.required().username()), "project_register.message.info.registered");
    }

    /** 入库: the same details as a project not yet signed; the signing day and planned dates are not asked. */
    public String enterReserve() {
        return opened(() -> {
            InputReader reader = new InputReader();
            return registration.registerReserve(currentUser.required().scope(),
                    ReadCommand.of(new ReserveProject(details(reader), contactPerson, contactPhone), reader));
        }, "project_register.message.info.reserved");
    }

    /** Registers, then opens the new project's page saying so; a refusal stays on the form beside its fields. */
    private String opened(Supplier<Project> registering, String confirmationKey) {
        try {
            Project project = registering.get();
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    messages.get(confirmationKey, project.name()), null));
            return "/project/view.xhtml?faces-redirect=true&id=" + project.id();
        } catch (InvalidInputException e) {
            fieldMessages.show("register", e);
            return null;
        }
    }

    /** The form as a command: the numbers and dates JSF converted, the codes read here. */
    private ReadCommand<SignedProject> signedProject() {
        InputReader reader = new InputReader();
        return ReadCommand.of(new SignedProject(details(reader), contactPerson, contactPhone, plannedStartDate,
                plannedProductionDate, plannedEffectiveDate, signedOn), reader);
    }

    private ProjectDetails details(InputReader reader) {
        return new ProjectDetails(
                reader.optional("code", code, ProjectCode::of).orElse(null), name, enterpriseName,
                reader.optional("creditCode", creditCode, CreditCode::of).orElse(null), zone, industry,
                strategicEmerging, industrial,
                reader.convert("totalInvestment", totalInvestment, Amount::ofWan),
                reader.convert("expectedAnnualOutput", expectedAnnualOutput, Amount::ofWan),
                underCommitment, fullAgency, landParcelCode);
    }

    public List<ZoneItem> getZones() {
        return zones;
    }

    public List<IndustryItem> getIndustries() {
        return industries;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEnterpriseName() {
        return enterpriseName;
    }

    public void setEnterpriseName(String enterpriseName) {
        this.enterpriseName = enterpriseName;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public void setContactPerson(String contactPerson) {
        this.contactPerson = contactPerson;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
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

    public boolean isFullAgency() {
        return fullAgency;
    }

    public void setFullAgency(boolean fullAgency) {
        this.fullAgency = fullAgency;
    }

    public boolean isUnderCommitment() {
        return underCommitment;
    }

    public void setUnderCommitment(boolean underCommitment) {
        this.underCommitment = underCommitment;
    }

    public String getLandParcelCode() {
        return landParcelCode;
    }

    public void setLandParcelCode(String landParcelCode) {
        this.landParcelCode = landParcelCode;
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

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }
}
