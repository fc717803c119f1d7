package cn.zoneflow.web.portal;

import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.shared.Page;
import cn.zoneflow.web.i18n.FieldMessages;
import cn.zoneflow.web.i18n.LanguageView;
import cn.zoneflow.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * 消息 on the portal: what changed on the enterprise's projects, newest first, those since the account last looked
 * marked new — opening the page is looking — and the address they are also mailed to.
 */
@Named
@ViewScoped
public class PortalMessagesView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "mailSetting";

    @Inject
    private transient PortalMessages messages;

    @Inject
    private transient LanguageView language;

    @Inject
    private transient FieldMessages fieldMessages;

    @Inject
    private transient Messages texts;

    private final LazyDataModel<PortalMessageItem> model = new PortalMessageModel();

    private LocalDateTime seenBefore;
    private String email;

    @PostConstruct
    void read() {
        seenBefore = messages.seenBefore();
        email = messages.email();
    }

    /** Opening the page is looking: what is listed stays marked new on it, and is no longer new elsewhere. */
    public void look() {
        messages.seen();
    }

    public void saveEmail() {
        try {
            email = messages.mailTo(email);
            texts.tell(FacesMessage.SEVERITY_INFO, email.isEmpty() ? "portal.messages.email.cleared"
                    : "portal.messages.email.saved", email);
        } catch (InvalidInputException e) {
            fieldMessages.show(FORM, e);
        }
    }

    public LazyDataModel<PortalMessageItem> getModel() {
        return model;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    private final class PortalMessageModel extends LazyDataModel<PortalMessageItem> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(messages.page(0, 1, language.getLocale(), seenBefore).total());
        }

        @Override
        public List<PortalMessageItem> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            Page<PortalMessageItem> page = messages.page(first / pageSize, pageSize, language.getLocale(),
                    seenBefore);
            setRowCount(Math.toIntExact(page.total()));
            return page.items();
        }

        @Override
        public String getRowKey(PortalMessageItem message) {
            return String.valueOf(message.id());
        }
    }
}
