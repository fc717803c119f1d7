package cn.zoneflow.web.browser;

import cn.zoneflow.web.it.Deployments;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium from Debian's packages (chromium, chromium-driver), started fresh for each test and
 * kept off the network but for loopback. Saves a screenshot under {@code target/screenshots} when a test fails.
 */
public class Browser implements AfterTestExecutionCallback {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Duration WAIT = Duration.ofSeconds(20);
    /** Whether an overlay panel is on screen and done with its opening transition: a click before lands nowhere. */
    private static final String SHOWN = "var panel = document.getElementById(arguments[0]);"
            + " return panel !== null && panel.getClientRects().length > 0"
            + " && !/ui-connected-overlay-enter(-active)?(\\s|$)/.test(panel.className);";
    static final String DEMO_PASSWORD = "Demo#2026";

    private WebDriver driver;
    private URL base;

    private static final Path DOWNLOADS = Path.of("target", "downloads");
    private Path downloads;

    public Browser open(URL baseUrl) {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's Chromium and its driver at " + CHROMIUM
                    + " and " + CHROMEDRIVER + ": apt-get install chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1366,768", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .build();
        try {
            downloads = Files.createTempDirectory(Files.createDirectories(DOWNLOADS), "browser-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriver chrome = new ChromeDriver(service, options);
        // headless Chromium saves downloads only where it is told to, through the DevTools protocol
        chrome.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                "downloadPath", downloads.toAbsolutePath().toString()));
        driver = chrome;
        base = Deployments.root(baseUrl);
        return this;
    }

