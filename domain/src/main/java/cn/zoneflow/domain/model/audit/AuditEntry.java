package cn.zoneflow.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One line of the audit trail. It is never changed once written: there are no setters, and the application has
 * no path that updates or deletes it. Its hash covers every field and the previous entry's hash.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    public static final String FIRST_PREVIOUS_HASH = "0".repeat(64);
    private static final int DETAIL_MAX_LENGTH = 500;
    private static final int OBJECT_ID_MAX_LENGTH = 100;
    private static final String SEPARATOR = "\u001f";

    @Id
    @Column(name = "sequence_number")
    private long sequenceNumber;

    /** UTC, to the second: what both databases store exactly, so the hash recomputes. */
    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @Column(name = "actor", nullable = false, length = 60)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 40)
    private AuditAction action;

    @Column(name = "object_type", length = 40)
    private String objectType;

    @Column(name = "object_id", length = OBJECT_ID_MAX_LENGTH)
    private String objectId;

    @Column(name = "address", length = 64)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(name = "result", nullable = false, length = 20)
    private AuditResult result;

    @Column(name = "detail", length = DETAIL_MAX_LENGTH)
    private String detail;

    @Column(name = "previous_hash", nullable = false, length = 64)
    private String previousHash;

    @Column(name = "entry_hash", nullable = false, length = 64)
    private String entryHash;

    protected AuditEntry() {
    }

    /** The entry following the one numbered {@code sequenceNumber - 1} whose hash was {@code previousHash}. */
    public AuditEntry(long sequenceNumber, String previousHash, LocalDateTime occurredAt, String actor,
            String address, AuditEvent event) {
        this.sequenceNumber = sequenceNumber;
        this.previousHash = previousHash;
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.SECONDS);
        this.actor = cut(actor, 60);
        this.address = cut(address, 64);
        this.action = event.action();
        this.objectType = cut(event.objectType(), 40);
        this.objectId = cut(event.objectId(), OBJECT_ID_MAX_LENGTH);
        this.result = event.result();
        this.detail = cut(event.detail(), DETAIL_MAX_LENGTH);
        this.entryHash = computeHash();
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    /** The hash this entry's fields and its predecessor's hash give; it differs from the stored one if tampered. */
    public String computeHash() {
        String canonical = Stream.of(String.valueOf(sequenceNumber), previousHash, occurredAt.toString(), actor,
                action.name(), objectType, objectId, address, result.name(), detail)
                .map(field -> field == null ? "" : field)
                .collect(Collectors.joining(SEPARATOR));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public long sequenceNumber() {
        return sequenceNumber;
    }

    public LocalDateTime occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public AuditAction action() {
        return action;
    }

    public String objectType() {
        return objectType;
    }

    public String objectId() {
        return objectId;
    }

    public String address() {
        return address;
    }

    public AuditResult result() {
        return result;
    }

    public String detail() {
        return detail;
    }

    public String previousHash() {
        return previousHash;
    }

    public String entryHash() {
        return entryHash;
    }
}
