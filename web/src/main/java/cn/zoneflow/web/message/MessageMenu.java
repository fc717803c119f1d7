package cn.zoneflow.web.message;

import cn.zoneflow.web.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The header's entry to 消息, with the number unread when there are any. */
@Named
@RequestScoped
public class MessageMenu {

    @Inject
    private UserMessages messages;

    @Inject
    private Messages texts;

    public String getLabel() {
        long unread = messages.unreadCount();
        return unread == 0 ? texts.get("menu.messages") : texts.get("menu.messages.unread", unread);
    }

    public boolean isUnread() {
        return messages.unreadCount() > 0;
    }
}
