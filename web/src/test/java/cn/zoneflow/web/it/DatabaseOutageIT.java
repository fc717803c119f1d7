package cn.zoneflow.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoneflow.web.it.ApiClient.Answer;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The database goes away under a running ZoneFlow — its MariaDB server killed as a crash would — and comes back:
 * meanwhile pages and API calls answer at once that the service is temporarily unavailable, and afterwards the
 * same ZoneFlow, never restarted, works again with everything it confirmed before the outage. The server is the
 * test's own ({@link PrivateMariaDb}), so the shared one the other tests use stays up.
 */
class DatabaseOutageIT {

    /** How long a request may take before it counts as hanging; the answers expected come far sooner. */
    private static final Duration HANG = Duration.ofSeconds(60);
    private static final long STARTUP_SECONDS = 300;
    private static final long RECOVERY_SECONDS = 120;
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    @Test
    void whileTheDatabaseIsDownEveryRequestIsToldToTryAgainAndOnceItIsBackNothingConfirmedIsLost() throws Exception {
        Path workDir = emptied(Path.of("target", "database-outage"));
        try (PrivateMariaDb database = PrivateMariaDb.install(workDir.resolve("mariadb"))) {
            database.createDatabase("zoneflow_outage");
            int port = PayaraMicro.freePort();
            Process payara = PayaraMicro.builder(workDir, port, Map.of(
                    "ZONEFLOW_DB_URL", database.url("zoneflow_outage"),
                    "ZONEFLOW_DB_USER", "root",
                    "ZONEFLOW_DB_PASSWORD", "",
                    "ZONEFLOW_DEMO_DATA", "true")).start();
            try {
                URL base = URI.create("http://127.0.0.1:" + port + "/").toURL();
                awaitReady(base, payara);
                ApiClient officer = ApiClient.as(base, "officer.jinzhong");
                String confirmed = Projects.newCode();
                Answer registered = officer.post("projects", Projects.signed(confirmed, "晋中开发区", "1200"));
                assertThat(registered.status()).as(registered.body()).isEqualTo(201);
                String project = "projects/" + registered.json().getJsonNumber("id").longValue();
                HttpClient screens = signedIn(base, "manager.jinzhong");

                database.crash();

                Answer api = officer.get(project);
                assertThat(api.status()).as(api.body()).isEqualTo(503);
                assertThat(api.contentType()).startsWith("application/problem+json");
                assertThat(api.json().getString("title")).isEqualTo("暂时无法服务");
                HttpResponse<String> page = screens.send(request(base, "project/list.xhtml").build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(page.statusCode()).as(page.body()).isEqualTo(503);
                assertThat(page.headers().firstValue("Retry-After")).isPresent();
                assertThat(page.body()).contains("暂时无法服务", "刚才的操作没有保存").doesNotContain("Exception", "SQL");
                Answer write = officer.post("projects", Projects.signed(Projects.newCode(), "晋中开发区", "900"));
                assertThat(write.status()).as(write.body()).isEqualTo(503);

                database.start();

                Answer found = awaitAnswer(() -> officer.get(project));
                assertThat(found.json().getString("code")).isEqualTo(confirmed);
                Answer afterwards = officer.post("projects", Projects.signed(Projects.newCode(), "晋中开发区", "900"));
                assertThat(afterwards.status()).as(afterwards.body()).isEqualTo(201);
                HttpResponse<String> pageAgain = screens.send(request(base, "project/list.xhtml").build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(pageAgain.statusCode()).isEqualTo(200);
                assertThat(pageAgain.body()).contains("项目库");
            } finally {
                payara.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    /** Kept after the run, with the server's and Payara's logs, for whoever looks into a failure. */
    private static Path emptied(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> left = Files.walk(directory)) {
                for (Path path : left.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        return Files.createDirectories(directory);
    }

    private static void awaitReady(URL base, Process payara) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(STARTUP_SECONDS);
        while (System.nanoTime() < until) {
            assertThat(payara.isAlive()).as("Payara ended during startup: see payara.log").isTrue();
            try {
                if (http.send(request(base, "health/ready").build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // Payara opens its port late in startup
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("ZoneFlow not ready after " + STARTUP_SECONDS + " s: see payara.log");
    }

    /** Asks until the answer is 200, as a user pressing 重试 would; fails once recovery takes implausibly long. */
    private static Answer awaitAnswer(Supplier<Answer> call) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(RECOVERY_SECONDS);
        Answer answer = call.get();
        while (answer.status() != 200 && System.nanoTime() < until) {
            assertThat(answer.status()).as(answer.body()).isEqualTo(503);
            Thread.sleep(1000);
            answer = call.get();
        }
        assertThat(answer.status()).as("ZoneFlow did not recover without a restart: " + answer.body())
                .isEqualTo(200);
        return answer;
    }

    /** Signs in through the login page as a browser would, keeping the session cookie. */
    private static HttpClient signedIn(URL base, String username) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String login = client.send(request(base, "login.xhtml").build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher viewState = VIEW_STATE.matcher(login);
        assertThat(viewState.find()).as("the login page has a view state").isTrue();
        String form = String.join("&", "login=login", "login%3Ausername=" + username,
                "login%3Apassword=" + URLEncoder.encode(ApiClient.DEMO_PASSWORD, StandardCharsets.UTF_8),
                "login%3Asubmit=", "jakarta.faces.ViewState=" + URLEncoder.encode(viewState.group(1),
                        StandardCharsets.UTF_8));
        HttpResponse<String> signedIn = client.send(request(base, "login.xhtml")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.body()).as("signed in as %s", username).contains("我的待办");
        return client;
    }

    private static HttpRequest.Builder request(URL base, String path) {
        return HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).timeout(HANG)
                .header("Accept-Language", "zh-CN,zh;q=0.9");
    }
}
