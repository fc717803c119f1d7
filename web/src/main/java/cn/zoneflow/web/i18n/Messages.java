package cn.zoneflow.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** Texts of the message bundle in the language the signed-in user chose, for messages built in Java. */
@RequestScoped
public class Messages {

    @Inject
    private LanguageView language;

    public String get(String key, Object... arguments) {
        return Texts.MESSAGES.get(language.getLocale(), key, arguments);
    }
}
