package cn.zoneflow.web.report;

/**
 * What a report page's address asks for, as written there ({@code ?scope=city:晋中市&from=2026-01-01&to=&asOf=}):
 * the view parameters, read as text so that the report itself names whatever is written wrongly.
 */
public class ReportAddress {

    private String scope;
    private String from;
    private String to;
    private String asOf;

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getAsOf() {
        return asOf;
    }

    public void setAsOf(String asOf) {
        this.asOf = asOf;
    }
}
