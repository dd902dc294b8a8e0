package org.dostap.web.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.dostap.engine.traveltime.EstimatedTravelTimes;
import org.dostap.web.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Export tab's *Report (Word)* on the Smolyan pilot after an optimization, a mobile plan and a visit to the
 * Targets (M&E) tab: the request carries the finished job's id, the plan's id and the tab's review and targets, and
 * the DOCX the page receives has the sites table, the mobile teams and the monitoring table, each naming its source.
 * The DOCX is kept under web/target/screenshots/ with the screenshots of the Export tab.
 */
class ReportBrowserTest {
    @RegisterExtension
    static final TestServer server = TestServer.bundled(EstimatedTravelTimes.uniform());
    private static ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        driver = Browser.start(1366, 768);
        Browser.openAndAwaitRender(driver, server.url() + "?region=SML");
        // record the report requests: url, body, status, and the file the page receives (base64)
        js("const f = window.fetch; window.__reports = []; window.fetch = async (...a) => { const r = await f(...a);"
                + " if (String(a[0]).includes('/report.')) { const c = r.clone(); const b = new Uint8Array(await c.arrayBuffer());"
                + " let s = ''; for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode.apply(null, b.subarray(i, i + 8192));"
                + " window.__reports.push([String(a[0]), a[1] && a[1].body || null, r.status, btoa(s)]); } return r; };");
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theReportIncludesTheOptimizationThePlanAndTheTargetsOfThePage() throws Exception {
        Browser.click(driver, By.id("tab-optimize"));
        select("opt-problem", "mclp");
        js("const e = document.getElementById('opt-sites'); e.value = 1; e.dispatchEvent(new Event('change'));");
        select("opt-limit", "10");
        Browser.click(driver, By.id("opt-run"));
        new WebDriverWait(driver, Duration.ofSeconds(90)).ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.id("opt-gap")).isEmpty() && d.findElements(By.id("opt-live")).isEmpty());

        Browser.click(driver, By.id("tab-mobile"));
        Browser.click(driver, By.id("mobile-run"));
        new WebDriverWait(driver, Duration.ofSeconds(90)).until(d -> !d.findElements(By.id("mobile-reached")).isEmpty());

        Browser.click(driver, By.id("tab-monitoring"));
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.findElements(By.cssSelector("#me-table tbody tr.total")).isEmpty());
        js("const e = document.querySelector(\".me-target[data-area='SML']\"); e.value = '90'; e.dispatchEvent(new Event('change'));");

        Browser.click(driver, By.id("tab-export"));
        String note = Browser.text(driver, By.id("export-report-note"));
        assertThat(note).contains("резултата от оптимизацията", "плана за мобилни екипи", "прегледа и целите");
        js("document.getElementById('export-report-note').scrollIntoView()");
        Browser.screenshot(driver, "report-export-tab.png");
        Browser.viewport(driver, 400, 800);
        js("document.getElementById('export-report-note').scrollIntoView()");
        Browser.screenshot(driver, "report-export-tab-phone.png");
        Browser.viewport(driver, 1366, 768);

        Browser.click(driver, By.id("export-report-docx"));
        new WebDriverWait(driver, Duration.ofSeconds(180)).until(d -> ((List<?>) js("return window.__reports")).size() == 1);
        List<Object> r = ((List<List<Object>>) js("return window.__reports")).get(0);
        assertThat(r.get(2)).as("status").isEqualTo(200L);
        JsonNode body = new ObjectMapper().readTree((String) r.get(1));
        String jobId = body.path("optimization_job_id").asText();
        String planId = body.path("mobile_plan_id").asText();
        assertThat(jobId).as("the finished job's id").isNotBlank();
        assertThat(planId).as("the plan's id").matches("[0-9a-f]{12}");
        assertThat(body.path("lang").asText()).isEqualTo("bg");
        assertThat(body.path("targets").toString()).contains("\"area\":\"SML\"", "\"share_within\":0.9");
        assertThat(body.has("review_population")).isTrue();

        byte[] docx = Base64.getDecoder().decode((String) r.get(3));
        Path out = Path.of("target/screenshots/report-from-page.docx");
        Files.createDirectories(out.getParent());
        Files.write(out, docx);
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = d.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(text).contains("Оптимизация на местата", "Източник: задача за оптимизация " + jobId,
                    "План за мобилни екипи", "Източник: план за мобилни екипи " + planId, "Мониторинг: база, преглед и цел");
            XWPFTable sites = d.getTables().stream().filter(t -> t.getRow(0).getCell(1).getText().equals("Място")).findFirst().orElseThrow();
            assertThat(sites.getNumberOfRows()).as("header and at least the new site").isGreaterThanOrEqualTo(2);
            assertThat(d.getTables().stream().anyMatch(t -> t.getRow(0).getCell(0).getText().equals("Екип"))).as("teams table").isTrue();
            XWPFTable monitoring = d.getTables().stream().filter(t -> t.getRow(0).getTableCells().stream().anyMatch(c -> c.getText().equals("Цел")))
                    .findFirst().orElseThrow();
            assertThat(monitoring.getRow(monitoring.getNumberOfRows() - 1).getCell(4).getText()).isEqualTo("90,0 %");
        }
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

    private static Object js(String script) { return Browser.js(driver, script); }
}
