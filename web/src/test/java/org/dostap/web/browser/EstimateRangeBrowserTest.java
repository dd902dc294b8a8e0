package org.dostap.web.browser;

import com.fasterxml.jackson.databind.JsonNode;
import org.dostap.engine.traveltime.EstimatedTravelTimes;
import org.dostap.web.support.Api;
import org.dostap.web.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped (fitted) estimate on the page: the estimated banner states the covered range in Bulgarian and English
 * with the API's numbers, the municipal table has the range column, and walking is a mode of the page.
 */
class EstimateRangeBrowserTest {
    @RegisterExtension
    static final TestServer server = TestServer.bundled(EstimatedTravelTimes.defaults());
    private static final Api api = server.api();
    private static ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        driver = Browser.start(1366, 768);
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
    }

    @Test
    void theBannerStatesTheCoveredRangeAndWalkingIsAMode() throws Exception {
        driver.get(server.url() + "?region=SML");
        int renders = waitForRenders(1);
        click(By.id("lang-bg"));
        JsonNode car = api.get("/api/regions/SML/coverage?service=community-support&threshold_min=30").json().get("summary");
        String low = car.get("covered_population_low").asText(), high = car.get("covered_population_high").asText();
        assertThat(car.get("covered_population_low").asLong()).isLessThan(car.get("covered_population_high").asLong());
        String bg = plainNumbers(text(By.id("banner-range")));
        assertThat(bg).startsWith("Обхванати в рамките на 30 мин: между").contains(low, high);
        click(By.id("lang-en"));
        String en = plainNumbers(text(By.id("banner-range")));
        assertThat(en).startsWith("Covered within 30 min: between").contains(low, high);
        assertThat(text(By.id("muni-table"))).contains("Covered (range)");
        Browser.screenshot(driver, "map-estimate-range-en.png");

        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("mode-select"))).selectByValue("foot");
        renders = waitForRenders(renders + 1);
        // the threshold was at the car standard (30 min): it follows the walking standard (20 min)
        assertThat(((Number) Browser.js(driver, "return window.dostap.state.threshold_min")).intValue()).isEqualTo(20);
        JsonNode foot = api.get("/api/regions/SML/coverage?service=community-support&mode=foot").json();
        assertThat(foot.get("mode").asText()).isEqualTo("foot");
        assertThat(foot.get("threshold_min").asInt()).isEqualTo(20);
        assertThat(kpi("kpi-covered-population")).isEqualTo(foot.get("summary").get("covered_population").asLong())
                .isLessThan(car.get("covered_population").asLong());
        click(By.id("lang-bg"));
    }

    
    /** Digits without thousands separators (bg: spaces, en: commas). */
    private static String plainNumbers(String text) {
        return text.replaceAll("(?<=\\d)[\\s,\u00a0\u202f](?=\\d{3})", "");
    }


    private void click(By by) { Browser.click(driver, by); }

    private String text(By by) { return Browser.text(driver, by); }

    private long kpi(String id) { return Long.parseLong(text(By.id(id)).replaceAll("[^0-9]", "")); }

    private int waitForRenders(int atLeast) { return Browser.awaitRenders(driver, atLeast, Duration.ofSeconds(60)); }
}
