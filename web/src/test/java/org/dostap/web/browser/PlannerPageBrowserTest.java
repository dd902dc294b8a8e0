package org.dostap.web.browser;

import com.fasterxml.jackson.databind.JsonNode;
import org.dostap.engine.traveltime.EstimatedTravelTimes;
import org.dostap.web.support.Api;
import org.dostap.web.support.TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a planner needs from the page, in headless Chromium on the bundled Smolyan pilot: settlement search in Cyrillic
 * and Latin; any threshold typed in (validated; bands and numbers follow it); one municipality's view; the chart of
 * population by travel-time band; a renamed added centre and dragged coordinates rounded to 6 decimals; "Clear all"
 * unbinding the open saved scenario so that "Save" creates a new one; saved-scenario buttons coloured by risk; an
 * optimization result marked out of date (grey stars, no "Add to scenario") after a later run is cancelled; a schedule
 * row highlighting its route; the printable page with municipality names, every uncovered settlement, a centres legend,
 * the optimization and the mobile plan.
 */
class PlannerPageBrowserTest {
    @RegisterExtension
    static final TestServer server = TestServer.bundled(EstimatedTravelTimes.uniform());
    private static final Api api = server.api();
    @Chromium(width = 1400, height = 1000, exactViewport = true)
    static ChromeDriver driver;

    @BeforeEach
    void open() {
        Browser.openAndAwaitReady(driver, server.url() + "?region=SML");
    }

