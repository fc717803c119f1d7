package cn.zoneflow.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Texts of the message bundle in the language of the current user, for messages built in Java. */
@RequestScoped
public class Messages {

    static final String BUNDLE = "cn.zoneflow.web.i18n.messages";

    @Inject
    private LanguageView language;

    public String get(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, language.getLocale()).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language.getLocale()).format(arguments);
    }
}
