package org.dostap.web.browser;

import org.dostap.engine.traveltime.EstimatedTravelTimes;
import org.dostap.web.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Places tab on the bundled Smolyan pilot (illustrative centres: 10 Community Support Centres, 225 places): users at
 * the assumed 5 per 1,000 against the places, occupancy per centre and users not served by settlement, in Bulgarian and
 * English; single source with its bound. Screenshots at 1366x768 and 400x800 under web/target/screenshots/.
 */
class CapacityBrowserTest {
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
    void placesAndUsersPerCentreAndSettlement() throws Exception {
        Browser.click(driver, By.id("tab-capacity"));
        assertThat(Browser.text(driver, By.id("tab-capacity"))).isIn("Места", "Places");
        Browser.click(driver, By.id("cap-run"));
        waitFor("cap-users");
        assertThat(Browser.text(driver, By.id("cap-places"))).isEqualTo("225");
        assertThat(driver.findElements(By.cssSelector("#cap-centres tbody tr"))).hasSize(10);
        assertThat(driver.findElements(By.cssSelector("#cap-settlements tbody tr"))).isNotEmpty();
        String rate = Browser.text(driver, By.id("cap-rate"));
        assertThat(rate).containsAnyOf("Допускане", "An assumption").containsAnyOf("илюстративни", "illustrative");
        assertThat(rate).as("the population column is named as the population selector names it").contains("(2017)").doesNotContain("pop_2017");
        assertThat(Browser.text(driver, By.id("cap-optimality"))).containsAnyOf("оптимално", "optimal");
        double served = number("cap-served"), unserved = number("cap-unserved"), users = number("cap-users");
        assertThat(served).isLessThanOrEqualTo(225);
        assertThat(served + unserved).isCloseTo(users, org.assertj.core.data.Offset.offset(0.2));
        Browser.screenshot(driver, "capacity-1366.png");

        // single source at 1 user per 1,000: fewer users than places; the heuristic says how good it is
        Browser.js(driver, "const e = document.getElementById('cap-uptake'); e.value = 1; e.dispatchEvent(new Event('change'));");
        Browser.js(driver, "document.getElementById('cap-single').click();");
        Browser.click(driver, By.id("cap-run"));
        new WebDriverWait(driver, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.id("cap-users")).isEmpty() && number("cap-users") < 120);
        assertThat(Browser.text(driver, By.id("cap-optimality"))).containsAnyOf("един център", "one centre");
        assertThat(Browser.text(driver, By.id("cap-rate"))).doesNotContain("Допускане").doesNotContain("An assumption");

        Browser.viewport(driver, 400, 800);
        Browser.screenshot(driver, "capacity-400.png");
        Browser.viewport(driver, 1366, 768);
    }

    private static void waitFor(String id) {
        new WebDriverWait(driver, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.id(id)).isEmpty());
    }

    /** A KPI's number in either language (Bulgarian: "1 234,5"; English "1,234.5"). */
    private static double number(String id) {
        String t = Browser.text(driver, By.id(id)).replace("\u00a0", "").replace(" ", "");
        t = t.contains(",") && !t.contains(".") && t.matches(".*,\\d{1,2}$") ? t.replace(',', '.') : t.replace(",", "");
        return Double.parseDouble(t);
    }
}
