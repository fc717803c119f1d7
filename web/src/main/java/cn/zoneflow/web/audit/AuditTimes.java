package cn.zoneflow.web.audit;

import cn.zoneflow.domain.model.shared.ChinaTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** The trail keeps UTC; people read it and ask for days in Beijing time. */
public final class AuditTimes {

    private AuditTimes() {
    }

    public static LocalDateTime beijing(LocalDateTime utc) {
        return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(ChinaTime.ZONE).toLocalDateTime();
    }

    /** The UTC moment a Beijing day starts; null for no day. */
    public static LocalDateTime startOf(LocalDate day) {
        return day == null ? null
                : day.atStartOfDay(ChinaTime.ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }
}
