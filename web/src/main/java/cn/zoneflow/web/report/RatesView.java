package cn.zoneflow.web.report;

import cn.zoneflow.domain.model.report.FollowUpRateKind;
import cn.zoneflow.domain.model.report.FollowUpReport;
import cn.zoneflow.domain.model.report.PlaceRates;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.user.OutsideScopeException;
import cn.zoneflow.web.export.WorkbookDownload;
import cn.zoneflow.web.i18n.FieldMessages;
import cn.zoneflow.web.security.PageAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
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
    private RatesExport export;

    @Inject
    private ReportRequest request;

    @Inject
    private FieldMessages fieldMessages;

    @Inject
    private PageAccess pageAccess;

    @Inject
    private RateChart chart;

    private final ReportAddress address = new ReportAddress();
    private ReportPeriodInput period = new ReportPeriodInput();
    private FollowUpReport report;

    public void load() throws IOException {
        try {
            report = request.rates(address.getScope(), address.getFrom(), address.getTo(), address.getAsOf());
            period = ReportPeriodInput.of(report.period());
            FacesContext faces = FacesContext.getCurrentInstance();
            if (WorkbookDownload.asked(faces)) {
                WorkbookDownload.instead(faces, RatesExport.fileName(report), export.workbook(report));
            }
        } catch (InvalidInputException e) {
            fieldMessages.showOnPage("report_period.field.", e);
        } catch (OutsideScopeException e) {
            pageAccess.deny();
        }
    }

    /** Opens the figures for the chosen days, keeping the place, as a bookmarkable address. */
    public String search() {
        return PAGE + "?faces-redirect=true" + ReportLinks.parameter(ReportScopes.PARAMETER, address.getScope())
                + period.query();
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

    public String getChartConfig() {
        return chart.config(report);
    }

    public ReportAddress getAddress() {
        return address;
    }

    public ReportPeriodInput getPeriod() {
        return period;
    }
}
