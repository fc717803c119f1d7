package cn.zoneflow.domain.model.audit;

import cn.zoneflow.domain.model.shared.Page;
import java.util.function.Consumer;

/** The stored trail: appending under the chain's lock, searching, and reading it in order to verify it. */
public interface AuditRepository {

    /** The chain's head, locked for writing until the transaction ends. */
    AuditChainHead lockedHead();

    void add(AuditEntry entry);

    /** Matching entries, the newest first. */
    Page<AuditEntry> search(AuditFilter filter, int page, int size);

    /**
     * Every entry up to the given number, in chain order, handed over in batches so the trail never sits in memory
     * as a whole.
     */
    void forEachInOrder(long upTo, Consumer<AuditEntry> visitor);

    /** The head as it stands, unlocked. */
    AuditChainHead head();
}
