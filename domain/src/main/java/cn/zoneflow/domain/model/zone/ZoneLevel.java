package cn.zoneflow.domain.model.zone;

/** Who approved the zone: the State Council (国家级) or the province (省级). */
public enum ZoneLevel {
    NATIONAL,
    PROVINCIAL
}
