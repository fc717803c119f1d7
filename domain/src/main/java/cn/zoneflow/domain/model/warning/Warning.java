package cn.zoneflow.domain.model.warning;

import java.time.LocalDate;

/**
 * A project behind one of its planned dates: how far (whole months past the planned date, 0 while it is not yet
 * passed) and how bad.
 */
public record Warning(WarningKind kind, Light light, LocalDate planned, int monthsLate) {
}
