package cn.zoneflow.web.security;

import java.util.Locale;
import java.util.Set;

/**
 * Which requests to the screens may go on: reading a page (GET, HEAD) and submitting its form (POST) only. A form
 * sent any other way — its fields and view state in a GET's address, as a link or an image on another page could
 * send them — would run the form's action all the same, so it is refused, as is every other method.
 */
final class ScreenMethods {

    static final String VIEW_STATE = "jakarta.faces.ViewState";
    static final String ALLOWED = "GET, HEAD, POST";
    private static final Set<String> READING = Set.of("GET", "HEAD");

    private ScreenMethods() {
    }

    /** @param carriesViewState whether the request names a view state, as only a form's submission does */
    static boolean refused(String method, boolean carriesViewState) {
        String upper = method.toUpperCase(Locale.ROOT);
        if (READING.contains(upper)) {
            return carriesViewState;
        }
        return !upper.equals("POST");
    }
}
