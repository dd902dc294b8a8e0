package org.dostap.web.browser;

import org.dostap.engine.traveltime.EstimatedTravelTimes;
import org.dostap.web.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The occupancy table of a capacitated optimization in the Optimize tab, on the bundled Smolyan pilot (illustrative
 * centres: 10 Community Support Centres, 225 places; 5 users per 1,000 residents, assumed): capacitated p-median keeping
 * the centres with their own places plus 5 new sites of 70 places (as the README's example), one row per site with its
 * municipality, places, users, occupancy and free places, the same columns and the same places per kept centre as the
 * Places tab (free places only where the panel is wide enough); then capacitated coverage keeping the centres plus one site of 50 places (275 places for 537 users),
 * whose users not served are listed by settlement.
 * Bulgarian and English; screenshots at 1366x768 and 400x800 under web/target/screenshots/.
 */
class OptimizeOccupancyBrowserTest {
    @RegisterExtension
    static final TestServer server = TestServer.bundled(EstimatedTravelTimes.uniform());
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
    void occupancyOfTheChosenSitesMatchesThePlacesTab() throws Exception {
        Browser.click(driver, By.id("tab-optimize"));
        select("opt-problem", "capacitated-p-median");
        setNumber("opt-sites", 5);
        select("opt-candidates", "settlements");
        setCheckbox("opt-keep", true);
        select("opt-limit", "10");
        setNumber("opt-capacity", 70);
        setCheckbox("opt-own", true);
        Browser.click(driver, By.id("opt-run"));
        waitRows("#opt-occupancy-table tbody tr");
        assertThat(driver.findElements(By.id("opt-error"))).as("no failure").isEmpty();
        List<String> optHeader = header("opt-occupancy-table");
        assertThat(optHeader).hasSize(6);
        List<WebElement> rows = driver.findElements(By.cssSelector("#opt-occupancy-table tbody tr"));
        assertThat(rows).hasSize(15);
        Map<String, Double> placesByName = new HashMap<>();
        double assigned = 0;
        for (WebElement row : rows) {
            List<WebElement> td = row.findElements(By.tagName("td"));
            assertThat(td.get(1).getText()).as("municipality of " + td.get(0).getText()).isNotBlank();
            double places = number(td.get(2).getText()), users = number(td.get(3).getText()), occupancy = number(td.get(4).getText());
            assertThat(occupancy).isLessThanOrEqualTo(100.0);
            assertThat(number(td.get(5).getAttribute("textContent"))).as("free places (shown where the panel is wide)").isCloseTo(places - users, within(0.11));
            assigned += users;
            if (td.get(0).getText().contains("(")) placesByName.put(td.get(0).getText().replaceAll("\\s*\\(.*$", ""), places);
        }
        assertThat(placesByName).as("the ten kept centres").hasSize(10);
        assertThat(number(Browser.text(driver, By.id("opt-cap-places")))).isEqualTo(225 + 5 * 70);
        double users = number(Browser.text(driver, By.id("opt-cap-users"))), served = number(Browser.text(driver, By.id("opt-cap-served")));
        assertThat(served).isCloseTo(users, within(0.11)).isCloseTo(assigned, within(0.6));
        assertThat(Browser.text(driver, By.id("opt-cap-rate"))).containsAnyOf("Допускане", "An assumption");
        Browser.js(driver, "document.getElementById('opt-occupancy-table').scrollIntoView()");
        Browser.screenshot(driver, "optimize-occupancy-1366.png");
        Browser.viewport(driver, 400, 800);
        Browser.js(driver, "document.getElementById('opt-occupancy-table').scrollIntoView()");
        Browser.screenshot(driver, "optimize-occupancy-400.png");
        Browser.viewport(driver, 1366, 768);

        // the Places tab on the same view: the same columns after the first, the same places for every kept centre
        Browser.click(driver, By.id("tab-capacity"));
        Browser.click(driver, By.id("cap-run"));
        waitRows("#capacity-centres tbody tr");
        assertThat(header("capacity-centres").subList(1, 6)).isEqualTo(optHeader.subList(1, 6));
        for (WebElement row : driver.findElements(By.cssSelector("#capacity-centres tbody tr"))) {
            List<WebElement> td = row.findElements(By.tagName("td"));
            assertThat(placesByName).containsEntry(td.get(0).getText(), number(td.get(2).getText()));
            assertThat(td.get(1).getText()).isNotBlank();
        }
    }

    @Test
    void usersLeftOutByCapacitatedCoverageAreListedInEnglish() throws Exception {
        Browser.click(driver, By.id("lang-en"));
        Browser.click(driver, By.id("tab-optimize"));
        select("opt-problem", "capacitated-coverage");
        setNumber("opt-sites", 1);
        setCheckbox("opt-keep", true);
        setCheckbox("opt-own", true);
        select("opt-limit", "20");
        setNumber("opt-capacity", 50);
        Browser.click(driver, By.id("opt-run"));
        waitRows("#opt-cap-unserved-table tbody tr");
        assertThat(header("opt-occupancy-table")).containsExactly("Site", "Municipality", "Places", "Users", "Occupancy", "Free places");
        assertThat(driver.findElements(By.cssSelector("#opt-occupancy-table tbody tr"))).hasSize(11);
        double users = number(Browser.text(driver, By.id("opt-cap-users"))), served = number(Browser.text(driver, By.id("opt-cap-served")));
        double unserved = number(Browser.text(driver, By.id("opt-cap-unserved")));
        assertThat(served).isLessThanOrEqualTo(225 + 50);
        assertThat(served + unserved).isCloseTo(users, within(0.2));
        assertThat((String) Browser.js(driver, "return document.getElementById('opt-result').textContent"))
                .contains("Occupancy of the chosen sites").contains("Users not served, by settlement");
        assertThat(driver.findElements(By.cssSelector("#opt-cap-unserved-table tbody tr"))).isNotEmpty();
        Browser.js(driver, "document.getElementById('opt-occupancy').scrollIntoView()");
        Browser.screenshot(driver, "optimize-occupancy-coverage-en-1366.png");
        Browser.js(driver, "document.getElementById('opt-cap-users').scrollIntoView()");
        Browser.screenshot(driver, "optimize-occupancy-kpis-en-1366.png");
        Browser.click(driver, By.id("lang-bg"));
    }

    @Test
    void theRehabilitationDefaultIsLabelledAsPublishedNotAssumed() throws Exception {
        Browser.select(driver, By.id("service-select"), "rehabilitation");
        Browser.click(driver, By.id("tab-capacity"));
        Browser.click(driver, By.id("cap-run"));
        new WebDriverWait(driver, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.id("cap-rate")).isEmpty() && d.findElement(By.id("cap-rate")).getText().matches("(?s).*0[,.]74.*"));
        String rate = Browser.text(driver, By.id("cap-rate"));
        assertThat(rate).containsAnyOf("публикувани", "published").doesNotContain("Допускане").doesNotContain("An assumption");
        assertThat(driver.findElement(By.cssSelector("#cap-rate .uptake-published")).getAttribute("title")).contains("265obshtini.bg/map/194");
        Browser.select(driver, By.id("service-select"), "community-support");
    }

    private static List<String> header(String tableId) {
        return driver.findElements(By.cssSelector("#" + tableId + " thead th")).stream().map(th -> th.getAttribute("textContent").trim()).toList();
    }

    /** "1 234,5" (Bulgarian) or "1,234.5" (English), "99,8 %": a number in the page's language. */
    private static double number(String text) {
        String s = text.replaceAll("[\\s\\u00a0\\u202f%]", "");
        boolean english = "en".equals(Browser.js(driver, "return document.documentElement.lang"));
        return Double.parseDouble(english ? s.replace(",", "") : s.replace(',', '.'));
    }

    private static void waitRows(String css) {
        new WebDriverWait(driver, Duration.ofSeconds(90)).ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.cssSelector(css)).isEmpty() || !d.findElements(By.id("opt-error")).isEmpty());
        assertThat(driver.findElements(By.id("opt-error")).stream().map(WebElement::getText).toList()).as("no failure").isEmpty();
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

    private static void setNumber(String id, double value) {
        Browser.js(driver, "const e = document.getElementById(arguments[0]); e.value = arguments[1]; e.dispatchEvent(new Event('change'));", id, value);
    }

    private static void setCheckbox(String id, boolean checked) {
        Browser.js(driver, "const e = document.getElementById(arguments[0]); if (e.checked !== arguments[1]) e.click();", id, checked);
    }
}