    @Test
    void searchThresholdMunicipalityAndChart() throws Exception {
        // search in Latin (a loose spelling) and Cyrillic
        WebElement search = driver.findElement(By.id("search-input"));
        search.sendKeys("smolian");
        assertThat(text(By.cssSelector("#search-results li"))).startsWith("Смолян");
        search.sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector(".popup[data-settlement]")).isEmpty());
        // the popup fades in (Leaflet): its text is visible once the fade is over
        new WebDriverWait(driver, Duration.ofSeconds(5)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !text(By.cssSelector(".popup[data-settlement] h4")).isEmpty());
        assertThat(text(By.cssSelector(".popup[data-settlement] h4"))).isEqualTo("Смолян");
        search.clear();
        search.sendKeys("широка");
        assertThat(text(By.cssSelector("#search-results li"))).startsWith("Широка лъка");

        // any threshold: 37 minutes, the same numbers as the API's; 500 is refused on the page
        setThreshold("37");
        waitFor("return window.dostap.state.coverage && window.dostap.state.coverage.threshold_min === 37");
        JsonNode c37 = api.get("/api/regions/SML/coverage?service=community-support&threshold_min=37").json();
        assertThat(kpi("kpi-covered-population")).isEqualTo(c37.get("summary").get("covered_population").asLong());
        js("const l = document.getElementById('legend'); if (l.classList.contains('collapsed')) document.getElementById('legend-title').click()");
        assertThat(text(By.id("legend"))).contains("18,5–37 мин.").contains("37–55,5 мин.").contains("> 74 мин.");
        setThreshold("500");
        assertThat(driver.findElement(By.id("threshold-error")).isDisplayed()).isTrue();
        assertThat(text(By.id("threshold-error"))).contains("от 1 до 240");
        assertThat(((Number) js("return window.dostap.state.threshold_min")).intValue()).isEqualTo(37);

        // the chart: five bands of the population (plus none), summing to the region's population
        @SuppressWarnings("unchecked")
        List<String> values = (List<String>) js("return [...document.querySelectorAll('#band-chart text.v')].map(t => t.textContent)");
        long sum = values.stream().mapToLong(v -> Long.parseLong(v.replaceAll("[^0-9]", ""))).sum();
        assertThat(sum).isEqualTo(c37.get("summary").get("population").asLong());

        // one municipality: Devin (SML09)
        new Select(driver.findElement(By.id("municipality-select"))).selectByValue("SML09");
        waitFor("return !!document.getElementById('filter-note')");
        JsonNode devin = null;
        for (JsonNode m : c37.get("by_municipality")) if (m.get("code").asText().equals("SML09")) devin = m;
        assertThat(kpi("kpi-covered-population")).isEqualTo(devin.get("covered_population").asLong());
        assertThat(driver.findElements(By.cssSelector("#municipalities tbody tr"))).hasSize(1);
        for (WebElement row : driver.findElements(By.cssSelector("#uncovered tbody tr")))
            assertThat(row.findElements(By.tagName("td")).get(1).getText()).isEqualTo("Девин");
        Browser.screenshot(driver, "planner-municipality.png");
        click(By.cssSelector("#filter-note button"));
        waitFor("return window.dostap.state.municipality === null");
    }

    @Test
    void scenarioRenameRoundingUnbindingAndRiskStyles() throws Exception {
        click(By.id("tab-scenario"));
        click(By.id("btn-add-centre"));
        String target = (String) js("return window.dostap.state.coverage.uncovered[0].id");
        js("window.dostap.settlementLayer.byId.get(arguments[0]).fire('click')", target);
        waitFor("return window.dostap.state.edits.length === 1 && !!window.dostap.state.comparison");
        // rename the added centre
        js("window.prompt = () => 'ЦОП Проба'");
        click(By.cssSelector("#edit-list button.rename-edit"));
        waitFor("return window.dostap.state.edits[0].name === 'ЦОП Проба'");
        // the list is drawn again once the scenario is recomputed (coverage and comparison answered)
        waitFor("return document.getElementById('edit-list').textContent.includes('ЦОП Проба')");
        assertThat(text(By.id("edit-list"))).contains("ЦОП Проба");
        // and again from its own popup on the map: a name field and a Rename button
        String added = (String) js("return window.dostap.state.edits[0].facility_id");
        click(By.cssSelector(".fac-icon.added[data-facility='" + added + "']"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector(".leaflet-popup input.fac-name")).isEmpty());
        assertThat(text(By.cssSelector(".leaflet-popup .fac-rename"))).contains("Име на центъра");
        WebElement nameField = driver.findElement(By.cssSelector(".leaflet-popup input.fac-name"));
        assertThat(nameField.getAttribute("value")).isEqualTo("ЦОП Проба");
        Browser.screenshot(driver, "planner-rename-popup.png");
        nameField.clear();
        nameField.sendKeys("ЦОП Широка лъка (проба)");
        click(By.cssSelector(".leaflet-popup button[data-act='rename']"));
        waitFor("return window.dostap.state.edits[0].name === 'ЦОП Широка лъка (проба)' && window.dostap.state.coverage.facilities.some(f => f.name === 'ЦОП Широка лъка (проба)')");
        assertThat(text(By.id("edit-list"))).contains("ЦОП Широка лъка (проба)");
        assertThat(driver.findElements(By.cssSelector(".fac-icon[data-facility='community-support-SML09']")).get(0).getAttribute("class"))
                .as("an existing centre has no rename").doesNotContain("added");
        // drag an existing centre: its move edit has at most 6 decimals
        WebElement icon = driver.findElement(By.cssSelector(".fac-icon[data-facility='community-support-SML09']"));
        new Actions(driver).clickAndHold(icon).moveByOffset(17, 11).moveByOffset(13, 7).release().perform();
        waitFor("return window.dostap.state.edits.some(e => e.kind === 'move') && window.dostap.state.coverage.edits === 2"); // redrawn
        String move = (String) js("return JSON.stringify(window.dostap.state.edits.find(e => e.kind === 'move'))");
        assertThat(move).doesNotContainPattern("\\.\\d{7,}");

        // save, then clear all: the page no longer points at the saved scenario; Save makes a new one
        driver.findElement(By.id("scenario-name")).sendKeys("Първи");
        click(By.id("btn-save"));
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("saved-list")).getText().contains("Първи"));
        assertThat(text(By.id("saved-list"))).contains("версия 1").contains("2 промени");
        click(By.id("btn-reset"));
        waitFor("return window.dostap.state.edits.length === 0 && window.dostap.state.scenario === null");
        assertThat(text(By.id("message"))).contains("не е засегнат");
        driver.findElement(By.id("scenario-name")).clear();
        driver.findElement(By.id("scenario-name")).sendKeys("Втори");
        click(By.id("btn-save"));
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("saved-list")).getText().contains("Втори"));
        JsonNode saved = api.get("/api/regions/SML/scenarios").json();
        assertThat(saved).hasSize(2);
        for (JsonNode s : saved) if (s.get("name").asText().equals("Първи")) assertThat(s.get("edit_count").asInt()).isEqualTo(2);

        // only Delete is red
        String red = "rgb(178, 24, 43)";
        assertThat(colour("#saved-list button[data-act='delete']")).isEqualTo(red);
        assertThat(colour("#saved-list button[data-act='load']")).isNotEqualTo(red);
        assertThat(colour("#saved-list button[data-act='rename']")).isNotEqualTo(red);
        Browser.screenshot(driver, "planner-scenario.png");
    }

    @Test
    void staleResultsHighlightedRoutesAndThePrintablePage() throws Exception {
        click(By.cssSelector("#threshold-buttons button[data-min='15']"));
        waitFor("return window.dostap.state.coverage && window.dostap.state.coverage.threshold_min === 15");
        // mobile plan: a schedule row highlights its route
        click(By.id("tab-mobile"));
        click(By.id("mobile-run"));
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> d.findElements(By.cssSelector("#mobile-days tbody tr")).size() > 1);
        click(By.cssSelector("#mobile-days tbody tr:nth-child(2)"));
        assertThat(driver.findElements(By.cssSelector("path.dostap-mobile-route.highlighted"))).hasSize(1);
        assertThat(driver.findElements(By.cssSelector("#mobile-days tbody tr.selected"))).hasSize(1);
        js("const l = document.getElementById('legend'); if (l.classList.contains('collapsed')) document.getElementById('legend-title').click()");
        assertThat(text(By.id("legend"))).contains("база на екипа").contains("маршрут").contains("обслужено с посещения");

        // an optimization result, then a long run cancelled: the result stays, marked out of date
        click(By.id("tab-optimize"));
        new Select(driver.findElement(By.id("opt-candidates"))).selectByValue("settlements");
        new Select(driver.findElement(By.id("opt-limit"))).selectByValue("10");
        click(By.id("opt-run"));
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.findElements(By.id("opt-gap")).isEmpty());
        assertThat(text(By.id("legend"))).contains("нов център (предложение)");

        // the printable page while both are current
        click(By.id("tab-export"));
        String main = driver.getWindowHandle();
        click(By.id("export-print"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getWindowHandles().size() > 1);
        for (String h : driver.getWindowHandles()) if (!h.equals(main)) driver.switchTo().window(h);
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("report")).getText().contains("Доклад"));
        String report = text(By.id("report"));
        int uncovered = api.get("/api/regions/SML/coverage?service=community-support&threshold_min=15").json().get("uncovered").size();
        assertThat(uncovered).isGreaterThan(50);
        assertThat(text(By.id("print-uncovered-count"))).endsWith(String.valueOf(uncovered));
        assertThat(driver.findElements(By.cssSelector("#report table.data"))).hasSizeGreaterThanOrEqualTo(4);
        assertThat(report).doesNotContainPattern("SML\\d\\d").contains("Девин");
        assertThat(text(By.id("print-legend"))).contains("център на услугата").contains("нов център").contains("база на екипа");
        assertThat(driver.findElements(By.id("print-optimize"))).hasSize(1);
        assertThat(driver.findElements(By.id("print-mobile"))).hasSize(1);
        assertThat(driver.findElements(By.cssSelector("#print-map path.print-centre"))).isNotEmpty();
        assertThat(text(By.id("print-range"))).as("the hand-set estimate has no spread: one figure, not 'between X and X'")
                .doesNotContain("между").contains("няма разсейване");
        Browser.screenshot(driver, "planner-print.png");
        driver.close();
        driver.switchTo().window(main);

        click(By.id("tab-optimize"));
        new Select(driver.findElement(By.id("opt-problem"))).selectByValue("capacitated-p-median");
        js("const e = document.getElementById('opt-sites'); e.value = 4; e.dispatchEvent(new Event('change'));");
        js("const e = document.getElementById('opt-capacity'); e.value = 30000; e.dispatchEvent(new Event('change'));");
        new Select(driver.findElement(By.id("opt-limit"))).selectByValue("120");
        click(By.id("opt-run"));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("opt-cancel")).isEmpty());
        click(By.id("opt-cancel"));
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.id("opt-superseded")).isEmpty());
        assertThat(text(By.id("opt-superseded"))).contains("предишно изчисление");
        assertThat(driver.findElements(By.cssSelector(".opt-site.stale"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector(".opt-site:not(.stale)"))).isEmpty();
        assertThat(driver.findElements(By.id("opt-apply"))).as("no Add to scenario from an out-of-date result").isEmpty();
        Browser.screenshot(driver, "planner-optimize-superseded.png");
    }

    @Test
    void yearsRankDeclineByPercentage() throws Exception {
        click(By.id("tab-years"));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector("#shrank tbody tr")).isEmpty());
        click(By.id("years-rank-pct"));
        String first = text(By.cssSelector("#shrank tbody tr:first-child"));
        assertThat(first).contains("%");
        @SuppressWarnings("unchecked")
        List<String> pcts = (List<String>) js("return [...document.querySelectorAll('#shrank tbody tr')].map(r => r.children[4].textContent)");
        double previous = -1000;
        for (String p : pcts) {
            double v = Double.parseDouble(p.replace("−", "-").replaceAll("[^0-9,.-]", "").replace(',', '.'));
            assertThat(v).isGreaterThanOrEqualTo(previous);
            previous = v;
        }
    }

    private static void setThreshold(String value) {
        WebElement input = driver.findElement(By.id("threshold-input"));
        input.clear();
        input.sendKeys(value, Keys.ENTER);
    }

    private static String colour(String css) {
        return (String) js("return getComputedStyle(document.querySelector(arguments[0])).color", css);
    }

    private static long kpi(String id) { return Long.parseLong(text(By.id(id)).replaceAll("[^0-9]", "")); }

    private static void waitFor(String condition) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(js(condition)));
    }

    private static void click(By by) { Browser.click(driver, by); }

    private static String text(By by) { return Browser.text(driver, by); }

    private static Object js(String script, Object... args) { return Browser.js(driver, script, args); }
}
