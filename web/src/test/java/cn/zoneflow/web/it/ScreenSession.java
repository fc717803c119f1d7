package cn.zoneflow.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One browser's session on the screens, signed in through the login form as a user signs in. */
public final class ScreenSession {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final URL base;
    private final HttpClient browser;

    private ScreenSession(URL base, HttpClient browser) {
        this.base = Deployments.root(base);
        this.browser = browser;
    }

    /** Opens the login page, then posts the form with the demo password. */
    public static ScreenSession signIn(URL base, String username) {
        ScreenSession session = new ScreenSession(base, HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build());
        HttpResponse<String> signedIn = session.postLogin(username, ApiClient.DEMO_PASSWORD,
                viewStateOf(session.open("login.xhtml").body()));
        assertThat(signedIn.statusCode()).as("%s sent on to the start page after signing in", username)
                .isIn(302, 303);
        return session;
    }

    /** The view state of a page's form, which a post of that form must carry. */
    static String viewStateOf(String page) {
        Matcher viewState = VIEW_STATE.matcher(page);
        assertThat(viewState.find()).as("the page has a form with a view state").isTrue();
        return viewState.group(1);
    }

    /** The login form as the browser posts it. */
    static HttpRequest.BodyPublisher loginForm(String username, String password, String viewState) {
        return HttpRequest.BodyPublishers.ofString(String.join("&", "login=login",
                "login%3Ausername=" + username, "login%3Apassword=" + ApiClient.query(password),
                "login%3Asubmit=", "jakarta.faces.ViewState=" + ApiClient.query(viewState)));
    }

    public HttpResponse<String> open(String page) {
        return send(request(page).build());
    }

    private HttpResponse<String> postLogin(String username, String password, String viewState) {
        return send(request("login.xhtml").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(loginForm(username, password, viewState)).build());
    }

    private HttpRequest.Builder request(String page) {
        return HttpRequest.newBuilder(URI.create(base.toString()).resolve(page)).timeout(Duration.ofMinutes(2));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return browser.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("ZoneFlow did not answer " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while opening " + request.uri(), e);
        }
    }
}
