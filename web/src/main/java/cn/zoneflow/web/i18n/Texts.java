package cn.zoneflow.web.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The two bundles every user-facing text comes from: {@code messages} (screens and API titles) and
 * {@code ValidationMessages} (why an input was refused). Chinese unless English is asked for; other languages
 * get Chinese, the language of the zones.
 */
public enum Texts {
    MESSAGES("cn.zoneflow.web.i18n.messages"),
    VALIDATION("ValidationMessages");

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String baseName;

    Texts(String baseName) {
        this.baseName = baseName;
    }

    public String get(Locale locale, String key, Object... arguments) {
        Locale effective = supported(locale);
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(baseName, effective, Texts.class.getClassLoader(), NO_FALLBACK)
                    .getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, effective).format(arguments);
    }

    /** English when asked for first, Chinese otherwise. */
    public static Locale supported(Locale requested) {
        return requested != null && Locale.ENGLISH.getLanguage().equals(requested.getLanguage()) ? Locale.ENGLISH
                : CHINESE;
    }

    public static Locale firstSupported(List<Locale> acceptable) {
        return acceptable.isEmpty() ? CHINESE : supported(acceptable.get(0));
    }
}
