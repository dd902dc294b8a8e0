package org.dostap.web.browser;

import org.dostap.engine.traveltime.EstimatedTravelTimes;
import org.dostap.web.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Export tab's workbook buttons in headless Chromium on the Smolyan pilot: each download answers 200 with a
 * workbook (or CSV); the mobile schedule button appears once a plan is made. Screenshot under web/target/screenshots/.
 */
class ExportBrowserTest {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    @RegisterExtension
    static final TestServer server = TestServer.bundled(EstimatedTravelTimes.defaults());
    private static ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        driver = Browser.start(1366, 768);
        Browser.openAndAwaitRender(driver, server.url() + "?region=SML");
        // record every response the page fetches: url, status, content type
        js("const f = window.fetch; window.__responses = []; window.fetch = async (...a) => { const r = await f(...a);"
                + " window.__responses.push([String(a[0]), r.status, r.headers.get('Content-Type') || '']); return r; };");
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> response(String path) {
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> ((List<List<Object>>) js("return window.__responses"))
                .stream().anyMatch(r -> ((String) r.get(0)).contains(path)));
        return ((List<List<Object>>) js("return window.__responses")).stream().filter(r -> ((String) r.get(0)).contains(path))
                .reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void theWorkbookButtonsDownloadWorkbooks() throws Exception {
        Browser.click(driver, By.id("tab-export"));
        Browser.screenshot(driver, "export-panel.png");
        Browser.click(driver, By.id("export-xlsx"));
        List<Object> r = response("/export/settlements.xlsx?lang=");
        assertThat(r.get(1)).isEqualTo(200L);
        assertThat((String) r.get(2)).startsWith(XLSX);
        Browser.click(driver, By.id("export-municipalities-xlsx"));
        assertThat(response("/export/municipalities.xlsx").get(1)).isEqualTo(200L);
        Browser.click(driver, By.id("export-excel-csv"));
        assertThat(response("/export/settlements.csv?excel=").get(1)).isEqualTo(200L);
        assertThat(driver.findElements(By.id("export-mobile-xlsx"))).as("no plan yet").isEmpty();

        Browser.click(driver, By.id("tab-mobile"));
        Browser.click(driver, By.id("mobile-run"));
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.findElements(By.id("mobile-reached")).isEmpty());
        assertThat(Browser.text(driver, By.id("mobile-base-why"))).as("the automatic base says why").isNotBlank();
        Browser.click(driver, By.id("tab-export"));
        Browser.click(driver, By.id("export-mobile-xlsx"));
        List<Object> m = response("/mobile/schedule.xlsx");
        assertThat(m.get(1)).isEqualTo(200L);
        assertThat((String) m.get(2)).startsWith(XLSX);
        Browser.screenshot(driver, "export-panel-with-plan.png");
    }

    private static Object js(String script) { return Browser.js(driver, script); }
}
