package org.trialline.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium, Debian's {@code chromium} driven through its {@code chromedriver}, at the size of a
 * wallboard screen. {@code TRIALLINE_TEST_CHROMIUM} and {@code TRIALLINE_TEST_CHROMEDRIVER} point elsewhere.
 */
final class Browser implements AutoCloseable {

    private final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    static Browser open() {
        Path chromium = Path.of(setting("TRIALLINE_TEST_CHROMIUM", "/usr/bin/chromium"));
        Path chromedriver = Path.of(setting("TRIALLINE_TEST_CHROMEDRIVER", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
            throw new IllegalStateException("No Chromium for the browser tests at " + chromium + " and " + chromedriver
                    + ": install Debian's chromium and chromium-driver packages (bash .ci/run does), or point"
                    + " TRIALLINE_TEST_CHROMIUM and TRIALLINE_TEST_CHROMEDRIVER at them.");
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary(chromium.toFile())
                .addArguments(
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--window-size=1920,1080",
                        "--lang=en-GB");
        // the driver is named outright, so nothing is looked up or downloaded
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options));
    }

    WebDriver driver() {
        return driver;
    }

    void go(String url) {
        driver.get(url);
    }

    /** Signs in on the gateway's login page, which then sends the browser on to {@code next}. */
    void signIn(String gateway, String username, String next) {
        go(gateway + "/login?next=" + next);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")))
                .sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(username);
        driver.findElement(By.cssSelector("#sign-in button, #sign-in [type=submit]"))
                .click();
        // the login page's own address names the next page too, so leaving it is what shows the sign-in worked
        wait.until(driver -> !driver.getCurrentUrl().contains("/login"));
    }

    /** Saves what the page shows now as a PNG under {@code system-tests/target/screenshots}. */
    Path screenshot(String name) {
        Path file = Path.of("target", "screenshots", name + ".png").toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
