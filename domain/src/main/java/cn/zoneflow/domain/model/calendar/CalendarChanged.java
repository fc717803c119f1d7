package cn.zoneflow.domain.model.calendar;

/** The working-day calendar was changed; deadlines computed from now on must read it again. */
public record CalendarChanged(int year) {
}
