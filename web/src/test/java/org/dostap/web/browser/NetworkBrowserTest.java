package org.dostap.web.browser;

import org.dostap.engine.store.InMemoryScenarioStore;
import org.dostap.engine.traveltime.EstimatedTravelTimes;
import org.dostap.web.analysis.network.RoadNetworks;
import org.dostap.web.app.AppWiring;
import org.dostap.web.app.WebApp;
import org.dostap.web.app.WebConfig;
import org.dostap.web.support.AndorraRegion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A planner on estimated times opens the Road network tab, gives the Andorra extract's path and loads it: the page shows
 * the progress, then the banner says road times from andorra.osm.pbf (OSM data 2013-05-28), Canillo's time is the road
 * time, and the tab lists the network in use with the estimate fitted on it. No restart. Screenshots under
 * web/target/screenshots/ (1366x768 and 400x800). The graph cache is a temporary folder.
 */
class NetworkBrowserTest {
    static final Path ANDORRA = org.dostap.web.support.AndorraRegion.EXTRACT;
    @TempDir
    static Path temp;
    private static WebApp app;
    @Chromium(width = 1366, height = 768)
    static ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        app = AppWiring.webApp(org.dostap.web.support.AndorraRegion.store(), new InMemoryScenarioStore(), EstimatedTravelTimes.defaults(),
                WebConfig.localhost(0), RoadNetworks.Settings.in(temp.resolve("cache"), RoadNetworks.Origin.ESTIMATE)).start();
    }

    @AfterAll
    static void stop() {
        if (app != null) app.close();
    }

    @Test
    void loadingTheExtractSwitchesThePageToRoadTimes() throws Exception {
        driver.get(app.url() + "?region=user");
        int renders = waitForRenders(1);
        assertThat(driver.findElements(By.id("banner-estimated"))).isNotEmpty();
        Browser.click(driver, By.id("btn-network"));
        assertThat(Browser.text(driver, By.id("net-current"))).contains("приблизителни");
        assertThat(Browser.text(driver, By.id("net-cached-none"))).isNotEmpty();
        Browser.screenshot(driver, "network-estimated-1366x768.png");
        driver.findElement(By.id("net-source")).sendKeys(ANDORRA.toString());
        Browser.click(driver, By.id("net-load"));
        new WebDriverWait(driver, Duration.ofSeconds(60)).withMessage(() -> "no progress shown; message: "
                        + Browser.js(driver, "return document.getElementById('message').textContent"))
                .until(d -> !d.findElements(By.id("net-progress")).isEmpty() || !d.findElements(By.id("net-done")).isEmpty());
        Browser.screenshot(driver, "network-loading-1366x768.png");
        new WebDriverWait(driver, Duration.ofSeconds(180)).until(d -> !d.findElements(By.id("banner-road")).isEmpty());
        String banner = Browser.text(driver, By.id("banner-road"));
        assertThat(banner).contains("andorra.osm.pbf").contains("2013-05-28");
        assertThat(driver.findElements(By.id("banner-estimated"))).isEmpty();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.id("net-fit")).isEmpty());
        assertThat(Browser.text(driver, By.id("net-current"))).contains("andorra.osm.pbf");
        assertThat(Browser.text(driver, By.id("net-cached"))).contains("andorra.osm.pbf").contains("в употреба");
        assertThat(Browser.text(driver, By.id("net-done"))).contains("andorra.osm.pbf");
        Object canillo = Browser.js(driver, "return window.dostap.state.coverage.settlements.find(s => s.id === 'canillo').travel_time_min");
        assertThat(((Number) canillo).doubleValue()).isEqualTo(11.2);
        Browser.screenshot(driver, "network-road-1366x768.png");
        assertThat(Browser.text(driver, By.id("net-fit"))).as("Bulgarian decimals: 1,35").containsPattern("\\d,\\d\\d").doesNotContainPattern("\\d\\.\\d");
        Browser.click(driver, By.id("lang-en"));
        assertThat(Browser.text(driver, By.id("net-fit"))).as("English decimals: 1.35").containsPattern("\\d\\.\\d\\d");
        assertThat(Browser.text(driver, By.id("banner-road"))).contains("road network from andorra.osm.pbf (OSM data of 2013-05-28)");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(400, 800));
        Browser.screenshot(driver, "network-road-400x800.png");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
    }

    private int waitForRenders(int atLeast) { return Browser.awaitRenders(driver, atLeast, Duration.ofSeconds(60)); }
}
