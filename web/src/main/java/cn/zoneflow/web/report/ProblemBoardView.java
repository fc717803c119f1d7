package cn.zoneflow.web.report;

import cn.zoneflow.domain.model.problem.ProblemBoard;
import cn.zoneflow.domain.model.problem.ProblemPlace;
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
 * 问题办理情况: the problems raised in the reader's scope (or a place below it) over the chosen days — each place's
 * and each category's raised, solved, open and overdue, 办结率 and working days to solve — with drill-down to the
 * places below; the workbook is the 问题台账 with every problem.
 */
@Named
@RequestScoped
public class ProblemBoardView {

    private static final String PAGE = "/report/problems.xhtml";

    @Inject
    private ReportRequest request;

    @Inject
    private ProblemExport export;

    @Inject
    private FieldMessages fieldMessages;

    @Inject
    private PageAccess pageAccess;

    private final ReportAddress address = new ReportAddress();
    private ReportPeriodInput period = new ReportPeriodInput();
    private ProblemBoard board;

    public void load() throws IOException {
        try {
            board = request.problems(address.getScope(), address.getFrom(), address.getTo(), address.getAsOf());
            period = ReportPeriodInput.of(board.period());
            FacesContext faces = FacesContext.getCurrentInstance();
            if (WorkbookDownload.asked(faces)) {
                WorkbookDownload.instead(faces, ProblemExport.fileName(board),
                        export.workbook(board, request.problemLedger(board)));
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

    /** The scope's own row first, then each place below it. */
    public List<ProblemPlace> getRows() {
        List<ProblemPlace> rows = new ArrayList<>();
        if (board != null) {
            rows.add(board.total());
            rows.addAll(board.places());
        }
        return rows;
    }

    /** The scope a row opens: a place below, down to a zone with its categories; the scope's own row none. */
    public String drill(ProblemPlace row) {
        return row == board.total() ? null : ReportScopes.written(row.name(), row.scope());
    }

    /** The place a row's figures open the problems of, as an address writes it. */
    public String listScope(ProblemPlace row) {
        return ReportScopes.written(row.name(), row.scope());
    }

    public ProblemBoard getBoard() {
        return board;
    }

    public ReportAddress getAddress() {
        return address;
    }

    public ReportPeriodInput getPeriod() {
        return period;
    }
}
