package cn.zoneflow.web.api;

import cn.zoneflow.web.i18n.Texts;
import cn.zoneflow.web.message.MessageItem;
import cn.zoneflow.web.message.UserMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's messages (消息): what changed for them — work given to them, a request returned, a 督办 notice, a
 * deadline near — newest first with how many are unread; read one or all. Nobody reaches another's.
 */
@Tag(name = "消息", description = "The caller's messages: what changed for them since they last looked")
@BusinessData
@Path("messages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MessageResource {

    @Inject
    private UserMessages messages;

    /** A page of messages and the number unread in all. */
    public record MessagesJson(long unread, List<MessageJson> items, long total, int page, int size) {
    }

    /** A message; times are China's. */
    public record MessageJson(long id, String kind, String kindName, long projectId, String projectCode,
            String projectName, String taskId, String taskName, LocalDateTime createdAt, boolean read) {
        static MessageJson of(MessageItem message) {
            return new MessageJson(message.id(), message.kind().name(),
                    Texts.MESSAGES.get(Texts.CHINESE, "MessageKind." + message.kind().name()), message.projectId(),
                    message.projectCode(), message.projectName(), message.taskId(), message.taskName(),
                    message.createdAt(), message.read());
        }
    }

    @Operation(operationId = "listMessages", summary = "我的消息")
    @GET
    public MessagesJson list(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        PageJson<MessageJson> listed = PageJson.of(messages.page(page, size).map(MessageJson::of));
        return new MessagesJson(messages.unreadCount(), listed.items(), listed.total(), listed.page(), listed.size());
    }

    /** Marks one message read and answers it. */
    @Operation(operationId = "readMessage", summary = "标记消息已读")
    @POST
    @Path("{id}/read")
    public MessageJson read(@PathParam("id") long id) {
        return MessageJson.of(messages.open(id));
    }

    /** Marks every message read. */
    @Operation(operationId = "readAllMessages", summary = "全部标为已读")
    @POST
    @Path("read")
    public MessagesJson readAll() {
        messages.readAll();
        return list(0, 20);
    }
}
