package cn.zoneflow.domain.model.shared;

/** Reference data that the shared cache holds as read-only was written, so the cache must let go of it. */
public record ReferenceDataChanged(String what) {
}
