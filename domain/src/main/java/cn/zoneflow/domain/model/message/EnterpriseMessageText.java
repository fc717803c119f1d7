package cn.zoneflow.domain.model.message;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What an enterprise message says, in the reader's language (Chinese, or English): the same sentence on the portal
 * and in the e-mail, which is written in Chinese for every reader, as the zone writes to enterprises.
 */
public final class EnterpriseMessageText {

    private static final String WORDING = "cn.zoneflow.domain.model.message.EnterpriseMessageWording";

    private final ResourceBundle wording;

    private EnterpriseMessageText(ResourceBundle wording) {
        this.wording = wording;
    }

    /** English for an English reader, Chinese for everyone else. */
    public static EnterpriseMessageText in(Locale locale) {
        Locale language = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        return new EnterpriseMessageText(ResourceBundle.getBundle(WORDING, language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /** The Chinese the e-mail is written in. */
    public static EnterpriseMessageText chinese() {
        return in(Locale.CHINESE);
    }

    /** The kind in a few words: the e-mail's subject, the list's heading. */
    public String title(EnterpriseMessageKind kind) {
        return wording.getString("title." + kind.name());
    }

    public String sentence(EnterpriseMessage message) {
        String key = message.kind().name();
        if (message.detail() == null && wording.containsKey(key + ".noDetail")) {
            key += ".noDetail";
        }
        String due = message.dueOn() == null ? ""
                : message.dueOn().format(DateTimeFormatter.ofPattern(wording.getString("date.pattern")));
        return MessageFormat.format(wording.getString(key), message.project().name(), message.subject(),
                message.detail(), due);
    }

    /**
     * The e-mail to one of the enterprise's contacts: greeting, the sentence, where to read more (the project's page
     * on the portal when the portal's address is known) and from which zone.
     */
    public String mail(EnterpriseMessage message, String contactName, String projectPageUrl) {
        String where = projectPageUrl == null ? wording.getString("mail.noLink")
                : MessageFormat.format(wording.getString("mail.link"), projectPageUrl);
        return MessageFormat.format(wording.getString("mail.greeting"), contactName) + "\n\n"
                + sentence(message) + "\n\n" + where + "\n\n"
                + MessageFormat.format(wording.getString("mail.signature"), message.project().zone().name());
    }

    public String mailSubject(EnterpriseMessageKind kind) {
        return MessageFormat.format(wording.getString("mail.subject"), title(kind));
    }
}
