package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.message.Message;
import cn.zoneflow.domain.model.message.MessageKind;
import cn.zoneflow.domain.model.message.MessageRepository;
import cn.zoneflow.domain.model.project.ProjectRepository;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.shared.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.NoSuchElementException;

/**
 * Each user's messages: told in the transaction of the change they are about (a message never tells of a change
 * that rolled back), read by their recipient only. A user is told of one task once per kind of change.
 */
@ApplicationScoped
@Transactional
public class MessageBox {

    @Inject
    private MessageRepository messages;

    @Inject
    private ProjectRepository projects;

    /** Tells the user of a change to a task of a project, unless they were told of this change already. */
    public void tell(String recipient, MessageKind kind, long projectId, String taskId, String taskName) {
        if (taskId != null && messages.told(recipient, kind, taskId)) {
            return;
        }
        messages.add(new Message(recipient, kind, projects.find(projectId).orElseThrow(), taskId, taskName,
                ChinaTime.nowInChina()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long unreadCount(String recipient) {
        return messages.unreadCount(recipient);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Message> of(String recipient, int page, int size) {
        Page.check(page, size);
        return messages.of(recipient, page, size);
    }

    /**
     * Marks the message read and gives it back, to be followed to its task or project.
     *
     * @throws NoSuchElementException when the user has no such message
     */
    public Message read(String recipient, long id) {
        Message message = messages.find(recipient, id)
                .orElseThrow(() -> new NoSuchElementException("message " + id));
        message.read(ChinaTime.nowInChina());
        return message;
    }

    /** @return how many were unread */
    public int readAll(String recipient) {
        return messages.readAll(recipient, ChinaTime.nowInChina());
    }
}
