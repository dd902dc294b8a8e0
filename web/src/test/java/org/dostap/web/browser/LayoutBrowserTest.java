package org.dostap.web.browser;

import org.dostap.engine.traveltime.EstimatedTravelTimes;
import org.dostap.web.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page's layout in headless Chromium at a desktop (1600x1000), a laptop (1366x768) and a phone (400x800) viewport,
 * with a mobile plan and an inter-municipal optimization on the page (the widest tables): the language switch, help,
 * region, every tab and the legend inside the viewport; the legend covering no settlement; no sideways scroll of the
 * page or of the side panel in any tab; a tab area much taller than the ~256 px it once had on a laptop (>= 400 px),
 * and on a phone a bottom sheet that opens to most of the screen. Screenshots under web/target/screenshots/layout-*.png.
 */
class LayoutBrowserTest {
    private static final String[] TABS = {"coverage", "scenario", "years", "monitoring", "mobile", "optimize", "export"};
    @RegisterExtension
    static final TestServer server = TestServer.bundled(EstimatedTravelTimes.uniform());
    private static ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        driver = Browser.start(1600, 1000);
        Browser.viewport(driver, 1600, 1000);
        driver.get(server.url() + "?region=SML");
        waitReady();
    }

    /** Results with wide tables: a mobile plan of two teams from two bases and an inter-municipal network. */
    private static void runWideResults() {
        click(By.id("tab-mobile"));
        Browser.select(driver, By.id("mobile-teams"), "2");
        click(By.id("mobile-run"));
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.findElements(By.cssSelector("#mobile-days tbody tr")).isEmpty());
        click(By.id("tab-optimize"));
        new Select(driver.findElement(By.id("opt-problem"))).selectByValue("inter-municipal");
        new Select(driver.findElement(By.id("opt-limit"))).selectByValue("10");
        click(By.id("opt-run"));
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.findElements(By.id("opt-gap")).isEmpty());
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
    }

    @Test
    void desktop1600x1000() throws Exception {
        Browser.viewport(driver, 1600, 1000);
        checkLayout("1600x1000", 600);
    }

    @Test
    void laptop1366x768() throws Exception {
        Browser.viewport(driver, 1366, 768);
        checkLayout("1366x768", 400);
    }

    @Test
    void phone400x800() throws Exception {
        Browser.viewport(driver, 400, 800);
        driver.navigate().refresh(); // a phone opens the page at its own size: the legend starts folded
        waitReady();
        assertThat((Boolean) js("return document.getElementById('legend').classList.contains('collapsed')")).isTrue();
        runWideResults();
        click(By.id("sheet-toggle")); // back to the half-open sheet
        assertThat((Boolean) js("return document.getElementById('panel').classList.contains('expanded')")).isFalse();
        checkInside("#lang-bg", "#lang-en", "#help-open", "#region-select", "#legend", "#sheet-toggle", "#tabs button");
        assertThat(legendCovers()).as("settlements under the legend").isEmpty();
        assertNoSidewaysScroll("phone, sheet half open");
        Browser.screenshot(driver, "layout-400x800.png");
        // choosing a tab opens the sheet to most of the screen; the map keeps a strip at the top
        click(By.id("tab-years"));
        Number sheet = (Number) js("return document.getElementById('panel').getBoundingClientRect().height");
        Number mapHeight = (Number) js("return document.getElementById('map').getBoundingClientRect().height");
        assertThat(sheet.doubleValue()).isGreaterThan(0.7 * (800 - headerHeight()));
        assertThat(mapHeight.doubleValue()).isGreaterThanOrEqualTo(90);
        for (String tab : TABS) {
            click(By.id("tab-" + tab));
            checkInside("#lang-bg", "#lang-en", "#tab-" + tab);
            assertNoSidewaysScroll("phone, tab " + tab);
        }
        Browser.screenshot(driver, "layout-400x800-sheet.png");
        click(By.id("sheet-toggle"));
        assertThat((Boolean) js("return document.getElementById('panel').classList.contains('expanded')")).isFalse();
    }

    private static void checkLayout(String name, int minTabHeight) throws Exception {
        driver.navigate().refresh(); // the page as opened at this size: the whole province in view
        waitReady();
        checkInside("#lang-bg", "#lang-en", "#help-open", "#region-select", "#legend", "#tabs button", "#threshold-input");
        assertThat(legendCovers()).as("settlements under the legend at " + name).isEmpty();
        Browser.screenshot(driver, "layout-" + name + "-opened.png");
        runWideResults();
        for (String tab : TABS) {
            click(By.id("tab-" + tab));
            assertNoSidewaysScroll(name + ", tab " + tab);
            Number height = (Number) js("return document.getElementById('tab-body').clientHeight");
            assertThat(height.intValue()).as("tab area height at " + name).isGreaterThanOrEqualTo(minTabHeight);
            if (tab.equals("mobile") || tab.equals("optimize")) Browser.screenshot(driver, "layout-" + name + "-" + tab + ".png");
        }
        click(By.id("tab-coverage"));
        Browser.screenshot(driver, "layout-" + name + ".png");
    }

    /** Every element matching the selectors lies wholly inside the viewport. */
    private static void checkInside(String... selectors) {
        List<String> outside = new ArrayList<>();
        for (String selector : selectors) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> boxes = (List<Map<String, Object>>) js("return [...document.querySelectorAll(arguments[0])].map(e => {"
                    + " const r = e.getBoundingClientRect(); return {id: e.id || e.textContent, l: r.left, t: r.top, r: r.right, b: r.bottom}; })", selector);
            assertThat(boxes).as(selector).isNotEmpty();
            for (Map<String, Object> b : boxes) {
                double l = num(b.get("l")), t = num(b.get("t")), r = num(b.get("r")), bottom = num(b.get("b"));
                long w = (Long) js("return window.innerWidth"), h = (Long) js("return window.innerHeight");
                if (l < -0.5 || t < -0.5 || r > w + 0.5 || bottom > h + 0.5 || r - l < 1)
                    outside.add(selector + " " + b.get("id") + " at " + Math.round(l) + "," + Math.round(t) + "-" + Math.round(r) + "," + Math.round(bottom));
            }
        }
        assertThat(outside).as("elements outside the viewport").isEmpty();
    }

    /** Neither the page nor the side panel (or its tab body) scrolls sideways. */
    private static void assertNoSidewaysScroll(String where) {
        @SuppressWarnings("unchecked")
        Map<String, Object> w = (Map<String, Object>) js("const m = e => ({sw: e.scrollWidth, cw: e.clientWidth});"
                + " return {page: m(document.documentElement), panel: m(document.getElementById('panel')),"
                + " scroll: m(document.getElementById('panel-scroll')), body: m(document.getElementById('tab-body'))}");
        for (Map.Entry<String, Object> e : w.entrySet()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) e.getValue();
            assertThat(num(m.get("sw"))).as(where + ": " + e.getKey() + " scroll width").isLessThanOrEqualTo(num(m.get("cw")) + 1);
        }
    }

    /** Ids of the settlements whose circles the legend overlaps. */
    @SuppressWarnings("unchecked")
    private static List<String> legendCovers() {
        return (List<String>) js("const r = document.getElementById('legend').getBoundingClientRect();"
                + " return [...document.querySelectorAll('path.dostap-settlement')].filter(p => { const b = p.getBoundingClientRect();"
                + " return b.width > 0 && b.right > r.left && b.left < r.right && b.bottom > r.top && b.top < r.bottom; }).map(p => p.dataset.id);");
    }

    private static double headerHeight() {
        return num(js("return document.querySelector('.topbar').getBoundingClientRect().height + document.getElementById('banners').getBoundingClientRect().height"));
    }

    private static void waitReady() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "true".equals(js("return document.body.dataset.ready || ''")));
        try { Thread.sleep(300); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
    }

    private static double num(Object o) { return ((Number) o).doubleValue(); }

    private static void click(By by) { Browser.click(driver, by); }

    private static Object js(String script, Object... args) { return Browser.js(driver, script, args); }
}
