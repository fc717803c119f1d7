package cn.zoneflow.web.api;

import cn.zoneflow.domain.model.problem.ProblemBoard;
import cn.zoneflow.web.export.SheetWriter;
import cn.zoneflow.web.export.WorkbookDownload;
import cn.zoneflow.web.report.ProblemExport;
import cn.zoneflow.web.report.ReportRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 问题办理情况 of a scope over a period, and its 问题台账 as a workbook. */
@Tag(name = "问题清单", description = "Problems that block projects, solved on a deadline (接诉即办)")
@BusinessData
@Path("reports/problems")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Transactional(Transactional.TxType.SUPPORTS)
public class ProblemReportResource {

    @Inject
    private ReportRequest request;

    @Inject
    private ProblemExport export;

    /** The problems raised in {@code scope} (the reader's own by default) from {@code from} to {@code to}. */
    @Operation(operationId = "getProblemFigures", summary = "问题办理情况")
    @GET
    public ProblemBoardJson board(@QueryParam("scope") String scope, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return ProblemBoardJson.of(request.problems(scope, from, to, null));
    }

    /** 问题台账: every problem raised in the period with its unit, deadline and state, then the figures. */
    @Operation(operationId = "downloadProblemLedger", summary = "下载问题台账（xlsx）")
    @GET
    @Path("workbook")
    @Produces(SheetWriter.CONTENT_TYPE)
    public Response workbook(@QueryParam("scope") String scope, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        ProblemBoard board = request.problems(scope, from, to, null);
        return WorkbookDownload.forApi(ProblemExport.fileName(board),
                export.workbook(board, request.problemLedger(board)));
    }
}
