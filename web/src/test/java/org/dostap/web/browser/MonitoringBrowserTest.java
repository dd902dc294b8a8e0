package org.dostap.web.browser;

import org.dostap.data.bundled.BundledRegionStore;
import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.region.FacilityStatus;
import org.dostap.engine.scenario.ScenarioEdit;
import org.dostap.engine.store.InMemoryScenarioStore;
import org.dostap.engine.store.MonitoringTarget;
import org.dostap.engine.store.Scenario;
import org.dostap.engine.traveltime.EstimatedTravelTimes;
import org.dostap.web.app.AppWiring;
import org.dostap.web.app.WebConfig;
import org.dostap.web.support.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dostap.web.browser.Browser.js;

/**
 * The M&E tab on the Smolyan pilot in headless Chromium: indicators per municipality at the baseline and the review, the
 * targets kept with a saved scenario loaded and saved back, the workbook download; screenshots at 1366x768 and 400x800
 * under web/target/screenshots/.
 */
class MonitoringBrowserTest {
    private static final InMemoryScenarioStore SCENARIOS = new InMemoryScenarioStore();
    private static Scenario strategy;
    @RegisterExtension
    static final TestServer server = TestServer.of(() ->
            AppWiring.webApp(new BundledRegionStore(), SCENARIOS, EstimatedTravelTimes.defaults(), WebConfig.localhost(0)).start());
    @Chromium(width = 1366, height = 768)
    static ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        strategy = SCENARIOS.createScenario("SML", "Стратегия 2030", List.of(new ScenarioEdit.AddFacility("new-1", "ЦОП Борино",
                "community-support", new GeoPoint(24.2931, 41.6839), 20, "SML05", FacilityStatus.PLANNED)), "test");
        strategy = SCENARIOS.replaceTargets(strategy.id(), 1, List.of(new MonitoringTarget("SML", "community-support", 0.9)));
        Browser.openAndAwaitRender(driver, server.url() + "?region=SML");
        js(driver, "const f = window.fetch; window.__responses = []; window.fetch = async (...a) => { const r = await f(...a);"
                + " window.__responses.push([String(a[0]), r.status]); return r; };");
    }

    private static WebDriverWait waiting() { return new WebDriverWait(driver, Duration.ofSeconds(60)); }

    @Test
    void indicatorsTargetsKeptWithTheScenarioAndTheWorkbook() throws Exception {
        Browser.click(driver, By.id("tab-monitoring"));
        waiting().until(d -> Long.valueOf(11).equals(js(d, "return document.querySelectorAll('#me-table tbody tr').length")));
        assertThat(Browser.text(driver, By.cssSelector("#me-table tbody tr.total"))).contains("%");

        new Select(driver.findElement(By.id("me-review"))).selectByValue(strategy.id());
        waiting().until(d -> "90".equals(js(d, "return document.querySelector(\".me-target[data-area='SML']\")?.value")));
        waiting().until(d -> Long.valueOf(1).equals(js(d, "return document.querySelectorAll('#me-table tr.total [data-status]').length")));

        WebElement devin = driver.findElement(By.cssSelector(".me-target[data-area='SML09']"));
        devin.sendKeys("100", Keys.TAB);
        waiting().until(d -> "100".equals(js(d, "return document.querySelector(\".me-target[data-area='SML09']\")?.value"))
                && Long.valueOf(11).equals(js(d, "return document.querySelectorAll('#me-table tbody tr [data-status]').length")));
        // met / not met / uncertain over the estimate's range (TargetStatus): each mark is the area's status in the answer
        assertThat(String.valueOf(js(driver, "return [...document.querySelectorAll('#me-table tbody tr [data-status]')]"
                + ".map(e => '|' + e.dataset.status + ':' + e.className).join('')")))
                .doesNotContain("|met:neg", "|not-met:pos", "|uncertain:pos", "|uncertain:neg");
        js(driver, "document.getElementById('tab-body').scrollTop = 0");
        Browser.screenshot(driver, "monitoring-1366.png");

        Browser.click(driver, By.id("me-save-targets"));
        waiting().until(d -> SCENARIOS.targets(strategy.id()).size() == 2);
        assertThat(SCENARIOS.targets(strategy.id())).contains(new MonitoringTarget("SML09", "community-support", 1.0),
                new MonitoringTarget("SML", "community-support", 0.9));
        assertThat(SCENARIOS.findScenario(strategy.id()).orElseThrow().version()).isEqualTo(3);

        Browser.click(driver, By.id("me-xlsx"));
        waiting().until(d -> String.valueOf(js(d, "return JSON.stringify(window.__responses)")).contains("indicators.xlsx"));
        assertThat(String.valueOf(js(driver, "return JSON.stringify(window.__responses.filter(r => r[0].includes('indicators.xlsx')))")))
                .contains("200");

        Browser.viewport(driver, 400, 800);
        waiting().until(d -> Long.valueOf(11).equals(js(d, "return document.querySelectorAll('#me-table tbody tr').length")));
        Long overflow = (Long) js(driver, "const b = document.getElementById('tab-body'); return b.scrollWidth - b.clientWidth;");
        assertThat(overflow).as("no sideways scrolling on a phone").isLessThanOrEqualTo(0L);
        js(driver, "document.getElementById('tab-body').scrollTop = 0");
        Browser.screenshot(driver, "monitoring-400.png");
        js(driver, "document.getElementById('me-table').scrollIntoView()");
        Browser.screenshot(driver, "monitoring-400-table.png");
        Browser.viewport(driver, 1366, 768);
    }
}
