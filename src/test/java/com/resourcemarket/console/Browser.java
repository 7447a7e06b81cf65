package com.resourcemarket.console;

import com.resourcemarket.testsupport.DemoPartners;
import com.resourcemarket.testsupport.KeycloakAdmin;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * A real headless Chromium (Debian packages {@code chromium} + {@code chromium-driver}, which .ci/run installs)
 * driven through Selenium. Screenshots go to {@code target/console-screenshots/}.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target/console-screenshots");
    private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    final WebDriver driver;
    final WebDriverWait wait;
    final String base;

    private Browser(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /**
     * The test app's base address, made ready for the console: the demo partners registered and the console client
     * allowed to redirect to this port.
     */
    static String consoleBase() {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        DemoPartners.ensureRegistered();
        KeycloakAdmin.allowConsoleOn(port);
        return "http://localhost:" + port;
    }

    /** Starts Chromium with the given Accept-Language; skipped on a machine without it, unless on CI. */
    static Browser start(String base, String acceptLanguage) {
        boolean present = new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute();
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("Chromium or chromedriver missing: apt-get install chromium chromium-driver");
        }
        Assumptions.assumeTrue(present, "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1366,1000", "--lang=" + acceptLanguage, "--disable-search-engine-choice-screen");
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", acceptLanguage));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), base);
    }

    void open(String path) {
        driver.get(base + path);
    }

    /** Signs in on the Keycloak login page the console redirects to. */
    void signIn(String username, String password) {
        open("/console");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        try {
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-in-as")));
        } catch (RuntimeException e) {
            screenshot("failed-sign-in-" + username);
            throw new AssertionError("sign-in as " + username + " ended on " + driver.getCurrentUrl() + ": "
                    + driver.getPageSource().substring(0, Math.min(3000, driver.getPageSource().length())), e);
        }
    }

    WebElement await(By by) {
        try {
            return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
        } catch (RuntimeException e) {
            String page = driver.getPageSource();
            throw new AssertionError("no " + by + " on " + driver.getCurrentUrl() + ": "
                    + page.substring(0, Math.min(4000, page.length())), e);
        }
    }

    String text(By by) {
        return await(by).getText();
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(file, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole page, not only the window: the window is made as tall as the page (at most 4,000 px) for the shot. */
    void screenshotPage(String name) {
        org.openqa.selenium.Dimension size = driver.manage().window().getSize();
        Object height = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
        int tall = Math.min(4000, Math.max(size.getHeight(), ((Number) height).intValue() + 140));
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(size.getWidth(), tall));
        try {
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
            screenshot(name);
        } finally {
            driver.manage().window().setSize(size);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
