package cn.zoneflow.web.message;

import cn.zoneflow.domain.model.message.Message;
import cn.zoneflow.domain.model.message.MessageKind;
import java.io.Serializable;
import java.time.LocalDateTime;

/** A message as the list shows it: what changed, about which project and task, when, and whether it was read. */
public record MessageItem(long id, MessageKind kind, long projectId, String projectCode, String projectName,
        String taskId, String taskName, LocalDateTime createdAt, boolean read) implements Serializable {

    static MessageItem of(Message message) {
        return new MessageItem(message.id(), message.kind(), message.project().id(), message.project().code().value(),
                message.project().name(), message.taskId(), message.taskName(), message.createdAt(),
                message.isRead());
    }
}
