package cn.zoneflow.domain.model.commitment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Commitments and the credit records of broken ones. */
public interface CommitmentRepository {

    Optional<Commitment> commitmentOf(long projectId);

    Optional<CreditRecord> creditRecordOf(long projectId);

    void add(Commitment commitment);

    void add(CreditRecord record);

    /** The signatures given on line for the project's commitment, the earliest first. */
    List<CommitmentSignature> signaturesOf(long projectId);

    void add(CommitmentSignature signature);

    /** The commitments still being kept ({@link CommitmentStatus#SIGNED}) whose promised date lies in the days. */
    List<Commitment> signedAndDueBetween(LocalDate first, LocalDate last);
}
