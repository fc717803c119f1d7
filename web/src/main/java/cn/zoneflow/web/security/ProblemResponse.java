package cn.zoneflow.web.security;

import cn.zoneflow.web.i18n.Texts;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * A problem detail (RFC 9457) written straight to the servlet response, for refusals decided before a request
 * reaches the REST application: API clients get JSON in their language, never an HTML page.
 */
public final class ProblemResponse {

    private ProblemResponse() {
    }

    /** @param messages the key prefix of the title and detail, e.g. {@code api.problem.unauthorized} */
    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String messages)
            throws IOException {
        Locale locale = Texts.supported(request.getLocale());
        String problem = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", Texts.MESSAGES.get(locale, messages + ".title"))
                .add("status", status)
                .add("detail", Texts.MESSAGES.get(locale, messages + ".detail"))
                .build().toString();
        response.setStatus(status);
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter().write(problem);
    }
}
