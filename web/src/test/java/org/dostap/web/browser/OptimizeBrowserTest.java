package org.dostap.web.browser;

import org.dostap.engine.traveltime.EstimatedTravelTimes;
import org.dostap.web.support.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Optimize tab in headless Chromium on the bundled Smolyan pilot: an inter-municipal network of Smolyan and
 * Chepelare with its cost-sharing table and why its site was chosen; a long capacitated run showing the solver's live
 * phase, cancelled from the panel, after which the next run finishes at once. Screenshots under web/target/screenshots/.
 */
class OptimizeBrowserTest {
    @RegisterExtension
    static final TestServer server = TestServer.bundled(EstimatedTravelTimes.uniform());
    @Chromium(width = 1400, height = 1000)
    static ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        Browser.openAndAwaitRender(driver, server.url() + "?region=SML");
        click(By.id("tab-optimize"));
    }

    @Test
    void anInterMunicipalNetworkSharesItsCost() throws Exception {
        select("opt-problem", "inter-municipal");
        setNumber("opt-sites", 1);
        select("opt-candidates", "settlements");
        setCheckbox("opt-keep", false);
        setNumber("opt-share", 50);
        setNumber("opt-cost-per-centre", 100000);
        setCheckbox("opt-hosts", true);
        click(By.cssSelector("#opt-partners input[value='SML31']"));
        click(By.cssSelector("#opt-partners input[value='SML38']"));
        click(By.id("opt-run"));
        new WebDriverWait(driver, Duration.ofSeconds(90)).ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.cssSelector("#opt-cost-table tbody tr")).isEmpty() || !d.findElements(By.id("opt-error")).isEmpty());
        screenshot("optimize-network.png");
        assertThat(driver.findElements(By.id("opt-error"))).as("no failure").isEmpty();
        List<WebElement> rows = driver.findElements(By.cssSelector("#opt-cost-table tbody tr"));
        assertThat(rows).hasSize(2);
        String table = text(By.id("opt-cost-table"));
        assertThat(table).contains("Смолян").contains("Чепеларе");
        long costs = 0;
        for (WebElement row : rows) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            costs += Long.parseLong(cells.get(cells.size() - 1).getText().replaceAll("[^0-9]", ""));
        }
        assertThat(costs).as("one centre's cost shared out (rounded per row)").isBetween(99_999L, 100_001L);
        assertThat(driver.findElements(By.cssSelector("#opt-why-table tbody tr"))).hasSize(1);
        assertThat(driver.findElements(By.cssSelector(".opt-site.new"))).hasSize(1);
        screenshot("optimize-network.png");
    }

    @Test
    void aLongRunShowsTheSolverAndIsCancelledFromThePanel() throws Exception {
        // capacitated p-median, 4 new centres of 300 places among all 240 settlements, 120 s: runs its whole limit (above 200
        // points the search phases come first, the LP bound and the exact model only near the end)
        select("opt-problem", "capacitated-p-median");
        setNumber("opt-sites", 4);
        select("opt-candidates", "settlements");
        setCheckbox("opt-keep", false);
        select("opt-limit", "120");
        setNumber("opt-capacity", 300);
        click(By.id("opt-run"));
        new WebDriverWait(driver, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("opt-live")).getText().matches("(?s).*(Търсене в околности|Локално търсене|LP граница|Точен модел).*"));
        assertThat(text(By.cssSelector("#opt-job"))).contains("време");
        screenshot("optimize-running.png");
        click(By.id("opt-cancel"));
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("opt-cancelled")).getText().contains("спря"));
        double stopSeconds = Double.parseDouble(text(By.id("opt-cancelled")).replaceAll("(?s).*спря за ([0-9,.]+) s.*", "$1").replace(',', '.'));
        assertThat(stopSeconds).as("seconds the solver took to stop").isLessThan(3);
        screenshot("optimize-cancelled.png");

        // the worker is free: a quick run ends at once
        select("opt-problem", "mclp");
        setNumber("opt-sites", 1);
        select("opt-limit", "10");
        long t0 = System.nanoTime();
        click(By.id("opt-run"));
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.id("opt-gap")).isEmpty() && d.findElements(By.id("opt-live")).isEmpty()
                        && d.findElements(By.id("opt-cost-table")).isEmpty()); // not the network's result of the other test
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(20);
    }

    private static void select(String id, String value) {
        for (int attempt = 0; ; attempt++) {
            try {
                new Select(driver.findElement(By.id(id))).selectByValue(value);
                return;
            } catch (StaleElementReferenceException e) {
                if (attempt == 5) throw e;
            }
        }
    }

    /** Sets a number field and fires its change event (as leaving the field does). */
    private static void setNumber(String id, double value) {
        js("const e = document.getElementById(arguments[0]); e.value = arguments[1]; e.dispatchEvent(new Event('change'));", id, value);
    }

    private static void setCheckbox(String id, boolean checked) {
        js("const e = document.getElementById(arguments[0]); if (e.checked !== arguments[1]) e.click();", id, checked);
    }

    private static void click(By by) { Browser.click(driver, by); }

    private static String text(By by) { return Browser.text(driver, by); }

    private static Object js(String script, Object... args) { return Browser.js(driver, script, args); }

    private static void screenshot(String name) throws Exception { Browser.screenshot(driver, name); }
}
