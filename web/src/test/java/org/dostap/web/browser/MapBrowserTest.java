package org.dostap.web.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dostap.engine.traveltime.EstimatedTravelTimes;
import org.dostap.web.support.Api;
import org.dostap.web.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The map in a real headless Chromium on the bundled Smolyan pilot: all 240 settlements drawn, the headline numbers
 * equal to the API's, a centre added by clicking the map raises covered population (by exactly what the API says
 * for the same edits), the language switch relabels the page. Screenshots under web/target/screenshots/.
 */
class MapBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final TestServer server = TestServer.bundled(EstimatedTravelTimes.uniform());
    private static final Api api = server.api();
    private static ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        driver = Browser.start(1400, 900);
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
    }

    @Test
    void planningOnTheMap() throws Exception {
        driver.get(server.url() + "?region=SML");
        int renders = waitForRenders(1);
        List<WebElement> circles = driver.findElements(By.cssSelector("path.dostap-settlement"));
        assertThat(circles).hasSize(240);
        assertThat(text(By.id("banner-estimated"))).containsIgnoringCase("Приблизителни");
        assertThat(text(By.id("banner-illustrative"))).containsIgnoringCase("Илюстративни");

        // threshold 15 min: more gaps to work with
        click(By.cssSelector("#threshold-buttons button[data-min='15']"));
        renders = waitForRenders(renders + 1);
        JsonNode baseline = api.get("/api/regions/SML/coverage?service=community-support&threshold_min=15").json();
        long baselineCovered = baseline.get("summary").get("covered_population").asLong();
        assertThat(kpi("kpi-covered-population")).isEqualTo(baselineCovered);
        assertThat(kpi("kpi-uncovered-population")).isEqualTo(baseline.get("summary").get("uncovered_population").asLong());
        screenshot("map-baseline.png");

        // add a centre on the largest uncovered settlement by clicking the map
        JsonNode target = baseline.get("uncovered").get(0);
        JsonNode feature = settlementFeature(target.get("id").asText());
        click(By.id("tab-scenario"));
        click(By.id("btn-add-centre"));
        clickMapAt(feature.get("geometry").get("coordinates").get(1).asDouble(), feature.get("geometry").get("coordinates").get(0).asDouble());
        renders = waitForRenders(renders + 1);
        String edits = (String) js("return JSON.stringify(window.dostap.state.edits)");
        assertThat(edits).contains("\"kind\":\"add\"");
        JsonNode scenario = api.post("/api/regions/SML/coverage",
                "{\"service\":\"community-support\",\"threshold_min\":15,\"edits\":" + edits + "}").json();
        long scenarioCovered = scenario.get("summary").get("covered_population").asLong();
        assertThat(scenarioCovered).isGreaterThanOrEqualTo(baselineCovered + target.get("population").asLong());
        click(By.id("tab-coverage"));
        assertThat(kpi("kpi-covered-population")).isEqualTo(scenarioCovered);
        click(By.id("tab-scenario"));
        assertThat(text(By.id("scenario-delta")).replaceAll("[^0-9]", ""))
                .isEqualTo(String.valueOf(scenarioCovered - baselineCovered));
        assertThat(driver.findElements(By.cssSelector("path.dostap-settlement[data-change='gained']"))).isNotEmpty();
        screenshot("map-scenario.png");

        // save the scenario through the page
        driver.findElement(By.id("scenario-name")).sendKeys("Нов ЦОП");
        click(By.id("btn-save"));
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("saved-list")).getText().contains("Нов ЦОП"));
        JsonNode saved = api.get("/api/regions/SML/scenarios").json();
        assertThat(saved).hasSize(1);
        assertThat(saved.get(0).get("edit_count").asInt()).isEqualTo(1);

        // the language switch relabels the page
        click(By.id("lang-en"));
        assertThat(text(By.id("tab-coverage"))).isEqualTo("Coverage");
        js("const l = document.getElementById('legend'); if (l.classList.contains('collapsed')) document.getElementById('legend-title').click()");
        assertThat(text(By.id("legend"))).contains("Time to the nearest service");
        assertThat(driver.getTitle()).isEqualTo("Dostap — access to social services");
        assertThat(text(By.id("banner-estimated"))).containsIgnoringCase("Estimated travel times");
        screenshot("map-scenario-en.png");
        click(By.id("lang-bg"));
        assertThat(text(By.id("tab-coverage"))).isEqualTo("Покритие");

        // population years: 2011 against 2017, per municipality
        click(By.id("tab-years"));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector("#years tbody tr")).isEmpty());
        assertThat(driver.findElements(By.cssSelector("#years tbody tr"))).hasSize(10);
        screenshot("map-years.png");

        // a settlement's details
        click(By.id("tab-coverage"));
        js("window.dostap.settlementLayer.byId.get(arguments[0]).fire('click')", target.get("id").asText());
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector(".popup[data-settlement]")).isEmpty());
        assertThat(text(By.cssSelector(".popup[data-settlement]"))).contains(target.get("name").asText());
        screenshot("map-settlement-popup.png");

        // the printable page of the current view
        click(By.id("tab-export"));
        String main = driver.getWindowHandle();
        click(By.id("export-print"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getWindowHandles().size() > 1);
        for (String h : driver.getWindowHandles()) if (!h.equals(main)) driver.switchTo().window(h);
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("report")).getText().contains("Доклад"));
        assertThat(text(By.id("report"))).contains("Смолян").containsIgnoringCase("Илюстративни");
        screenshot("print.png");
        assertThat(severeConsoleErrors()).isEmpty();
        assertThat(driver.findElements(By.cssSelector("#print-map path.leaflet-interactive"))).hasSizeGreaterThan(240);
        driver.close();
        driver.switchTo().window(main);

        Object firstRender = js("return performance.getEntriesByName('dostap-first-render')[0].startTime");
        System.out.println("first full render: " + firstRender + " ms after navigation start");
    }

    @Test
    void mobileTeamsAndOptimizationPanels() throws Exception {
        driver.get(server.url() + "?region=SML");
        waitForRenders(1);

        // mobile teams: the default base (first centre of the service), one team every 2 weeks over 4 weeks
        click(By.id("tab-mobile"));
        click(By.id("mobile-run"));
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.findElements(By.cssSelector("path.dostap-mobile-route")).isEmpty());
        int routes = driver.findElements(By.cssSelector("path.dostap-mobile-route")).size();
        int days = driver.findElements(By.cssSelector("#mobile-days tbody tr")).size();
        assertThat(routes).isEqualTo(days).isGreaterThan(0);
        assertThat(driver.findElements(By.cssSelector("path.dostap-mobile-served"))).isNotEmpty();
        assertThat(kpi("mobile-reached")).isPositive();
        screenshot("map-mobile.png");

        // optimization at 15 min: MCLP, 2 new centres among all settlements, existing kept, short time limit
        int renders = Integer.parseInt((String) js("return document.body.dataset.renders"));
        click(By.cssSelector("#threshold-buttons button[data-min='15']"));
        waitForRenders(renders + 1);
        click(By.id("tab-optimize"));
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("opt-limit"))).selectByValue("10");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("opt-candidates"))).selectByValue("settlements");
        click(By.id("opt-run"));
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.findElements(By.id("opt-gap")).isEmpty());
        assertThat(driver.findElement(By.id("opt-gap")).getText()).matches("[0-9.,\\s]+%");
        assertThat(driver.findElements(By.cssSelector("#opt-chosen tbody tr"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(driver.findElements(By.cssSelector(".opt-site.new"))).hasSize(2);
        assertThat(driver.findElements(By.cssSelector("path.dostap-mobile-route"))).as("the mobile layer leaves with its tab").isEmpty();
        assertThat(Long.parseLong(driver.findElement(By.id("opt-gain")).getText().replaceAll("[^0-9]", ""))).isPositive();
        screenshot("map-optimize.png");
        click(By.id("lang-en"));
        assertThat(driver.findElement(By.id("tab-optimize")).getText()).isEqualTo("Optimize");
        screenshot("map-optimize-en.png");
        click(By.id("lang-bg"));
        assertThat(severeConsoleErrors()).isEmpty();
    }

    private void click(By by) { Browser.click(driver, by); }

    private String text(By by) { return Browser.text(driver, by); }

    private List<String> severeConsoleErrors() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()).map(Object::toString).toList();
    }

    private long kpi(String id) {
        return Long.parseLong(text(By.id(id)).replaceAll("[^0-9]", ""));
    }

    private JsonNode settlementFeature(String id) {
        for (JsonNode f : api.get("/api/regions/SML/settlements").json().get("features"))
            if (f.get("properties").get("id").asText().equals(id)) return f;
        throw new AssertionError("no settlement " + id);
    }

    private void clickMapAt(double lat, double lon) {
        @SuppressWarnings("unchecked")
        Map<String, Object> p = (Map<String, Object>) js("var p = window.dostap.map.latLngToContainerPoint([arguments[0], arguments[1]]);"
                + " return {x: p.x, y: p.y};", lat, lon);
        WebElement map = driver.findElement(By.id("map"));
        int x = (int) Math.round(((Number) p.get("x")).doubleValue() - map.getSize().getWidth() / 2.0);
        int y = (int) Math.round(((Number) p.get("y")).doubleValue() - map.getSize().getHeight() / 2.0);
        new Actions(driver).moveToElement(map, x, y).click().perform();
    }

    private int waitForRenders(int atLeast) { return Browser.awaitRenders(driver, atLeast, Duration.ofSeconds(20)); }

    private Object js(String script, Object... args) { return Browser.js(driver, script, args); }

    private static void screenshot(String name) throws Exception { Browser.screenshot(driver, name); }

    static JsonNode parse(String s) throws Exception { return JSON.readTree(s); }
}
