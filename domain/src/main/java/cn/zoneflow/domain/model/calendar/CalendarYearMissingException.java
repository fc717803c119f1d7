package cn.zoneflow.domain.model.calendar;

/** A date falls in a year whose official holiday calendar nobody has entered yet. */
public class CalendarYearMissingException extends RuntimeException {

    private final int year;

    public CalendarYearMissingException(int year) {
        super("no working-day calendar for " + year + ": an administrator must enter the State Council's notice");
        this.year = year;
    }

    public int year() {
        return year;
    }
}
