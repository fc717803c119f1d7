package cn.zoneflow.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoneflow.web.it.Deployments;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** A zone officer signs in and finds their work; a wrong password is told so. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InboxBrowserIT {

    private static final String DEMO_PASSWORD = "Demo#2026";

    @RegisterExtension
    final Browser browser = new Browser();

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.zoneflowWar();
    }

    @Test
    void officerSignsInAndSeesTheTasksOfTheirZone() {
        browser.open(base).logInAs("officer.jinzhong", DEMO_PASSWORD);

        browser.waitForText(By.cssSelector("h1.zf-title"), "我的待办");
        assertThat(browser.currentPath()).startsWith("/task/inbox.xhtml");
        int count = Integer.parseInt(browser.find(By.cssSelector(".zf-badge")).getText().trim());
        assertThat(count).isPositive();
        assertThat(browser.find(By.id("inbox:tasks_data")).getText())
                .contains("申请进入下一阶段")
                .contains("晋中开发区")
                .doesNotContain("朔州经济开发区");
    }

    @Test
    void wrongPasswordIsToldPlainlyAndKeepsTheUserOnTheLoginPage() {
        browser.open(base).logInAs("officer.jinzhong", "not-the-password");

        browser.waitForText(By.id("login:messages"), "用户名或密码错误");
        assertThat(browser.currentPath()).startsWith("/login.xhtml");
    }
}
