package cn.zoneflow.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * The end of the chain: the last entry's number and hash. Appending reads it under a write lock and moves it on,
 * so two appends never take the same number; verification compares it with the last entry, so removing the
 * newest entries is found too.
 */
@Entity
@Table(name = "audit_chain")
public class AuditChainHead {

    public static final int ID = 1;

    @Id
    @Column(name = "id")
    private int id;

    @Column(name = "last_sequence_number", nullable = false)
    private long lastSequenceNumber;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditChainHead() {
    }

    /** Chains a new entry after the last one and moves the head to it. */
    public AuditEntry append(LocalDateTime occurredAt, String actor, String address, AuditEvent event) {
        AuditEntry entry = new AuditEntry(lastSequenceNumber + 1, lastHash, occurredAt, actor, address, event);
        lastSequenceNumber = entry.sequenceNumber();
        lastHash = entry.entryHash();
        return entry;
    }

    public long lastSequenceNumber() {
        return lastSequenceNumber;
    }

    public String lastHash() {
        return lastHash;
    }
}