    /** Resizes the window, as a tablet held upright (768 × 1024) shows the screens. */
    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Lays pages out as a phone held upright shows them: 375 CSS pixels wide, touch and a mobile viewport. */
    public void phone() {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 375,
                "height", 812, "deviceScaleFactor", 2, "mobile", true));
    }

    /** Lays pages out for the window again, after {@link #phone()}. */
    public void desktop() {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** Lays the page out for paper, as the browser's print dialogue would. */
    public void printMedia() {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    }

    /** Lays the page out for the screen again. */
    public void screenMedia() {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }

    /** Follows a link the way its address reads, whatever window it would open in. */
    public void follow(By link) {
        driver.get(find(link).getAttribute("href"));
        waitForPageReady();
    }

    /** Whether any element that matches is shown. */
    public boolean shows(By by) {
        return driver.findElements(by).stream().anyMatch(WebElement::isDisplayed);
    }

    /** Keeps a picture of the page with the test report, as a reviewer would look at a layout. */
    public void screenshot(String name) throws IOException {
        Path screenshots = Files.createDirectories(Path.of(System.getProperty("zoneflow.screenshots",
                "target/screenshots")));
        Files.copy(((ChromeDriver) driver).getScreenshotAs(OutputType.FILE).toPath(),
                screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** How many pixels the page is wider than the window: what a user would have to scroll sideways. */
    public long sidewaysOverflow() {
        waitForPageReady();
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).longValue();
    }

    public void go(String path) {
        driver.get(base.toString() + path);
    }

    public WebElement find(By by) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** What the page holds now, shown or not, without waiting: for asserting that something is absent. */
    public List<WebElement> findAll(By by) {
        waitForPageReady();
        return driver.findElements(by);
    }

    /**
     * Clicks a download button and waits for the file the browser saves (this browser's first download), whole:
     * Chromium may put an empty file under the final name while it still writes the .crdownload beside it.
     */
    public Path download(String id) {
        click(id);
        return new WebDriverWait(driver, WAIT).until(browser -> {
            try (Stream<Path> files = Files.list(downloads)) {
                List<Path> present = files.toList();
                if (present.stream().anyMatch(file -> file.toString().endsWith(".crdownload"))) {
                    return null;
                }
                return present.stream().filter(file -> file.toFile().length() > 0).findFirst().orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Picks an option of a PrimeFaces select menu by its label, as a person does, and waits until it shows. The
     * option is clicked only once the panel has stopped moving: a click on a panel still fading in is lost.
     */
    public void choose(String id, String label) {
        click(id);
        String panel = id + "_panel";
        new WebDriverWait(driver, WAIT).until(browser -> Boolean.TRUE.equals(((JavascriptExecutor) browser)
                .executeScript(SHOWN, panel)));
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id='" + panel + "'] li[data-label='" + label + "']"))).click();
        waitForText(By.id(id + "_label"), label);
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.invisibilityOfElementLocated(By.id(panel)));
    }

    /** Chooses a file in a file input, which upload widgets keep invisible behind their own button. */
    public void attach(By input, Path file) {
        waitForPageReady();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(input))
                .sendKeys(file.toAbsolutePath().toString());
    }

    /**
     * Types once the page's widgets are set up (PrimeFaces inputs replace what was typed before they were), over
     * whatever the field held, as a person selecting it all would: clearing it instead blurs it, and a date picker
     * then writes its last date back.
     */
    public void type(String id, String text) {
        waitForPageReady();
        find(By.id(id)).sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }

    /**
     * Clicks once the page has loaded and PrimeFaces has set up its widgets, as a person would: one who waits while a
     * growl's message still lies over the button (the header's 退出 sits where growls appear) until it fades.
     */
    public void click(String id) {
        waitForPageReady();
        new WebDriverWait(driver, WAIT).ignoring(ElementClickInterceptedException.class).until(browser -> {
            WebElement button = ExpectedConditions.elementToBeClickable(By.id(id)).apply(browser);
            if (button == null) {
                return false;
            }
            button.click();
            return true;
        });
    }

    /**
     * Clicks what the locator finds once the page holds still. A searched table can still be replaced by the search's
     * last answer between finding a row and clicking it (its filter waits before it asks): the row is then found again.
     */
    public void clickFound(By by) {
        waitForPageReady();
        new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class)
                .ignoring(ElementClickInterceptedException.class).until(browser -> {
            browser.findElement(by).click();
            return true;
        });
    }

    /** Waits until the page has loaded and PrimeFaces has no request under way, as after an update. */
    public void settle() {
        waitForPageReady();
    }

    private void waitForPageReady() {
        new WebDriverWait(driver, WAIT).until(browser -> Boolean.TRUE.equals(((JavascriptExecutor) browser)
                .executeScript("return document.readyState === 'complete'"
                        + " && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())")));
    }

    /**
     * Waits until the element shows the text. While a click is still taking the browser to the next page, Chromium
     * may answer with a node of the page it is leaving ("does not belong to the document"): that is asked again.
     */
    public void waitForText(By by, String text) {
        new WebDriverWait(driver, WAIT).ignoring(WebDriverException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /** Waits until the input holds the value, as after an update that fills or empties it. */
    public void waitForValue(String id, String value) {
        new WebDriverWait(driver, WAIT).ignoring(WebDriverException.class)
                .until(page -> value.equals(Objects.toString(page.findElement(By.id(id)).getDomProperty("value"), "")));
    }

    /** The labels a PrimeFaces select menu offers, read from the select it keeps hidden. */
    public List<String> optionsOf(String id) {
        waitForPageReady();
        return driver.findElements(By.cssSelector("[id='" + id + "_input'] option")).stream()
                .map(option -> option.getAttribute("textContent").strip()).toList();
    }

    /**
     * Waits until the texts of the elements satisfy the condition, read again whenever an update replaced them
     * meanwhile (a table filtered as someone types is updated once per key).
     */
    public List<String> waitForTexts(By by, Predicate<List<String>> condition) {
        return new WebDriverWait(driver, WAIT).ignoring(WebDriverException.class).until(page -> {
            List<String> texts = texts(by);
            return condition.test(texts) ? texts : null;
        });
    }

    /** Waits until the page shows exactly this many of the elements, as after a table is searched. */
    public void waitForCount(By by, int count) {
        new WebDriverWait(driver, WAIT).ignoring(WebDriverException.class)
                .until(ExpectedConditions.numberOfElementsToBe(by, count));
    }

    public String currentPath() {
        return driver.getCurrentUrl().substring(base.toString().length() - 1);
    }

    public void logInAs(String username, String password) {
        go("login.xhtml");
        type("login:username", username);
        type("login:password", password);
        click("login:submit");
    }

    /**
     * Signs in with the demo password and waits for the page the user starts on: the inbox for those who work on
     * projects, the screen of their duty for the administrators.
     */
    public void signedInAs(String username) {
        logInAs(username, DEMO_PASSWORD);
        find(By.id("menu:logout"));
    }

    /** Signs out through the menu, as a user leaving their desk does. */
    public void signOut() {
        click("menu:logout");
        find(By.id("login:username"));
    }

    /** How many elements the page has that match, without waiting for any. */
    public int count(By by) {
        return driver.findElements(by).size();
    }

    public List<String> texts(By by) {
        return driver.findElements(by).stream().map(WebElement::getText).filter(text -> !text.isBlank()).toList();
    }

    /** The element's text once the page's updates are done; an element replaced meanwhile is read anew. */
    public String text(By by) {
        waitForPageReady();
        return new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class)
                .until(browser -> browser.findElement(by).getText());
    }

    @Override
    public void afterTestExecution(ExtensionContext context) throws IOException {
        try {
            if (driver != null && context.getExecutionException().isPresent()) {
                Path screenshots = Path.of(System.getProperty("zoneflow.screenshots", "target/screenshots"));
                Files.createDirectories(screenshots);
                File shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
                Files.copy(shot.toPath(), screenshots.resolve(context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName() + ".png"), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            if (driver != null) {
                driver.quit();
                driver = null;
            }
        }
    }
}
