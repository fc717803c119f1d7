package cn.zoneflow.domain.model.commitment;

import java.util.Optional;

/** Commitments and the credit records of broken ones. */
public interface CommitmentRepository {

    Optional<Commitment> commitmentOf(long projectId);

    Optional<CreditRecord> creditRecordOf(long projectId);

    void add(Commitment commitment);

    void add(CreditRecord record);
}
