package cn.zoneflow.domain.model.commitment;

import cn.zoneflow.domain.model.procedure.ProjectProcedure;
import java.util.List;

/**
 * What a project under 承诺制 shows of its commitment: the procedures it covers with where each stands, the
 * commitment once signed (null before), and the credit record if it was broken (null otherwise).
 */
public record CommitmentFile(List<ProjectProcedure> covered, Commitment commitment, CreditRecord creditRecord) {

    public CommitmentFile {
        covered = List.copyOf(covered);
    }

    public long coveredDone() {
        return covered.stream().filter(p -> p.status().isDone()).count();
    }

    /** Whether there is anything to show: procedures under commitment, or a commitment. */
    public boolean isApplicable() {
        return !covered.isEmpty() || commitment != null;
    }
}
