package cn.zoneflow.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

/** Texts of the message bundle in the language the signed-in user chose, for messages built in Java. */
@RequestScoped
public class Messages {

    @Inject
    private LanguageView language;

    public String get(String key, Object... arguments) {
        return Texts.MESSAGES.get(language.getLocale(), key, arguments);
    }

    /** Tells the user on the page they are on (its messages without a field), in their language. */
    public void tell(FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, get(key, arguments), null));
    }
}
