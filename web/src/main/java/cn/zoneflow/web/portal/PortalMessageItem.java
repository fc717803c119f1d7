package cn.zoneflow.web.portal;

import cn.zoneflow.domain.model.message.EnterpriseMessage;
import cn.zoneflow.domain.model.message.EnterpriseMessageText;
import java.time.LocalDateTime;

/**
 * One message on the portal, in the reader's language: what it is, the sentence, its project, when it came, whether
 * it is new to the reader, and where it was mailed (empty: not mailed, or nowhere to mail it).
 */
public record PortalMessageItem(long id, String kind, String title, String text, long projectId, String projectCode,
        String projectName, LocalDateTime createdAt, boolean isNew, String mailedTo) {

    /** @param seenBefore when the reader last looked before now; none when never */
    static PortalMessageItem of(EnterpriseMessage message, EnterpriseMessageText text, LocalDateTime seenBefore) {
        return new PortalMessageItem(message.id(), message.kind().name(), text.title(message.kind()),
                text.sentence(message), message.project().id(), message.project().code().value(),
                message.project().name(), message.createdAt(),
                seenBefore == null || message.createdAt().isAfter(seenBefore),
                message.mailedTo() == null ? "" : message.mailedTo());
    }
}
