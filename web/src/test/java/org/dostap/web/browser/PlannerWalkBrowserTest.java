package org.dostap.web.browser;

import org.dostap.engine.traveltime.EstimatedTravelTimes;
import org.dostap.web.support.TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Defects found by walking the page as a regional planner would (bundled Smolyan pilot, estimated times pinned to
 * {@link EstimatedTravelTimes#uniform()}), each pinned by a test that failed on the page before its fix.
 */
class PlannerWalkBrowserTest {
    @RegisterExtension
    static final TestServer server = TestServer.bundled(EstimatedTravelTimes.uniform());
    @Chromium(width = 1366, height = 768)
    static ChromeDriver driver;

    @BeforeEach
    void open() {
        Browser.openAndAwaitRender(driver, server.url() + "?region=SML");
    }

    /**
     * The solver plans with car travel times. On foot, the tab used to run it anyway under the walking standard and show
     * car figures as "covered now" (102,869 within 20 min where the Coverage tab says 63,167 on foot); a car result stayed
     * current and could be added to the scenario after switching to foot.
     */
    @Test
    void optimizationIsNotOfferedOnFootAndACarResultGoesStale() {
        Browser.click(driver, By.id("tab-optimize"));
        Browser.click(driver, By.id("opt-run"));
        wait(60).until(d -> !d.findElements(By.id("opt-apply")).isEmpty());
        assertThat(driver.findElements(By.id("opt-by-car"))).isEmpty();

        int renders = Browser.awaitRenders(driver, 1, Duration.ofSeconds(5));
        Browser.select(driver, By.id("mode-select"), "foot");
        Browser.awaitRenders(driver, renders + 1, Duration.ofSeconds(30));
        wait(10).until(d -> !d.findElements(By.id("opt-by-car")).isEmpty());
        assertThat(Browser.text(driver, By.id("opt-by-car"))).containsAnyOf("с кола", "by car");
        assertThat(driver.findElement(By.id("opt-run")).isEnabled()).as("no run on foot").isFalse();
        assertThat(driver.findElements(By.id("opt-apply"))).as("the car result cannot be added on foot").isEmpty();
        assertThat(driver.findElements(By.id("opt-stale"))).as("the car result is marked out of date").isNotEmpty();

        renders = Browser.awaitRenders(driver, 1, Duration.ofSeconds(5));
        Browser.select(driver, By.id("mode-select"), "car");
        Browser.awaitRenders(driver, renders + 1, Duration.ofSeconds(30));
        wait(10).until(d -> d.findElements(By.id("opt-by-car")).isEmpty());
        assertThat(driver.findElement(By.id("opt-run")).isEnabled()).isTrue();
    }

    private static WebDriverWait wait(int seconds) {
        return (WebDriverWait) new WebDriverWait(driver, Duration.ofSeconds(seconds)).ignoring(StaleElementReferenceException.class);
    }
}
