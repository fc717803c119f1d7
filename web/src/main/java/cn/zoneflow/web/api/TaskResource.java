package cn.zoneflow.web.api;

import cn.zoneflow.domain.model.calendar.DueState;
import cn.zoneflow.domain.model.shared.InputReader;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.shared.InvalidValueException;
import cn.zoneflow.domain.model.shared.Keyword;
import cn.zoneflow.domain.model.task.TaskSort;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.web.place.PlaceNames;
import cn.zoneflow.web.security.CurrentUser;
import cn.zoneflow.workflow.task.StepForm;
import cn.zoneflow.workflow.task.StepHomes;
import cn.zoneflow.workflow.task.TaskClaims;
import cn.zoneflow.workflow.task.TaskCompletion;
import cn.zoneflow.workflow.task.TaskFilter;
import cn.zoneflow.workflow.task.TaskHandover;
import cn.zoneflow.workflow.task.TaskInbox;
import cn.zoneflow.workflow.task.TaskPage;
import cn.zoneflow.workflow.task.TaskSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's tasks for integrations: their own and the unclaimed ones of their groups; claim, give back and
 * complete, validated exactly like the screens. Another zone's task id answers 404. A leader in charge has the
 * confirmations of the problems they raised (确认办理结果), and nothing else.
 */
