package cn.zoneflow.web.outage;

import cn.zoneflow.web.i18n.Texts;
import cn.zoneflow.web.security.ProblemResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The answer while the database is out of reach: 503 with a time to try again, as a problem for API clients and as
 * a page for people. The page is written here, not rendered by the screens, since every screen reads the database.
 */
public final class Unavailable {

    /** Seconds after which trying again is worthwhile: a database restart or a failover takes about this long. */
    public static final String RETRY_AFTER_SECONDS = "30";

    private Unavailable() {
    }

    /**
     * @param screens the language the user chose for the screens, asked only for a page (so that API calls open
     *     no session); API clients get the one they ask for
     */
    public static void write(HttpServletRequest request, HttpServletResponse response, Supplier<Locale> screens)
            throws IOException {
        response.resetBuffer();
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // a screen's Ajax request takes only a partial response: it is told to load its page again, and that
            // request gets the page below
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("text/xml;charset=UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + pageToReload(request).replace("&", "&amp;").replace("\"", "&quot;")
                    + "\"/></partial-response>");
            return;
        }
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setHeader("Cache-Control", "no-store");
        if (request.getServletPath().startsWith("/api")) {
            ProblemResponse.write(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "api.problem.unavailable");
            return;
        }
        Locale locale = Texts.supported(screens.get());
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

    /**
     * The page a request came from (its Referer, with the page's parameters) when that is a page of this server,
     * else the request's own address: never elsewhere.
     */
    static String pageToReload(HttpServletRequest request) {
        try {
            URI referer = new URI(String.valueOf(request.getHeader("Referer")));
            if (request.getServerName().equals(referer.getHost()) && referer.getRawPath() != null) {
                return referer.getRawPath() + (referer.getRawQuery() == null ? "" : "?" + referer.getRawQuery());
            }
        } catch (URISyntaxException notAnAddress) {
            // the request's own address will do
        }
        return request.getRequestURI();
    }

    /** The bundle's own texts, none of them typed by a user, so nothing here needs escaping. */
    private static String text(Locale locale, String key) {
        return Texts.MESSAGES.get(locale, "unavailable." + key);
    }
}
