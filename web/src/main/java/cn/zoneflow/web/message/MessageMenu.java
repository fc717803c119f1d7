package cn.zoneflow.web.message;

import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.web.i18n.Messages;
import cn.zoneflow.web.portal.PortalMessages;
import cn.zoneflow.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The header's entry to 消息, with the number unread when there are any: an officer's own messages, or for an
 * enterprise's account what came on its projects since it last looked.
 */
@Named
@RequestScoped
public class MessageMenu {

    @Inject
    private UserMessages messages;

    @Inject
    private PortalMessages portalMessages;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages texts;

    public String getLabel() {
        long unread = unread();
        return unread == 0 ? texts.get("menu.messages") : texts.get("menu.messages.unread", unread);
    }

    public boolean isUnread() {
        return unread() > 0;
    }

    private long unread() {
        return currentUser.hasRole(Role.ENTERPRISE.roleName()) ? portalMessages.newCount() : messages.unreadCount();
    }
}
