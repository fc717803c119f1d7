package cn.zoneflow.domain.model.commitment;

import cn.zoneflow.domain.model.procedure.ProjectProcedure;
import java.util.List;
import java.util.Optional;

/**
 * What a project under 承诺制 shows of its commitment: the procedures it covers with where each stands, the
 * commitment once signed (null before), the credit record if it was broken (null otherwise), and the signatures
 * given on line (none when it was signed on paper).
 */
public record CommitmentFile(List<ProjectProcedure> covered, Commitment commitment, CreditRecord creditRecord,
        List<CommitmentSignature> signatures) {

    public CommitmentFile {
        covered = List.copyOf(covered);
        signatures = List.copyOf(signatures);
    }

    public long coveredDone() {
        return covered.stream().filter(p -> p.status().isDone()).count();
    }

    /**
     * The zone's signature given on line while the enterprise's is still to come: then the enterprise signs its credit
     * commitment for the same promised date. Empty before the zone signed, once the enterprise has, and once the
     * zone's signature lapsed.
     */
    public Optional<CommitmentSignature> awaitingEnterprise() {
        if (signatures.stream().anyMatch(signature -> signature.party() == CommitmentParty.ENTERPRISE)) {
            return Optional.empty();
        }
        return signatures.stream().filter(signature -> signature.party() == CommitmentParty.ZONE)
                .filter(CommitmentSignature::stands).findFirst();
    }

    /** Whether there is anything to show: procedures under commitment, or a commitment. */
    public boolean isApplicable() {
        return !covered.isEmpty() || commitment != null || !signatures.isEmpty();
    }
}
