package cn.zoneflow.domain.model.shared;

import java.time.LocalDate;
import java.time.ZoneId;

/** The province keeps Beijing time: "today", a month and a deadline's end are all reckoned in it. */
public final class ChinaTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ChinaTime() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
