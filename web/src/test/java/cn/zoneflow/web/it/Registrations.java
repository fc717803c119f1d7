package cn.zoneflow.web.it;

import cn.zoneflow.domain.application.ProjectDetails;
import cn.zoneflow.domain.application.ProjectRegistration;
import cn.zoneflow.domain.application.SignedProject;
import cn.zoneflow.domain.model.enterprise.CreditCode;
import cn.zoneflow.domain.model.project.ProjectCode;
import cn.zoneflow.domain.model.project.ProjectReforms;
import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.ReadCommand;
import java.time.LocalDate;
import java.util.List;

/** Registrations for tests running inside the server, which call {@link ProjectRegistration} directly. */
final class Registrations {

    private Registrations() {
    }

    /**
     * A registration in 晋中开发区 as the screen or the API hands it over: 新能源, an industrial project of 100 万元, with
     * the reforms given.
     */
    static ReadCommand<SignedProject> signedInJinzhong(String code, String name, String enterpriseName,
            CreditCode creditCode, LocalDate signedOn, ProjectReforms reforms) {
        ProjectDetails details = new ProjectDetails(ProjectCode.of(code), name, enterpriseName, creditCode, "晋中开发区",
                "新能源", false, true, Amount.ofWan("100"), Amount.ofWan("100"), reforms.underCommitment(),
                reforms.fullAgency(), reforms.landParcelCode());
        return new ReadCommand<>(new SignedProject(details, null, null, null, null, null, signedOn), List.of());
    }

    /** The same, planned to start on the day. */
    static ReadCommand<SignedProject> signedInJinzhong(String code, String name, String enterpriseName,
            CreditCode creditCode, LocalDate signedOn, LocalDate plannedStart) {
        SignedProject signed = signedInJinzhong(code, name, enterpriseName, creditCode, signedOn, ProjectReforms.NONE)
                .command();
        return new ReadCommand<>(new SignedProject(signed.details(), null, null, plannedStart, null, null, signedOn),
                List.of());
    }
}
