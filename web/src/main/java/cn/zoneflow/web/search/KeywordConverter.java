package cn.zoneflow.web.search;

import cn.zoneflow.domain.model.shared.InvalidValueException;
import cn.zoneflow.domain.model.shared.Keyword;
import cn.zoneflow.web.i18n.Texts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/**
 * Reads a list's search box into a {@link Keyword}, refusing beside the box what no keyword may be (too long, or
 * holding characters no typed text may hold); an empty box searches for nothing.
 */
@FacesConverter(forClass = Keyword.class)
public class KeywordConverter implements Converter<Keyword> {

    @Override
    public Keyword getAsObject(FacesContext faces, UIComponent component, String typed) {
        try {
            return Keyword.parse(typed);
        } catch (InvalidValueException e) {
            String reason = Texts.VALIDATION.get(faces.getViewRoot().getLocale(), e.messageKey());
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, reason, null), e);
        }
    }

    @Override
    public String getAsString(FacesContext faces, UIComponent component, Keyword keyword) {
        return keyword == null ? "" : keyword.text();
    }
}
