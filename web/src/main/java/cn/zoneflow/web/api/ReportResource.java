package cn.zoneflow.web.api;

import cn.zoneflow.domain.model.report.MonthlyNotice;
import cn.zoneflow.web.export.SheetWriter;
import cn.zoneflow.web.export.WorkbookDownload;
import cn.zoneflow.web.report.BulletinDraft;
import cn.zoneflow.web.report.MonthlyNoticeExport;
import cn.zoneflow.web.report.MonthlyNoticeRequest;
import cn.zoneflow.web.report.ReportRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The province's figures, computed from the recorded facts; every reader sees their own scope or a part of it. */
@Tag(name = "报表", description = "Overview, follow-up rates and the monthly notice")
@BusinessData
@Path("reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    @Inject
    private ReportRequest request;

    @Inject
    private MonthlyNoticeRequest monthlyNotice;

    @Inject
    private MonthlyNoticeExport monthlyNoticeExport;

    @Inject
    private BulletinDraft bulletinDraft;

    /**
     * 签约项目开工率, 开工项目投产率 and 投产项目达效率 of the projects presented in the activities held from {@code from}
     * to {@code to}, judged by their stage today or on {@code asOf}.
     */
    @Operation(operationId = "getFollowUpRates", summary = "跟踪率（开工率、投产率、达效率）")
    @GET
    @Path("rates")
    public RatesJson rates(@QueryParam("scope") String scope, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("asOf") String asOf) {
        return RatesJson.of(request.rates(scope, from, to, asOf));
    }

    /**
     * 总览 of the activities held from {@code from} to {@code to}, judged on {@code asOf}: stages, procedures,
     * reforms, supervision and rates of the scope and of each place below it, and the rates activity by activity.
     */
    @Operation(operationId = "getOverview", summary = "总览")
    @GET
    @Path("overview")
    public OverviewJson overview(@QueryParam("scope") String scope, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("asOf") String asOf) {
        return OverviewJson.of(request.overview(scope, from, to, asOf));
    }

    /**
     * 月通报 of a month ({@code YYYY-MM}, this month by default): the rates of the year's activities to its end and
     * the scope's zones ranked, as they stood on its last day.
     */
    @Operation(operationId = "getMonthlyNotice", summary = "月通报")
    @GET
    @Path("monthly-notice")
    public MonthlyNoticeJson monthlyNotice(@QueryParam("scope") String scope, @QueryParam("month") String month) {
        return MonthlyNoticeJson.of(monthlyNotice.read(scope, month));
    }

    /**
     * 起草通报: the month's bulletin for the scope drafted as a Word document — the opening figures, the zones ranked,
     * the red-light projects and the "三未" counts, each figure's numerator and denominator in the appendix.
     */
    @Operation(operationId = "draftMonthlyBulletin", summary = "起草通报（docx）")
    @GET
    @Path("monthly-notice/bulletin")
    @Produces(BulletinDraft.CONTENT_TYPE)
    public Response monthlyBulletin(@QueryParam("scope") String scope, @QueryParam("month") String month) {
        BulletinDraft.Facts facts = bulletinDraft.facts(scope, month);
        return WorkbookDownload.forApi(BulletinDraft.fileName(facts.notice()), BulletinDraft.CONTENT_TYPE,
                bulletinDraft.document(facts));
    }

    /** The same monthly notice as a workbook: one sheet per table. */
    @Operation(operationId = "downloadMonthlyNoticeWorkbook", summary = "下载月通报（xlsx）")
    @GET
    @Path("monthly-notice/workbook")
    @Produces(SheetWriter.CONTENT_TYPE)
    public Response monthlyNoticeWorkbook(@QueryParam("scope") String scope, @QueryParam("month") String month) {
        MonthlyNotice notice = monthlyNotice.read(scope, month);
        return WorkbookDownload.forApi(MonthlyNoticeExport.fileName(notice),
                monthlyNoticeExport.workbook(notice, monthlyNotice.problemsOf(scope, notice),
                        monthlyNotice.ratingsOf(scope, notice)));
    }
}
