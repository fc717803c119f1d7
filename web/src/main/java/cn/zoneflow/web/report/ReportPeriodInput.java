package cn.zoneflow.web.report;

import cn.zoneflow.domain.model.report.RatePeriod;
import java.time.LocalDate;

/**
 * The period a report page's date pickers hold: the activities from one day to another and the day they are judged
 * on, shown as the figures were computed and written back into the address when the reader asks again.
 */
public class ReportPeriodInput {

    private LocalDate from;
    private LocalDate to;
    private LocalDate asOf;

    static ReportPeriodInput of(RatePeriod period) {
        ReportPeriodInput input = new ReportPeriodInput();
        input.from = period.from();
        input.to = period.to();
        input.asOf = period.asOf();
        return input;
    }

    /** {@code &from=…&to=…&asOf=…} for the days chosen. */
    String query() {
        return ReportLinks.parameter("from", from) + ReportLinks.parameter("to", to)
                + ReportLinks.parameter("asOf", asOf);
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }
}
