package cn.zoneflow.web.task;

import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.web.account.ZoneStaff.StaffMember;
import cn.zoneflow.web.account.ZoneStaff;
import cn.zoneflow.workflow.agency.ProcedureTasks;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** 签订代办协议: the officer records the enterprise's agency agreement and names the project's specialist. */
@Named
@ViewScoped
public class SignAgencyAgreementView extends TaskPageView {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of(ProcedureTasks.AGREEMENT_NUMBER, "agreement:number",
            ProcedureTasks.SIGNED_ON, "agreement:signedOn", "specialist", "agreement:specialist");

    @Inject
    private transient ProcedureTasks procedures;

    @Inject
    private transient ZoneStaff staff;

    private List<StaffMember> specialists = List.of();
    private String number;
    private LocalDate signedOn;
    private String specialist;

    @Override
    protected void loaded() {
        specialist = currentUser.required().username();
        specialists = staff.of(getTask().zoneName(), Role.OFFICER);
    }

    public String sign() {
        return complete(() -> procedures.signAgreement(currentUser.actor(), getId(), number,
                signedOn == null ? null : signedOn.toString(), specialist),
                "task_sign_agency_agreement.message.info.signed", FIELDS);
    }

    public List<StaffMember> getSpecialists() {
        return specialists;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public String getSpecialist() {
        return specialist;
    }

    public void setSpecialist(String specialist) {
        this.specialist = specialist;
    }
}
