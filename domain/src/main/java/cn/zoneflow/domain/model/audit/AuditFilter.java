package cn.zoneflow.domain.model.audit;

import java.time.LocalDateTime;

/** What an auditor searches the trail for; a null criterion does not narrow. Times are UTC. */
public record AuditFilter(String actor, AuditAction action, AuditResult result, String objectId,
        LocalDateTime from, LocalDateTime to) {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null);
}
