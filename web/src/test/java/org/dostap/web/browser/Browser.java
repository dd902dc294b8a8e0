package org.dostap.web.browser;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * Headless Debian Chromium through Selenium, pointed at the system binaries so that Selenium Manager never
 * downloads anything. Missing Chromium skips the test locally and FAILS it in CI ({@code CI=true}).
 */
final class Browser {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private Browser() {}

    static ChromeDriver start(int width, int height) throws IOException {
        boolean present = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!present) {
            String message = "Chromium or chromedriver missing (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "): apt-get install chromium chromium-driver";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) Assertions.fail(message);
            Assumptions.abort(message);
        }
        Path profile = Files.createTempDirectory("dostap-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage",
                "--window-size=" + width + "," + height, "--user-data-dir=" + profile, "--lang=bg");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
        return new ChromeDriver(service, options);
    }

    /** Clicks, retrying when a panel re-rendered the element in between (the page redraws panels on every answer). */
    static void click(WebDriver driver, By by) {
        for (int attempt = 0; ; attempt++) {
            try {
                driver.findElement(by).click();
                return;
            } catch (StaleElementReferenceException e) {
                if (attempt == 5) throw e;
            }
        }
    }

    /** An element's text, retrying when a panel re-rendered the element in between. */
    static String text(WebDriver driver, By by) {
        for (int attempt = 0; ; attempt++) {
            try {
                return driver.findElement(by).getText();
            } catch (StaleElementReferenceException e) {
                if (attempt == 5) throw e;
            }
        }
    }

    /**
     * Chooses an option of a select as a person would and fires its change event (in one step, so a panel that redraws
     * itself on the change leaves no stale element behind).
     */
    static void select(WebDriver driver, By by, String value) {
        for (int attempt = 0; ; attempt++) {
            try {
                js(driver, "const s = arguments[0]; s.value = arguments[1]; s.dispatchEvent(new Event('change', {bubbles: true}));",
                        driver.findElement(by), value);
                return;
            } catch (StaleElementReferenceException e) {
                if (attempt == 5) throw e;
            }
        }
    }

    /** Opens {@code url} and waits (30 s at most) until the map has drawn its first answer ({@code body.dataset.renders}). */
    static void openAndAwaitRender(WebDriver driver, String url) {
        driver.get(url);
        awaitRenders(driver, 1, Duration.ofSeconds(30));
    }

    /** Waits until the map has drawn at least {@code atLeast} answers in all ({@code body.dataset.renders}); returns how many. */
    static int awaitRenders(WebDriver driver, int atLeast, Duration timeout) {
        new WebDriverWait(driver, timeout).until(d -> renders(d) >= atLeast);
        return renders(driver);
    }

    private static int renders(WebDriver driver) { return Integer.parseInt((String) js(driver, "return document.body.dataset.renders || '0'")); }

    /** Opens {@code url} and waits (30 s at most) until the page says it is ready ({@code body.dataset.ready}). */
    static void openAndAwaitReady(WebDriver driver, String url) {
        driver.get(url);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "true".equals(js(d, "return document.body.dataset.ready || ''")));
    }

    static Object js(WebDriver driver, String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /**
     * Sets the page's viewport to exactly width x height CSS pixels (the window size of headless Chromium includes no
     * browser chrome but is not always the viewport) and waits until the page has seen the new size.
     */
    static void viewport(ChromeDriver driver, int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", false));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d ->
                Long.valueOf(width).equals(js(d, "return window.innerWidth")) && Long.valueOf(height).equals(js(d, "return window.innerHeight")));
        // the page re-measures the map 150 ms after the last resize (layout.js) and may refit its view: let that end
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d ->
                Boolean.TRUE.equals(js(d, "return !(window.dostap && dostap.map && dostap.map._animatingZoom)")));
    }

    /** Saves the page as {@code target/screenshots/NAME} for a person to look at. */
    static void screenshot(ChromeDriver driver, String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
