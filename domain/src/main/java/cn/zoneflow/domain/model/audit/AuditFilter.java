package cn.zoneflow.domain.model.audit;

import cn.zoneflow.domain.model.shared.Keyword;
import java.time.LocalDateTime;

/**
 * What an auditor searches the trail for; a null criterion does not narrow. Times are UTC. The keyword is looked
 * for in who acted, on what and in the entry's detail.
 */
public record AuditFilter(String actor, AuditAction action, AuditResult result, String objectId,
        LocalDateTime from, LocalDateTime to, Keyword keyword) {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null);

    public AuditFilter(String actor, AuditAction action, AuditResult result, String objectId, LocalDateTime from,
            LocalDateTime to) {
        this(actor, action, result, objectId, from, to, null);
    }
}
