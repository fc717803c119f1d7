package cn.zoneflow.web.api;

import cn.zoneflow.domain.application.NoticeOrder;
import cn.zoneflow.domain.application.StallWatch;
import cn.zoneflow.domain.application.SupervisionService;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.shared.InputReader;
import cn.zoneflow.domain.model.shared.InvalidValueException;
import cn.zoneflow.domain.model.shared.ReadCommand;
import cn.zoneflow.domain.model.supervision.StallKind;
import cn.zoneflow.domain.model.supervision.StallReport;
import cn.zoneflow.domain.model.supervision.StalledProject;
import cn.zoneflow.domain.model.supervision.SupervisionNotice;
import cn.zoneflow.web.export.SheetWriter;
import cn.zoneflow.web.export.WorkbookDownload;
import cn.zoneflow.web.security.CurrentUser;
import cn.zoneflow.web.supervision.NoticeListExport;
import cn.zoneflow.web.supervision.StallListExport;
import cn.zoneflow.web.supervision.WeeklyDispatch;
import cn.zoneflow.workflow.supervision.OverdueBoard;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 督办 for the province's systems: the overdue board, the "三未" lists and the notices, supervisors only, limited to their city or
 * the province. A notice is sent as {@code {"projectId", "addressee", "requirement", "deadline"}}.
 */
@Tag(name = "督办", description = "Overdue work, 三未 lists and 督办 notices")
@BusinessData
@Path("supervision")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SupervisionResource {

    static final String SUPERVISOR = "supervisor";
    static final int MAX_NOTICES = 500;

    @Inject
    private NoticeListExport noticeList;

    @Inject
    private OverdueBoard board;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private SupervisionService supervision;

    @Inject
    private StallWatch stalls;

    @Inject
    private WeeklyDispatch dispatch;

    @Inject
    private StallListExport stallList;

    /** A notice: what was asked of whom by when, and the answer. */
    public record NoticeJson(long id, long projectId, String projectCode, String zone, String source, String addressee,
            String requirement, String issuedBy, LocalDate issuedOn, LocalDate deadline, String status,
            String answer, String answeredBy, LocalDate answeredOn, int escalations) {
        static NoticeJson of(SupervisionNotice notice) {
            return new NoticeJson(notice.id(), notice.project().id(), notice.project().code().value(),
                    notice.project().zone().name(), notice.source().name(), notice.addressee(),
                    notice.requirement(), notice.issuedBy(), notice.issuedOn(), notice.deadline(),
                    notice.status().name(), notice.answerText(), notice.answeredBy(), notice.answeredOn(),
                    notice.escalations());
        }
    }

    /** A late task and the city it belongs to. */
    public record LateTaskJson(String city, TaskResource.TaskJson task) {
    }

    /** 周调度: the week's late work, "三未" projects and notices of the caller's scope as one Excel workbook. */
    @Operation(operationId = "downloadWeeklyDispatch", summary = "下载周调度清单（xlsx）")
    @GET
    @Path("weekly-dispatch")
    @Produces(SheetWriter.CONTENT_TYPE)
    public Response weeklyDispatch() {
        requireSupervisor();
        LocalDate today = ChinaTime.today();
        byte[] workbook = dispatch.workbook(currentUser.required().scope(), currentUser.getScopeName(), today);
        return WorkbookDownload.forApi(WeeklyDispatch.fileName(today), workbook);
    }

    /** The three "三未" lists of the caller's scope as one Excel sheet. */
    @Operation(operationId = "downloadStallLists", summary = "下载“三未”项目清单（xlsx）")
    @GET
    @Path("stalls/workbook")
    @Produces(SheetWriter.CONTENT_TYPE)
    public Response stallsWorkbook() {
        requireSupervisor();
        LocalDate today = ChinaTime.today();
        byte[] workbook = stallList.workbook(currentUser.required().scope(), currentUser.getScopeName(), today);
        return WorkbookDownload.forApi(StallListExport.fileName(today), workbook);
    }

    /** The 督办 notices of the caller's scope, open ones first, as one Excel sheet. */
    @Operation(operationId = "downloadNotices", summary = "下载督办通知清单（xlsx）")
    @GET
    @Path("notices/workbook")
    @Produces(SheetWriter.CONTENT_TYPE)
    public Response noticesWorkbook() {
        requireSupervisor();
        LocalDate today = ChinaTime.today();
        byte[] workbook = noticeList.workbook(currentUser.required().scope(), currentUser.getScopeName(), today);
        return WorkbookDownload.forApi(NoticeListExport.fileName(today), workbook);
    }

    @Operation(operationId = "listOverdueWork", summary = "超期及临期事项")
    @GET
    @Path("overdue")
    public List<LateTaskJson> overdue() {
        requireSupervisor();
        return board.lateTasks(currentUser.required().scope()).stream()
                .map(late -> new LateTaskJson(late.city(), TaskResource.TaskJson.of(late.task())))
                .toList();
    }

    /** One "三未" list: its rule, the total, the count per zone and the projects, the longest over first. */
    public record StallJson(String kind, int months, LocalDate today, long total, List<StallReport.ZoneCount> zones,
            List<StalledProject> projects) {
        static StallJson of(StallReport report) {
            return new StallJson(report.kind().name(), report.months(), report.today(), report.total(),
                    report.zones(), report.projects());
        }
    }

    /** The "三未" lists of the caller's scope: all three, or the one {@code kind} names. */
    @Operation(operationId = "listStalledProjects", summary = "“三未”项目清单")
    @GET
    @Path("stalls")
    public List<StallJson> stalls(@QueryParam("kind") String kind) {
        requireSupervisor();
        InputReader reader = new InputReader();
        StallKind only = reader.optional("kind", kind, SupervisionResource::stallKind).orElse(null);
        reader.finish();
        return Arrays.stream(StallKind.values()).filter(each -> only == null || each == only)
                .map(each -> StallJson.of(stalls.report(currentUser.required().scope(), each))).toList();
    }

    private static StallKind stallKind(String text) {
        try {
            return StallKind.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("stallKind.unknown", text);
        }
    }

    @Operation(operationId = "listNotices", summary = "督办通知列表")
    @GET
    @Path("notices")
    public List<NoticeJson> notices() {
        requireSupervisor();
        return supervision.within(currentUser.required().scope(), MAX_NOTICES).stream().map(NoticeJson::of).toList();
    }

    @Operation(operationId = "issueNotice", summary = "下发督办通知")
    @APIResponse(responseCode = "201", description = "Issued", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NoticeJson.class)))
    @POST
    @Path("notices")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response issue(JsonObject body) {
        requireSupervisor();
        InputReader reader = new InputReader();
        Long projectId = reader.required("projectId", JsonFields.text(body, "projectId"), SupervisionResource::id);
        reader.finish();
        NoticeOrder order = new NoticeOrder(JsonFields.text(body, NoticeOrder.TASK_ID),
                JsonFields.text(body, "addressee"), JsonFields.text(body, "requirement"),
                reader.optional("deadline", JsonFields.text(body, "deadline"), InputReader::parseDate).orElse(null));
        SupervisionNotice notice = supervision.issue(currentUser.required().scope(), projectId,
                ReadCommand.of(order, reader), currentUser.required().username());
        return Response.status(Response.Status.CREATED).entity(NoticeJson.of(notice)).build();
    }

    private static Long id(String text) {
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            throw new InvalidValueException("id.format", text);
        }
    }

    private void requireSupervisor() {
        if (!currentUser.hasRole(SUPERVISOR)) {
            throw new ForbiddenException();
        }
    }
}
