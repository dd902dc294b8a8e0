package org.dostap.web.browser;

import org.dostap.engine.traveltime.EstimatedTravelTimes;
import org.dostap.web.support.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finish items a planner's walk found on the page (bundled Smolyan pilot, estimated times pinned to
 * {@link EstimatedTravelTimes#uniform()}); each test failed on the page before its fix.
 */
class PlannerFinishBrowserTest {
    @RegisterExtension
    static final TestServer server = TestServer.bundled(EstimatedTravelTimes.uniform());
    @Chromium(width = 1366, height = 768)
    static ChromeDriver driver;

    @BeforeEach
    void open() {
        Browser.openAndAwaitRender(driver, server.url() + "?region=SML");
    }

    @AfterEach
    void back() {
        Browser.viewport(driver, 1366, 768);
        Browser.js(driver, "localStorage.removeItem('dostap.lang')");
    }

    /** A settlement with a centre of its own said "0 мин. 0–0 мин по път"; it says "в селището" now. */
    @Test
    void aSettlementWithItsOwnCentreSaysSoInsteadOfZeroToZeroMinutes() {
        openFromSearch("Смолян");
        wait(30).until(d -> !d.findElements(By.cssSelector(".popup[data-settlement] td.in-settlement")).isEmpty());
        String popup = Browser.text(driver, By.cssSelector(".popup[data-settlement]"));
        assertThat(popup).contains("в селището").doesNotContain("0–0");
    }

    /**
     * The mobile plan said "53 settlements not served" beside "no access: 58" (the other 5 have no residents, so nobody
     * to visit). Both now count the settlements with residents, and the 5 are named apart. The unserved table sorted by
     * the Cyrillic names on the English page; it sorts by the names shown, in English.
     */
    @Test
    void noAccessCountsWhatNotServedCountsAndTheUnservedSortByTheShownName() {
        Browser.click(driver, By.id("lang-en"));
        int renders = Browser.awaitRenders(driver, 1, Duration.ofSeconds(5));
        Browser.select(driver, By.id("mode-select"), "foot");
        Browser.awaitRenders(driver, renders + 1, Duration.ofSeconds(30));
        Browser.click(driver, By.id("tab-mobile"));
        Browser.click(driver, By.id("mobile-run"));
        wait(120).until(d -> !d.findElements(By.id("mobile-access-none")).isEmpty() && !d.findElements(By.id("mobile-unserved-table")).isEmpty());
        long notServed = digits(Browser.text(driver, By.id("mobile-unserved-count")));
        String none = Browser.text(driver, By.id("mobile-access-none"));
        Matcher m = Pattern.compile("([\\d,]+) settlements").matcher(none);
        assertThat(m.find()).as(none).isTrue();
        assertThat(digits(m.group(1))).as("no access counts the settlements with residents, as not served does: " + none).isEqualTo(notServed);
        long empty = (Long) Browser.js(driver, "return dostap.state.settlements.features.filter(f => !(f.properties.population[dostap.state.population] > 0)).length");
        assertThat(empty).as("the bundled Smolyan data has settlements without residents").isPositive();
        assertThat(Browser.text(driver, By.id("mobile-access-empty"))).contains(empty + " without residents");

        driver.findElement(By.cssSelector("#mobile-unserved-table th[data-key='name']")).click();
        List<String> names = driver.findElements(By.cssSelector("#mobile-unserved-table tbody tr td:first-child")).stream()
                .map(WebElement::getText).toList();
        assertThat(names.size()).isGreaterThan(5);
        for (int i = 1; i < names.size(); i++)
            assertThat(Character.toLowerCase(names.get(i).charAt(0))).as("sorted by the English name: " + names.subList(0, i + 1))
                    .isGreaterThanOrEqualTo(Character.toLowerCase(names.get(i - 1).charAt(0)));
    }

    /** On a phone an opened legend reached up over the zoom-out button; its list scrolls below the buttons now. */
    @Test
    void anOpenLegendStaysBelowTheZoomButtonsOnAPhone() {
        Browser.viewport(driver, 400, 800);
        if (driver.findElement(By.id("legend")).getAttribute("class").contains("collapsed")) Browser.click(driver, By.id("legend-title"));
        wait(10).until(d -> !d.findElement(By.id("legend")).getAttribute("class").contains("collapsed"));
        Number legendTop = (Number) Browser.js(driver, "return document.getElementById('legend').getBoundingClientRect().top");
        Number zoomBottom = (Number) Browser.js(driver, "return document.querySelector('.leaflet-control-zoom-out').getBoundingClientRect().bottom");
        assertThat(legendTop.doubleValue()).as("the legend's top below the zoom-out button").isGreaterThanOrEqualTo(zoomBottom.doubleValue());
    }

    /**
     * On a phone a settlement near the map's left edge opened its popup panned to 5 px from the edge, partly behind the
     * zoom buttons. It is panned clear of them now.
     */
    @Test
    void aPopupAtTheLeftEdgeIsPannedClearOfTheZoomButtonsOnAPhone() {
        Browser.viewport(driver, 400, 800);
        // Smolyan (three services: a tall popup) just right of the left edge, low enough that the popup reaches the buttons
        Browser.js(driver, "const m = dostap.settlementLayer.byId.get(dostap.state.settlements.features.find(f => f.properties.name === 'Смолян').properties.id);"
                + "const p = dostap.map.latLngToContainerPoint(m.getLatLng());"
                + "dostap.map.panBy([p.x - 24, p.y - (dostap.map.getSize().y - 40)], { animate: false }); m.fire('click');");
        wait(30).until(d -> String.valueOf(Browser.js(d, "return document.querySelector('.leaflet-popup-content')?.textContent")).contains("EKATTE"));
        wait(10).until(d -> Boolean.TRUE.equals(Browser.js(d, "return !(dostap.map._panAnim && dostap.map._panAnim._inProgress)")));
        @SuppressWarnings("unchecked")
        List<Number> r = (List<Number>) Browser.js(driver, "const p = document.querySelector('.leaflet-popup-content-wrapper').getBoundingClientRect();"
                + "const z = document.querySelector('.leaflet-control-zoom').getBoundingClientRect();"
                + "return [p.left, p.top, p.bottom, z.right, z.top, z.bottom];");
        boolean overlapsVertically = r.get(1).doubleValue() < r.get(5).doubleValue() && r.get(2).doubleValue() > r.get(4).doubleValue();
        assertThat(overlapsVertically && r.get(0).doubleValue() < r.get(3).doubleValue())
                .as("popup [left, top, bottom] %s behind the zoom buttons [right, top, bottom] %s", r.subList(0, 3), r.subList(3, 6)).isFalse();
    }

    private void openFromSearch(String name) {
        driver.findElement(By.id("search-input")).sendKeys(name);
        wait(10).until(d -> !d.findElements(By.cssSelector("#search-results li[data-id]")).isEmpty());
        driver.findElement(By.id("search-input")).sendKeys(org.openqa.selenium.Keys.ENTER);
        wait(30).until(d -> String.valueOf(Browser.js(d, "return document.querySelector('.leaflet-popup-content')?.textContent")).contains("EKATTE"));
    }

    private static long digits(String text) {
        return Long.parseLong(text.replaceAll("[^0-9]", ""));
    }

    private static WebDriverWait wait(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }
}
