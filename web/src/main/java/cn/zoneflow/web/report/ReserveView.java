package cn.zoneflow.web.report;

import cn.zoneflow.domain.model.project.ReserveCriterion;
import cn.zoneflow.domain.model.project.ReserveTier;
import cn.zoneflow.domain.model.reserve.ReserveBook;
import cn.zoneflow.domain.model.reserve.ReservePlace;
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
import java.util.ArrayList;
import java.util.List;

/**
 * 储备库: the reserve library of the reader's scope (or a place below it) — each place's projects and investment per
 * tier, the conversion into signed projects over the chosen days — and every project in it; the workbook is the
 * 储备项目册.
 */
@Named
@RequestScoped
public class ReserveView {

    private static final String PAGE = "/report/reserve.xhtml";

    @Inject
    private ReportRequest request;

    @Inject
    private ReserveExport export;

    @Inject
    private FieldMessages fieldMessages;

    @Inject
    private PageAccess pageAccess;

    private final ReportAddress address = new ReportAddress();
    private ReportPeriodInput period = new ReportPeriodInput();
    private ReserveBook book;

    public void load() throws IOException {
        try {
            book = request.reserve(address.getScope(), address.getFrom(), address.getTo(), address.getAsOf());
            period = ReportPeriodInput.of(book.period());
            FacesContext faces = FacesContext.getCurrentInstance();
            if (WorkbookDownload.asked(faces)) {
                WorkbookDownload.instead(faces, ReserveExport.fileName(book), export.workbook(book));
            }
        } catch (InvalidInputException e) {
            fieldMessages.showOnPage("report_period.field.", e);
        } catch (OutsideScopeException e) {
            pageAccess.deny();
        }
    }

    /** Opens the library for the chosen days, keeping the place, as a bookmarkable address. */
    public String search() {
        return PAGE + "?faces-redirect=true" + ReportLinks.parameter(ReportScopes.PARAMETER, address.getScope())
                + period.query();
    }

    /** The scope's own row first, then each place below it. */
    public List<ReservePlace> getRows() {
        List<ReservePlace> rows = new ArrayList<>();
        if (book != null) {
            rows.add(book.total());
            rows.addAll(book.places());
        }
        return rows;
    }

    /** The scope a row opens: a place below is drilled into; the scope's own row and a zone open nothing more. */
    public String drill(ReservePlace row) {
        return row == book.total() || row.scope().isOneZone() ? null : ReportScopes.written(row.name(), row.scope());
    }

    public List<ReserveTier> getTiers() {
        return List.of(ReserveTier.values());
    }

    public List<ReserveCriterion> getCriteria() {
        return List.of(ReserveCriterion.values());
    }

    public ReserveBook getBook() {
        return book;
    }

    public ReportAddress getAddress() {
        return address;
    }

    public ReportPeriodInput getPeriod() {
        return period;
    }
}
