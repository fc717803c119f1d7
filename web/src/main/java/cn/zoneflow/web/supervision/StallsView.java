package cn.zoneflow.web.supervision;

import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.supervision.StallReport;
import cn.zoneflow.web.export.WorkbookDownload;
import cn.zoneflow.web.security.CurrentUser;
import cn.zoneflow.web.security.PageAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.StreamedContent;

/**
 * "三未": the three lists of stalled projects of a supervisor's city or the province — 签而未落, 落而未投, 投而未达 —
 * each counted per zone and listed, the longest over first, with a notice one click away.
 */
@Named
@RequestScoped
public class StallsView {

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PageAccess pageAccess;

    @Inject
    private StallListExport export;

    private List<StallReport> reports;

    public void load() throws IOException {
        if (pageAccess.deniedUnless(OverdueBoardView.SUPERVISOR)) {
            return;
        }
        reports = export.reports(currentUser.required().scope(), ChinaTime.today());
    }

    /** The three lists as an Excel workbook. */
    public StreamedContent getWorkbook() {
        LocalDate today = ChinaTime.today();
        byte[] workbook = export.workbook(currentUser.required().scope(), currentUser.getScopeName(), today);
        return WorkbookDownload.forScreen(StallListExport.fileName(today), workbook);
    }

    public List<StallReport> getReports() {
        return reports;
    }
}
