package cn.zoneflow.domain.model.audit;

/** Who is acting and from which address, as the request being served knows it. */
public interface AuditContext {

    String actor();

    String address();
}
