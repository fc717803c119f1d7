package cn.zoneflow.domain.model.procedure;

import cn.zoneflow.domain.model.shared.Stage;
import java.util.List;

/**
 * A project's procedures as its page and the agency follow them: each with its status, and how many are done
 * (closed or waived) out of all, e.g. 7 of 9.
 */
public record ProcedureChecklist(List<ProjectProcedure> procedures) {

    public ProcedureChecklist {
        procedures = List.copyOf(procedures);
    }

    public long done() {
        return procedures.stream().filter(p -> p.status().isDone()).count();
    }

    public int total() {
        return procedures.size();
    }

    /**
     * The procedures that keep the project from moving to the given stage: neither done nor covered by the signed
     * commitment.
     */
    public List<ProjectProcedure> holdingBack(Stage next, boolean commitmentSigned) {
        return procedures.stream().filter(p -> p.holdsBack(next, commitmentSigned)).toList();
    }

    /** The procedures required before the stage that the officers still have to handle (all but the waived). */
    public List<ProjectProcedure> toHandleBefore(Stage stage) {
        return procedures.stream()
                .filter(p -> p.procedure().requiredBefore() == stage && p.status() != ProcedureStatus.WAIVED)
                .toList();
    }
}
