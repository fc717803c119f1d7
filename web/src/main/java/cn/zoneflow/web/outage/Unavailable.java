package cn.zoneflow.web.outage;

import cn.zoneflow.web.i18n.Texts;
import cn.zoneflow.web.security.ProblemResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The answer while the database is out of reach: 503 with a time to try again, as a problem for API clients and as
 * a page for people. The page is written here, not rendered by the screens, since every screen reads the database.
 */
public final class Unavailable {

    /** Seconds after which trying again is worthwhile: a database restart or a failover takes about this long. */
    public static final String RETRY_AFTER_SECONDS = "30";

    private Unavailable() {
    }

    public static void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setHeader("Cache-Control", "no-store");
        if (request.getServletPath().startsWith("/api")) {
            ProblemResponse.write(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "api.problem.unavailable");
            return;
        }
        // without the header the container answers its own default locale, not the reader's
        Locale locale = request.getHeader("Accept-Language") == null ? Texts.CHINESE
                : Texts.supported(request.getLocale());
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("text/html;charset=UTF-8");
        PrintWriter page = response.getWriter();
        page.write("<!DOCTYPE html><html lang=\"" + (Locale.ENGLISH.equals(locale) ? "en" : "zh-CN")
                + "\"><head><meta charset=\"UTF-8\"><meta name=\"viewport\" content=\"width=device-width\">"
                + "<title>" + text(locale, "title") + "</title><link rel=\"stylesheet\" href=\""
                + request.getContextPath() + "/jakarta.faces.resource/css/zoneflow.css.xhtml\"></head>"
                + "<body><main class=\"zf-main\"><h1 class=\"zf-title\">" + text(locale, "title") + "</h1>"
                + "<p id=\"unavailable\">" + text(locale, "detail") + "</p>"
                + "<p><a href=\"\">" + text(locale, "retry") + "</a></p></main></body></html>");
    }

    /** The bundle's own texts, none of them typed by a user, so nothing here needs escaping. */
    private static String text(Locale locale, String key) {
        return Texts.MESSAGES.get(locale, "unavailable." + key);
    }
}
