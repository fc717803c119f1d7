package cn.zoneflow.web.benchmark;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long the pages people open all day take to render — 我的待办 and 项目库 ({@code work}), or the province's
 * reports: 总览 for this year and for five years, 月通报 and its workbook ({@code reports}), or the figures of the
 * problems — 问题办理 on screen and over the API, 总览 and the 月通报 workbook ({@code problems}) — as a signed-in user's
 * browser asks for them (a full page, its figures read from the database), one user alone and {@code users} at once.
 * Prints median and 95th percentile per page. Run it against a ZoneFlow filled by {@link RenderBenchmarkData} (and,
 * for the reports, {@link ReportBenchmarkData}; for the problems, {@link ProblemBenchmarkData}).
 *
 * <pre>
 * mvn -pl web test-compile org.codehaus.mojo:exec-maven-plugin:3.5.1:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=cn.zoneflow.web.benchmark.RenderBenchmark -Dexec.args="http://127.0.0.1:8080/ 20 25 work"
 * </pre>
 * ({@code users} concurrent users, each opening every page {@code rounds} times.)
 */
public final class RenderBenchmark {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final String PASSWORD = "Demo#2026";
    private static final Map<String, List<String[]>> PAGES = Map.of(
            "work", List.of(
                    new String[] {"officer.jinzhong", "task/inbox.xhtml", "我的待办 (officer of 晋中开发区)"},
                    new String[] {"officer.jinzhong", "project/list.xhtml", "项目库 (officer of 晋中开发区)"},
                    new String[] {"supervisor.province", "project/list.xhtml", "项目库 (province supervisor)"}),
            "reports", List.of(
                    new String[] {"supervisor.province", "report/overview.xhtml", "总览 this year (province)"},
                    new String[] {"supervisor.province", "report/overview.xhtml?from=2022-01-01",
                        "总览 five years (province)"},
                    new String[] {"supervisor.province", "report/monthly.xhtml", "月通报 page (province)"},
                    new String[] {"supervisor.province", "api/reports/monthly-notice/workbook",
                        "月通报 workbook (province)"}),
            "lights", List.of(
                    new String[] {"supervisor.province", "report/overview.xhtml", "总览 with lights (province)"},
                    new String[] {"supervisor.province", "api/warnings?level=RED&size=50", "red lights (province)"},
                    new String[] {"supervisor.province", "report/targets.xhtml", "目标任务 (province)"},
                    new String[] {"supervisor.province", "api/reports/monthly-notice/bulletin?month=2026-11",
                        "通报 draft of November (province)"}),
            "problems", List.of(
                    new String[] {"supervisor.province", "report/problems.xhtml", "问题办理 this year (province)"},
                    new String[] {"supervisor.province", "api/reports/problems", "问题办理 over the API (province)"},
                    new String[] {"supervisor.province", "report/overview.xhtml", "总览 this year (province)"},
                    new String[] {"supervisor.province", "api/reports/monthly-notice/workbook?month=2026-11",
                        "月通报 workbook of November (province)"}));

    private RenderBenchmark() {
    }

    public static void main(String[] arguments) throws Exception {
        URI base = URI.create(arguments[0]);
        int users = Integer.parseInt(arguments[1]);
        int rounds = Integer.parseInt(arguments[2]);
        for (String[] page : PAGES.get(arguments.length > 3 ? arguments[3] : "work")) {
            Browser warm = Browser.signIn(base, page[0]);
            for (int i = 0; i < 5; i++) {
                warm.open(page[1]);
            }
            report(page[2] + ", 1 user", measure(base, page, 1, rounds));
            report(page[2] + ", " + users + " users at once", measure(base, page, users, rounds));
        }
    }

    private static List<Long> measure(URI base, String[] page, int users, int rounds) throws Exception {
        List<Browser> browsers = new ArrayList<>();
        for (int user = 0; user < users; user++) {
            browsers.add(Browser.signIn(base, page[0]));
        }
        ExecutorService pool = Executors.newFixedThreadPool(users);
        List<Long> millis = Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<?>> work = new ArrayList<>();
            for (Browser browser : browsers) {
                work.add(pool.submit(() -> {
                    for (int round = 0; round < rounds; round++) {
                        millis.add(browser.open(page[1]));
                    }
                    return null;
                }));
            }
            for (Future<?> done : work) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return millis;
    }

    private static void report(String what, List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%s: median %d ms, p95 %d ms over %d renders%n", what,
                sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1), sorted.size());
    }

    /**
     * One signed-in browser session: its cookies, and the user's name for the API, which a program calls with HTTP
     * Basic.
     */
    private record Browser(URI base, HttpClient http, String username) {

        static Browser signIn(URI base, String username) throws IOException, InterruptedException {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
            Browser browser = new Browser(base, http, username);
            String login = new String(browser.get("login.xhtml").body(), StandardCharsets.UTF_8);
            Matcher state = VIEW_STATE.matcher(login);
            if (!state.find()) {
                throw new IllegalStateException("no login form at " + base);
            }
            String form = String.join("&", "login=login", field("login:username", username),
                    field("login:password", PASSWORD), field("login:submit", ""),
                    field("jakarta.faces.ViewState", state.group(1)));
            HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(base.resolve("login.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (!signedIn.uri().getPath().contains("inbox")) {
                throw new IllegalStateException(username + " could not sign in: " + signedIn.uri());
            }
            return browser;
        }

        /** Opens the page and reads it whole; how long that took, in milliseconds. */
        long open(String path) throws IOException, InterruptedException {
            long started = System.nanoTime();
            HttpResponse<byte[]> page = get(path);
            long took = (System.nanoTime() - started) / 1_000_000;
            boolean whole = isApi(path) ? page.body().length > 0
                    : new String(page.body(), StandardCharsets.UTF_8).contains("ui-datatable");
            if (page.statusCode() != 200 || !whole) {
                throw new IllegalStateException(path + " answered " + page.statusCode());
            }
            return took;
        }

        private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Accept-Language", "zh-CN");
            if (isApi(path)) {
                request.header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
            }
            return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        }

        private static boolean isApi(String path) {
            return path.startsWith("api/");
        }

        private static String field(String name, String value) {
            return URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
