package cn.zoneflow.web.i18n;

import cn.zoneflow.domain.model.shared.FieldError;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * Shows each field the domain refused beside its input, in the reader's language, and marks the request as
 * failed validation so the form keeps what was typed.
 */
@RequestScoped
public class FieldMessages {

    @Inject
    private LanguageView language;

    /** @param form the form's id, whose inputs are named after the refused fields */
    public void show(String form, InvalidInputException refused) {
        show(form, refused, null);
    }

    /**
     * @param quotingField a field holding many entries (one per line), whose every refusal quotes the entry it is
     *     about so that it can be found
     */
    public void show(String form, InvalidInputException refused, String quotingField) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.validationFailed();
        Locale locale = language.getLocale();
        for (FieldError error : refused.errors()) {
            String reason = Texts.VALIDATION.get(locale, error.messageKey(), error.rejectedValue());
            boolean quoted = error.field().equals(quotingField) && !error.rejectedValue().isEmpty();
            faces.addMessage(form + ":" + error.field(), new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    quoted ? Texts.MESSAGES.get(locale, "field.quoted", reason, error.rejectedValue()) : reason,
                    null));
        }
    }

    /**
     * For a page whose inputs came in its address (view parameters): each refusal at the top of the page, led by the
     * field's label.
     *
     * @param labels the key prefix of the fields' labels, e.g. {@code report_period.field.}
     */
    public void showOnPage(String labels, InvalidInputException refused) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (FieldError error : refused.errors()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Texts.MESSAGES.get(language.getLocale(), labels + error.field()) + " " + Texts.VALIDATION.get(
                            language.getLocale(), error.messageKey(), error.rejectedValue()), null));
        }
    }
}
