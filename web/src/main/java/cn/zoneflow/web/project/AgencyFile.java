package cn.zoneflow.web.project;

import cn.zoneflow.domain.model.procedure.AgencyAgreement;
import cn.zoneflow.domain.model.procedure.ProcedureChecklist;
import cn.zoneflow.domain.model.procedure.ProjectProcedure;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A project's 全代办 as its pages show it: the agency agreement, if signed, and the checklist of procedures with
 * where each stands and how many are done (e.g. 7 / 9).
 */
public record AgencyFile(Agreement agreement, List<ProcedureRow> procedures, long done, int total) {

    public record Agreement(String number, LocalDate signedOn, String specialist) {
    }

    public record ProcedureRow(String code, String name, String department, String requiredBefore, String status,
            boolean committed, String handler, LocalDate due, LocalDate completedOn, String approvalNumber,
            int corrections, String correctionReason, boolean takesMaterials) {

        static ProcedureRow of(ProjectProcedure procedure) {
            return new ProcedureRow(procedure.procedure().code(), procedure.procedure().name(),
                    procedure.procedure().department(), procedure.procedure().requiredBefore().name(),
                    procedure.status().name(), procedure.isCommitted(), procedure.handler(), procedure.dueDate(),
                    procedure.completedOn(), procedure.approvalNumber(), procedure.corrections(),
                    procedure.correctionReason(), procedure.takesMaterials());
        }
    }

    public static AgencyFile of(Optional<AgencyAgreement> agreement, ProcedureChecklist checklist) {
        return new AgencyFile(agreement.map(a -> new Agreement(a.number(), a.signedOn(), a.specialist())).orElse(null),
                checklist.procedures().stream().map(ProcedureRow::of).toList(), checklist.done(), checklist.total());
    }

    /** Whether the project is under 全代办: it has an agreement or procedures. */
    public boolean isEntrusted() {
        return agreement != null || !procedures.isEmpty();
    }
}
