package cn.zoneflow.web.api;

import cn.zoneflow.domain.model.problem.ProblemBoard;
import cn.zoneflow.domain.model.problem.ProblemListing;
import cn.zoneflow.domain.model.problem.ProjectProblem;
import cn.zoneflow.web.export.SheetWriter;
import cn.zoneflow.web.export.WorkbookDownload;
import cn.zoneflow.web.report.ProblemExport;
import cn.zoneflow.web.report.ReportRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
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

    /**
     * One problem behind a figure: its project and zone, category, description, unit, deadline (马上办 when due the
     * same day), level, status, the days raised and solved, and whether it is open past its deadline on the day the
     * figures count to.
     */
    public record ProblemLineJson(long id, long projectId, String projectCode, String projectName, String zone,
            String category, String description, String responsible, LocalDate deadline, boolean immediate,
            String level, String status, LocalDate raisedOn, LocalDate solvedOn, boolean overdue) {

        static ProblemLineJson of(ProjectProblem problem, LocalDate asOf) {
            return new ProblemLineJson(problem.id(), problem.project().id(), problem.project().code().value(),
                    problem.project().name(), problem.project().zone().name(), problem.category().code(),
                    problem.description(), problem.responsible(), problem.deadline(), problem.isImmediate(),
                    problem.level().name(), problem.status().name(), problem.raisedOn(), problem.solvedOn(),
                    problem.isOverdueOn(asOf));
        }
    }

    /**
     * The problems behind one figure of the board: raised in {@code scope} from {@code from} to {@code to}, of one
     * {@code category} (a code; all when absent), in {@code state} — {@code raised} (the default), {@code solved} by
     * the period's end, {@code open} then, or {@code overdue} today — the latest raised first.
     */
    @Operation(operationId = "listProblemsBehindAFigure", summary = "问题办理情况中某项数字对应的问题")
    @GET
    @Path("list")
    public PageJson<ProblemLineJson> list(@QueryParam("scope") String scope, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("category") String category,
            @QueryParam(ReportRequest.PROBLEM_STATE) String state, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        ProblemListing listing = request.problemList(scope, from, to, null, category, state, page, size);
        return PageJson.of(listing.problems().map(problem -> ProblemLineJson.of(problem,
                listing.selection().asOf())));
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
