package cn.zoneflow.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoneflow.web.browser.Browser;
import cn.zoneflow.web.it.ApiClient.Answer;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The database goes away under a running ZoneFlow — its MariaDB server killed as a crash would — and comes back:
 * meanwhile API calls and a screen's Ajax request answer at once that the service is temporarily unavailable (the
 * screen in a real Chromium, which is left on that page and tries again from it), and afterwards the
 * same ZoneFlow, never restarted, works again with everything it confirmed before the outage. The server is the
 * test's own ({@link PrivateMariaDb}), so the shared one the other tests use stays up.
 */
class DatabaseOutageIT {

    private static final long STARTUP_SECONDS = 300;
    private static final long RECOVERY_SECONDS = 120;

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void whileTheDatabaseIsDownEveryRequestIsToldToTryAgainAndOnceItIsBackNothingConfirmedIsLost() throws Exception {
        Path workDir = PayaraMicro.emptied(Path.of("target", "database-outage"));
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
                PayaraMicro.awaitReady(base, payara, STARTUP_SECONDS);
                ApiClient officer = ApiClient.as(base, "officer.jinzhong");
                String confirmed = Projects.newCode();
                Answer registered = officer.post("projects", Projects.signed(confirmed, "晋中开发区", "1200"));
                assertThat(registered.status()).as(registered.body()).isEqualTo(201);
                String project = "projects/" + registered.json().getJsonNumber("id").longValue();
                browser.open(base).signedInAs("manager.jinzhong");
                browser.go("project/list.xhtml");
                browser.waitForText(By.cssSelector("h1.zf-title"), "项目库");

                database.crash();

                Answer api = officer.get(project);
                assertThat(api.status()).as(api.body()).isEqualTo(503);
                assertThat(api.contentType()).startsWith("application/problem+json");
                assertThat(api.json().getString("title")).isEqualTo("暂时无法服务");
                browser.click("projects:search");
                browser.waitForText(By.id("unavailable"), "刚才的操作没有保存");
                assertThat(browser.text(By.tagName("h1"))).isEqualTo("暂时无法服务");
                assertThat(browser.text(By.tagName("body"))).doesNotContain("Exception", "SQL");
                Answer write = officer.post("projects", Projects.signed(Projects.newCode(), "晋中开发区", "900"));
                assertThat(write.status()).as(write.body()).isEqualTo(503);

                database.start();

                Answer found = awaitAnswer(() -> officer.get(project));
                assertThat(found.json().getString("code")).isEqualTo(confirmed);
                Answer afterwards = officer.post("projects", Projects.signed(Projects.newCode(), "晋中开发区", "900"));
                assertThat(afterwards.status()).as(afterwards.body()).isEqualTo(201);
                browser.find(By.linkText("重试")).click();
                browser.waitForText(By.cssSelector("h1.zf-title"), "项目库");
            } finally {
                payara.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
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
}
