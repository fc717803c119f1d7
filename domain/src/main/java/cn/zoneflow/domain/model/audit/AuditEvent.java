package cn.zoneflow.domain.model.audit;

import java.util.Objects;

/**
 * Something to audit, as the code that saw it describes it: the action, the object (a type such as
 * {@code project} and its id or code), the result and a short detail. Who and from where come from the request.
 */
public record AuditEvent(AuditAction action, String objectType, String objectId, AuditResult result, String detail) {

    public AuditEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(result, "result");
    }

    public static AuditEvent success(AuditAction action, String objectType, Object objectId) {
        return new AuditEvent(action, objectType, objectId == null ? null : objectId.toString(), AuditResult.SUCCESS,
                null);
    }

    /** A change refused because what it concerns lies outside the caller's zone, city or province: probing, or a slip. */
    public static AuditEvent outsideScope(String objectType, String objectId, String detail) {
        return new AuditEvent(AuditAction.ACCESS_DENIED, objectType, objectId, AuditResult.DENIED, detail);
    }

    public AuditEvent withDetail(String text) {
        return new AuditEvent(action, objectType, objectId, result, text);
    }
}
