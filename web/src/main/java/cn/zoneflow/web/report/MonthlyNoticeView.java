package cn.zoneflow.web.report;

import cn.zoneflow.domain.model.report.MonthlyNotice;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.supervision.StallKind;
import cn.zoneflow.domain.model.user.OutsideScopeException;
import cn.zoneflow.web.export.WorkbookDownload;
import cn.zoneflow.web.i18n.FieldMessages;
import cn.zoneflow.web.security.PageAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.primefaces.model.StreamedContent;

/**
 * 月通报: the reader's scope's zones ranked for a month ({@code ?month=YYYY-MM}, bookmarkable), with each zone's
 * procedures, overdue work, open notices and "三未" projects, and the whole notice as a workbook.
 */
@Named
@RequestScoped
public class MonthlyNoticeView {

    private static final String PAGE = "/report/monthly.xhtml";

    @Inject
    private MonthlyNoticeRequest request;

    @Inject
    private MonthlyNoticeExport export;

    @Inject
    private BulletinDraft bulletinDraft;

    @Inject
    private FieldMessages fieldMessages;

    @Inject
    private PageAccess pageAccess;

    private String scope;
    private String month;
    private MonthlyNotice notice;

    public void load() throws IOException {
        try {
            notice = request.read(scope, month);
            month = notice.month().toString();
        } catch (InvalidInputException e) {
            fieldMessages.showOnPage("report_monthly.field.", e);
        } catch (OutsideScopeException e) {
            pageAccess.deny();
        }
    }

    /** Opens the chosen month as a bookmarkable address. */
    public String search() {
        return PAGE + "?faces-redirect=true" + ReportLinks.parameter("month", month)
                + ReportLinks.parameter(ReportScopes.PARAMETER, scope);
    }

    public StreamedContent getWorkbook() {
        MonthlyNotice asked = request.read(scope, month);
        return WorkbookDownload.forScreen(MonthlyNoticeExport.fileName(asked),
                export.workbook(asked, request.problemsOf(scope, asked), request.ratingsOf(scope, asked)));
    }

    /** 起草通报: the month's bulletin drafted as a Word document from the same figures. */
    public StreamedContent getBulletin() {
        BulletinDraft.Facts facts = bulletinDraft.facts(scope, month);
        return WorkbookDownload.forScreen(BulletinDraft.fileName(facts.notice()), BulletinDraft.CONTENT_TYPE,
                bulletinDraft.document(facts));
    }

    public List<StallKind> getStallKinds() {
        return List.of(StallKind.values());
    }

    public MonthlyNotice getNotice() {
        return notice;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }
}