@Tag(name = "任务", description = "The caller's tasks: claim, unclaim, complete")
@BusinessData(alsoFor = Role.LEADER)
@Path("tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

    @Inject
    private TaskInbox inbox;

    @Inject
    private TaskClaims claims;

    @Inject
    private TaskCompletion completion;

    @Inject
    private StepHomes stepHomes;

    @Inject
    private TaskHandover handover;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PlaceNames places;

    /**
     * A task in a list; {@code due} is the last day (ISO-8601), {@code dueState} normal, near or overdue, and
     * {@code daysLeft} the working days to it, negative when overdue; {@code deadlineAwaitsYear} the year whose holiday
     * notice a deadline not yet counted waits for; {@code fromGroup} whether it was offered to a
     * group, which its assignee can give it back to, rather than given to them by name; {@code returned} whether a
     * stage-move request came back from its approver; {@code needsAttention} such a request or a 督办 notice, listed
     * before the other tasks whatever the order.
     */
    public record TaskJson(String id, String name, String taskType, long projectId, String projectCode,
            String projectName, String zone, String projectStage, String assignee, LocalDateTime created, LocalDate due,
            String dueState, Integer daysLeft, Integer deadlineAwaitsYear, boolean fromGroup, boolean returned,
            boolean needsAttention) {
        /** One page of tasks as the API lists them. */
        static PageJson<TaskJson> page(TaskPage tasks) {
            return new PageJson<>(tasks.items().stream().map(TaskJson::of).toList(), tasks.total(), tasks.page(),
                    tasks.size());
        }

        static TaskJson of(TaskSummary task) {
            return new TaskJson(task.id(), task.name(), task.taskType(), task.projectId(), task.projectCode(),
                    task.projectName(), task.zoneName(), task.projectStage().name(), task.assignee(), task.created(),
                    task.due(),
                    task.dueState().name().toLowerCase(Locale.ROOT), task.daysLeft(), task.deadlineAwaitsYear(),
                    task.fromGroup(), task.returned(), task.needsAttention());
        }
    }

    /** One task with the fields its step needs. */
    public record TaskDetailJson(TaskJson task, List<StepForm.Field> fields) {
    }

    @Operation(operationId = "listTasks", summary = "我的待办")
    @GET
    public PageJson<TaskJson> list(@QueryParam("project") String projectCode, @QueryParam("taskType") String taskType,
            @QueryParam("dueState") String dueState, @QueryParam("city") String city, @QueryParam("zone") String zone,
            @QueryParam("q") String keyword, @QueryParam("sort") String sort, @QueryParam("descending") @DefaultValue("false") boolean descending,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        InputReader reader = new InputReader();
        DueState state = reader.optional("dueState", dueState, TaskResource::dueState).orElse(null);
        TaskSort order = reader.optional("sort", sort, TaskSort::parse).orElse(TaskSort.DUE);
        Keyword searched = reader.optional("q", keyword, Keyword::parse).orElse(null);
        reader.finish();
        TaskFilter filter = new TaskFilter(projectCode, taskType, state, places.zoneId("zone", zone),
                places.cityCode("city", city), searched);
        var tasks = inbox.page(currentUser.actor(), filter, order, descending, page, size);
        return TaskJson.page(tasks);
    }

    private static DueState dueState(String text) {
        try {
            return DueState.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("dueState.unknown", text);
        }
    }

    /** The count of tasks passed on by {@code POST /api/tasks/handover}. */
    public record HandoverJson(int handedOver) {
    }

    /** The zone's manager passes everything one colleague holds to another of the same role: {@code {"from", "to"}}. */
    @Operation(operationId = "handOverTasks", summary = "移交在办事项")
    @POST
    @Path("handover")
    @Consumes(MediaType.APPLICATION_JSON)
    public HandoverJson handOver(JsonObject body) {
        return new HandoverJson(handover.handOver(currentUser.required(), JsonFields.text(body, "from"),
                JsonFields.text(body, "to")));
    }

    /** What {@code POST /api/tasks/pass} did: how many tasks changed hands and how many stayed. */
    public record PassJson(int passed, int missed) {
    }

    /**
     * 转交: the caller passes some of their tasks to a colleague of the same role and scope,
     * {@code {"taskIds": ["…"], "to": "officer.li"}}; tasks the colleague cannot work on, or no longer the caller's,
     * stay where they are.
     */
    @Operation(operationId = "passTasks", summary = "转交所选事项")
    @POST
    @Path("pass")
    @Consumes(MediaType.APPLICATION_JSON)
    public PassJson pass(JsonObject body) {
        JsonValue ids = body.get("taskIds");
        if (!(ids instanceof JsonArray list) || list.isEmpty()
                || !list.stream().allMatch(id -> id.getValueType() == JsonValue.ValueType.STRING)) {
            throw InvalidInputException.of("taskIds", "handover.taskIds", ids == null ? "" : ids.toString());
        }
        TaskHandover.Passed passed = handover.pass(currentUser.required(),
                list.getValuesAs(JsonString.class).stream().map(JsonString::getString).distinct().toList(),
                JsonFields.text(body, "to"));
        return new PassJson(passed.passed(), passed.missed());
    }

    @Operation(operationId = "getTask", summary = "待办详情及表单字段")
    @GET
    @Path("{id}")
    public TaskDetailJson detail(@PathParam("id") String id) {
        TaskSummary task = inbox.summary(currentUser.actor(), id);
        return new TaskDetailJson(TaskJson.of(task), stepHomes.fieldsOf(task.taskType()));
    }

    @Operation(operationId = "claimTask", summary = "签收待办")
    @APIResponse(responseCode = "204", description = "Claimed")
    @POST
    @Path("{id}/claim")
    public Response claim(@PathParam("id") String id) {
        claims.claim(currentUser.actor(), id);
        return Response.noContent().build();
    }

    @Operation(operationId = "unclaimTask", summary = "退回待办至组")
    @APIResponse(responseCode = "204", description = "Given back")
    @POST
    @Path("{id}/unclaim")
    public Response unclaim(@PathParam("id") String id) {
        claims.unclaim(currentUser.actor(), id);
        return Response.noContent().build();
    }

    /** Completes the task with the step's fields, e.g. {@code {"decision": "return", "returnReason": "…"}}. */
    @Operation(operationId = "completeTask", summary = "办理待办")
    @APIResponse(responseCode = "204", description = "Completed")
    @POST
    @Path("{id}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response complete(@PathParam("id") String id, JsonObject body) {
        completion.complete(currentUser.actor(), id, JsonFields.texts(body));
        return Response.noContent().build();
    }
}
