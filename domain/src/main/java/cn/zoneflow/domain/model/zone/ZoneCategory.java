package cn.zoneflow.domain.model.zone;

/** The province counts zones in two categories: 工业类 (industrial) and 农业类示范园区 (agricultural demonstration). */
public enum ZoneCategory {
    INDUSTRIAL,
    AGRICULTURAL
}
