package cn.zoneflow.web.portal;

import cn.zoneflow.domain.application.EnterpriseMessages;
import cn.zoneflow.domain.model.message.EnterpriseMessageText;
import cn.zoneflow.domain.model.shared.Page;
import cn.zoneflow.domain.model.user.EmailAddress;
import cn.zoneflow.domain.model.user.UserAccount;
import cn.zoneflow.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * The signed-in enterprise account's messages, for the header, the portal's page and the API alike: what changed on
 * its enterprise's projects, new since the account last looked, and the address they are mailed to.
 */
@RequestScoped
public class PortalMessages {

    @Inject
    private EnterpriseMessages messages;

    @Inject
    private CurrentUser currentUser;

    private Long newCount;

    /** When the account looked, once it did in this request: the account read before that is behind. */
    private LocalDateTime seenNow;

    /** Counted once per request: the header asks on every page. */
    public long newCount() {
        if (newCount == null) {
            newCount = messages.newCount(currentUser.required());
        }
        return newCount;
    }

    /** A page, newest first, each new or not as against when the account last looked before now. */
    public Page<PortalMessageItem> page(int page, int size, Locale locale, LocalDateTime seenBefore) {
        EnterpriseMessageText text = EnterpriseMessageText.in(locale);
        return messages.of(currentUser.required(), page, size)
                .map(message -> PortalMessageItem.of(message, text, seenBefore));
    }

    /** When the account last looked; none when never. */
    public LocalDateTime seenBefore() {
        return seenNow != null ? seenNow : currentUser.required().messagesSeenAt().orElse(null);
    }

    /** The account looked at its messages now. */
    public void seen() {
        seenNow = messages.seen(currentUser.required().username());
        newCount = 0L;
    }

    /** The address the account's messages are mailed to; empty for none. */
    public String email() {
        return currentUser.required().email().map(EmailAddress::value).orElse("");
    }

    /** @throws cn.zoneflow.domain.model.shared.InvalidInputException naming {@code email} */
    public String mailTo(String address) {
        UserAccount account = messages.mailTo(currentUser.required().username(), address);
        return account.email().map(EmailAddress::value).orElse("");
    }
}
