package cn.zoneflow.domain.model.message;

import cn.zoneflow.domain.model.shared.Page;
import java.time.LocalDateTime;
import java.util.Optional;

/** The messages of each user. */
public interface MessageRepository {

    void add(Message message);

    /** Whether the user was told this already about this task. */
    boolean told(String recipient, MessageKind kind, String taskId);

    long unreadCount(String recipient);

    /** The user's messages, newest first, each with its project. */
    Page<Message> of(String recipient, int page, int size);

    /** The message when it is the user's; another user's is none of theirs. */
    Optional<Message> find(String recipient, long id);

    /** @return how many were unread */
    int readAll(String recipient, LocalDateTime at);
}
