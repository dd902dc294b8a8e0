package org.dostap.web.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Mobile teams tab's re-scoring and comparison of options in headless Chromium on the bundled Smolyan pilot (the
 * hand-set uniform estimate, 15 min): the plan's access re-measured with its visits (centre / mobile / none) is the
 * API's for the same request, and the comparison of 1-2 teams every 2 and 4 weeks shows the API's four options and its
 * one-more-centre alternative, in Bulgarian and English. Screenshots at 1366x768 and 400x800 under
 * web/target/screenshots/.
 */
class MobileOptionsBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final TestServer server = TestServer.bundled(EstimatedTravelTimes.uniform());
    private static final Api api = server.api();
    private static ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        driver = Browser.start(1366, 768);
        Browser.openAndAwaitRender(driver, server.url() + "?region=SML");
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
    }

    @Test
    void rescoredAccessAndOptionsSideBySideAreTheApis() throws Exception {
        Browser.viewport(driver, 1366, 768);
        Browser.click(driver, By.cssSelector("#threshold-buttons button[data-min='15']"));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Long.valueOf(15).equals(js("return window.dostap.state.threshold_min")));
        Browser.click(driver, By.id("tab-mobile"));
        assertThat(driver.findElement(By.id("mobile-rescore")).isSelected()).as("re-measured by default").isTrue();
        ObjectNode request = (ObjectNode) JSON.readTree("{\"service\":\"community-support\",\"base\":null,\"teams\":1,\"days_per_week\":5,"
                + "\"horizon_weeks\":4,\"threshold_min\":15,\"day_hours\":8,\"on_site_min\":60,\"frequency_weeks\":2,\"edits\":[]}");
        request.put("population", (String) js("return window.dostap.state.population"));

        Browser.click(driver, By.id("mobile-run"));
        new WebDriverWait(driver, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.id("mobile-access-mobile")).isEmpty());
        ObjectNode withRescore = request.deepCopy().put("rescore", true);
        JsonNode access = api.post("/api/regions/SML/mobile", withRescore.toString()).json().get("access").get("total");
        assertThat(digits(Browser.text(driver, By.id("mobile-access-mobile")))).startsWith(String.valueOf(access.get("population_mobile").asInt()));
        assertThat(digits(Browser.text(driver, By.id("mobile-access-fixed")))).startsWith(String.valueOf(access.get("population_fixed").asInt()));
        assertThat(access.get("population_mobile").asInt()).as("the visits reach people").isPositive();
        assertThat(driver.findElements(By.cssSelector("#mobile-access tbody tr"))).as("municipalities").isNotEmpty();
        js("document.getElementById('mobile-access-table').scrollIntoView({block: 'center'})");
        Browser.screenshot(driver, "mobile-access-1366.png");

        // the comparison: 1-2 teams, every 2 and 4 weeks, at the plan's base
        Browser.click(driver, By.cssSelector("#mobile-options-block summary"));
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("mobile-options-teams"))).selectByValue("2");
        Browser.click(driver, By.cssSelector("#mobile-options-weeks input[value='2']"));
        Browser.click(driver, By.cssSelector("#mobile-options-weeks input[value='4']"));
        assertThat(Browser.text(driver, By.id("mobile-options-count"))).contains("4 плана");
        Browser.click(driver, By.id("mobile-options-run"));
        new WebDriverWait(driver, Duration.ofSeconds(120)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("#mobile-options tbody tr")).size() == 4);
        ObjectNode compare = request.deepCopy().put("compare_teams", 2);
        compare.putArray("compare_frequencies_weeks").add(2).add(4);
        JsonNode options = api.post("/api/regions/SML/mobile/options", compare.toString()).json();
        List<WebElement> rows = driver.findElements(By.cssSelector("#mobile-options tbody tr"));
        for (int i = 0; i < 4; i++) {
            JsonNode o = options.get("mobile_options").get(i);
            String row = rows.get(i).getText();
            assertThat(row).contains(o.get("base_name").asText());
            assertThat(digits(row)).contains(String.valueOf(o.get("population_served").asInt()));
        }
        JsonNode centre = options.get("one_more_fixed_centre");
        assertThat(centre).as("one more centre helps at 15 min").isNotNull();
        assertThat(Browser.text(driver, By.id("mobile-options-centre"))).contains(centre.get("name").asText());
        assertThat(Browser.text(driver, By.id("mobile-options-target"))).contains("15");
        js("document.getElementById('mobile-options-result').scrollIntoView({block: 'start'})");
        Browser.screenshot(driver, "mobile-options-1366.png");

        Browser.click(driver, By.id("lang-en"));
        assertThat(Browser.text(driver, By.cssSelector("#mobile-options thead"))).contains("Reached", "+ last team");
        assertThat(Browser.text(driver, By.id("mobile-options-centre"))).contains("Instead of teams: one new centre at");
        assertThat(Browser.text(driver, By.id("mobile-access-mobile"))).contains("mobile visits");
        js("document.getElementById('mobile-options-result').scrollIntoView({block: 'start'})");
        Browser.screenshot(driver, "mobile-options-1366-en.png");

        Browser.viewport(driver, 400, 800);
        js("document.getElementById('sheet-toggle').click()"); // the whole panel on a phone
        js("document.getElementById('mobile-options-result').scrollIntoView({block: 'start'})");
        Browser.screenshot(driver, "mobile-options-400.png");
        js("document.getElementById('mobile-access-table').scrollIntoView({block: 'start'})");
        Browser.screenshot(driver, "mobile-access-400.png");
        Boolean overflow = (Boolean) js("var b = document.getElementById('mobile-options-block'); return b.scrollWidth > b.clientWidth + 1;");
        assertThat(overflow).as("the block fits a phone").isFalse();
        Browser.click(driver, By.id("lang-bg"));

        // a setting changed after the comparison marks it out of date
        Browser.viewport(driver, 1366, 768);
        Browser.select(driver, By.id("mobile-teams"), "2");
        Browser.click(driver, By.id("mobile-run"));
        new WebDriverWait(driver, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.id("mobile-options-stale")).isEmpty());
    }

    private static String digits(String text) { return text.replaceAll("[^0-9]", ""); }

    private static Object js(String script, Object... args) { return Browser.js(driver, script, args); }
}
