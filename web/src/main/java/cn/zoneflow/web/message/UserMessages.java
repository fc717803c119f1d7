package cn.zoneflow.web.message;

import cn.zoneflow.domain.application.MessageBox;
import cn.zoneflow.domain.model.shared.Page;
import cn.zoneflow.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.NoSuchElementException;

/** The signed-in user's messages, for the header, the list and the API alike; nobody reads another's. */
@RequestScoped
public class UserMessages {

    @Inject
    private MessageBox box;

    @Inject
    private CurrentUser currentUser;

    private Long unread;

    /** Counted once per request: the header asks on every page. */
    public long unreadCount() {
        if (unread == null) {
            unread = currentUser.isWorksOnProjects() ? box.unreadCount(me()) : 0;
        }
        return unread;
    }

    public Page<MessageItem> page(int page, int size) {
        return box.of(me(), page, size).map(MessageItem::of);
    }

    /**
     * Marks the message read, to be followed.
     *
     * @throws NoSuchElementException when the user has no such message
     */
    public MessageItem open(long id) {
        unread = null;
        return MessageItem.of(box.read(me(), id));
    }

    /** @return how many were unread */
    public int readAll() {
        unread = null;
        return box.readAll(me());
    }

    private String me() {
        return currentUser.required().username();
    }
}
