package cn.zoneflow.web.report;

import cn.zoneflow.domain.model.report.FollowUpRateKind;
import cn.zoneflow.domain.model.report.FollowUpReport;
import cn.zoneflow.domain.model.report.PlaceRates;
import cn.zoneflow.domain.model.report.Ratio;
import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.user.OutsideScopeException;
import cn.zoneflow.web.i18n.FieldMessages;
import cn.zoneflow.web.i18n.Messages;
import cn.zoneflow.web.security.PageAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * 跟踪率: the three follow-up rates of the reader's scope, or of a city or zone within it, for the activities of a
 * period, each by count and by investment with its numerator and denominator, and the same per city (or zone)
 * beside a chart. Everything is in the address, so a bookmark or a link in a notice opens the same figures.
 */
@Named
@RequestScoped
public class RatesView {

    private static final String PAGE = "/report/rates.xhtml";

    @Inject
    private FollowUpRatesRequest request;

    @Inject
    private Messages messages;

    @Inject
    private FieldMessages fieldMessages;

    @Inject
    private PageAccess pageAccess;

    @Inject
    private RateChart chart;

    private String scope;
    private String from;
    private String to;
    private String asOf;
    private LocalDate fromDate;
    private LocalDate toDate;
    private LocalDate asOfDate;
    private FollowUpReport report;

    public void load() throws IOException {
        try {
            report = request.read(scope, from, to, asOf);
            fromDate = report.period().from();
            toDate = report.period().to();
            asOfDate = report.period().asOf();
        } catch (InvalidInputException e) {
            fieldMessages.showOnPage("report_rates.field.", e);
        } catch (OutsideScopeException e) {
            pageAccess.deny();
        }
    }

    /** Opens the figures for the chosen days, keeping the place, as a bookmarkable address. */
    public String search() {
        return PAGE + "?faces-redirect=true" + ReportLinks.parameter(ReportScopes.PARAMETER, scope)
                + ReportLinks.parameter("from", fromDate) + ReportLinks.parameter("to", toDate)
                + ReportLinks.parameter("asOf", asOfDate);
    }

    public FollowUpReport getReport() {
        return report;
    }

    public List<FollowUpRateKind> getKinds() {
        return List.of(FollowUpRateKind.values());
    }

    /** The scope to write in a link that opens the place's own figures. */
    public String scopeOf(PlaceRates place) {
        return ReportScopes.written(place);
    }

    public String counts(Ratio ratio) {
        return messages.get("report_rates.counts", ratio.numerator().toPlainString(),
                ratio.denominator().toPlainString());
    }

    public String investments(Ratio ratio) {
        return messages.get("report_rates.investments", Amount.ofWan(ratio.numerator()).inYi().toPlainString(),
                Amount.ofWan(ratio.denominator()).inYi().toPlainString());
    }

    public String getChartConfig() {
        return chart.config(report);
    }

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

    public LocalDate getFromDate() {
        return fromDate;
    }

    public void setFromDate(LocalDate fromDate) {
        this.fromDate = fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }

    public void setToDate(LocalDate toDate) {
        this.toDate = toDate;
    }

    public LocalDate getAsOfDate() {
        return asOfDate;
    }

    public void setAsOfDate(LocalDate asOfDate) {
        this.asOfDate = asOfDate;
    }
}
